package dz.sanad.health.vaccination;

import dz.sanad.platform.BusinessException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a recorded dose must keep, all reported at once next to their fields: a given dose names its lot,
 * the lot's expiry, site, route and who gave it, and a lot expired on the day is refused (GNU Health refuses it
 * too); no dose is given before its earliest date (it would not count) or in the future; a dose not given says why;
 * a dose given elsewhere says where.
 */
public final class DoseChecks {

	private DoseChecks() {
	}

	public static void check(DoseForm f, Schedule.Planned planned, LocalDate today) {
		List<BusinessException> errors = new ArrayList<>();
		if (f.getOutcome() == null) {
			throw BusinessException.onField("outcome", "vaccination.field.required");
		}
		if (!planned.open()) {
			throw BusinessException.onField("dose", "vaccination.dose.alreadyDone");
		}
		if (f.getGivenOn() == null) {
			errors.add(BusinessException.onField("givenOn", "vaccination.field.required"));
		}
		else if (f.getGivenOn().isAfter(today)) {
			errors.add(BusinessException.onField("givenOn", "vaccination.givenOn.future"));
		}
		else if (f.getOutcome() != DoseOutcome.NOT_GIVEN && f.getGivenOn().isBefore(planned.earliest())) {
			errors.add(BusinessException.onField("givenOn", "vaccination.givenOn.tooEarly", planned.earliest()));
		}
		switch (f.getOutcome()) {
			case GIVEN -> {
				require(errors, "lot", f.getLot());
				require(errors, "givenBy", f.getGivenBy());
				if (f.getSite() == null) {
					errors.add(BusinessException.onField("site", "vaccination.field.required"));
				}
				if (f.getRoute() == null) {
					errors.add(BusinessException.onField("route", "vaccination.field.required"));
				}
				if (f.getLotExpiry() == null) {
					errors.add(BusinessException.onField("lotExpiry", "vaccination.field.required"));
				}
				else if (f.getGivenOn() != null && f.getLotExpiry().isBefore(f.getGivenOn())) {
					errors.add(BusinessException.onField("lotExpiry", "vaccination.lot.expired", f.getLotExpiry()));
				}
			}
			case NOT_GIVEN -> {
				if (f.getReason() == null) {
					errors.add(BusinessException.onField("reason", "vaccination.field.required"));
				}
			}
			case HISTORICAL -> require(errors, "place", f.getPlace());
		}
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
	}

	private static void require(List<BusinessException> errors, String field, String value) {
		if (value == null || value.isBlank()) {
			errors.add(BusinessException.onField(field, "vaccination.field.required"));
		}
	}
}
