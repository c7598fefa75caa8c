package dz.sanad.holidays;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.SanadUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Places after the allocation: an applicant withdraws, a person overrides the automated decision, a missed
 * confirmation deadline gives the place back. Every freed place goes to the waiting list at once.
 */
@Service
@Transactional(readOnly = true)
public class HolidayPlaces {

	private final HolidayApplications applicationsService;

	private final Applications applications;

	private final ShiftPlaces places;

	private final HolidaySeasons seasons;

	private final HolidayOffers offers;

	private final HolidayWaitingList waitingList;

	private final AuditTrail audit;

	HolidayPlaces(HolidayApplications applicationsService, Applications applications, ShiftPlaces places,
			HolidaySeasons seasons, HolidayOffers offers, HolidayWaitingList waitingList, AuditTrail audit) {
		this.applicationsService = applicationsService;
		this.applications = applications;
		this.places = places;
		this.seasons = seasons;
		this.offers = offers;
		this.waitingList = waitingList;
		this.audit = audit;
	}

	@Transactional
	public void withdraw(SanadUser user, Long id) {
		Application a = applicationsService.lockedFor(user, id);
		Map<String, Object> before = a.snapshot();
		Long freed = a.withdraw();
		if (freed != null) {
			places.lock(List.of(freed));
			places.release(freed);
			waitingList.promote(a.getSeasonId(), freed, Set.of(a.getId()));
		}
		audit.record("WITHDRAW", "holiday_application", id, null, before, a.snapshot());
	}

	/**
	 * A person's decision over the automated one (with a reason, audited): a place in a shift that has room, or
	 * back to the waiting list. A freed place goes to the waiting list at once.
	 */
	@Transactional
	public void override(SanadUser user, Long id, Long shiftId, String reason) {
		override(user, id, shiftId, reason, false);
	}

	/**
	 * A manual placement. A child outside the camp's age limits is refused unless the person overriding says so
	 * explicitly ({@code ageAcknowledged}); the acknowledgement is recorded with the reason in the audit trail.
	 */
	@Transactional
	public void override(SanadUser user, Long id, Long shiftId, String reason, boolean ageAcknowledged) {
		Application a = applicationsService.lockedFor(user, id);
		Map<String, Object> before = a.snapshot();
		Season season = seasons.season(a.getSeasonId());
		String audited = reason;
		if (shiftId != null) {
			ShiftView v = offers.shiftViews(season.getId()).stream().filter(x -> x.shift().getId().equals(shiftId))
				.findFirst().orElseThrow(() -> BusinessException.onField("shiftId", "holidays.error.shift-unknown"));
			if (v.offer().getKind() != a.getKind()) {
				throw BusinessException.onField("shiftId", "holidays.error.shift-unknown");
			}
			Integer age = applicationsService.childAgeOn(a, v.shift().getStartsOn());
			if (age != null && !v.offer().acceptsAge(age)) {
				if (!ageAcknowledged) {
					throw BusinessException.onField("ageAcknowledged", "holidays.error.override-age", age,
							v.offer().getAgeMin(), v.offer().getAgeMax());
				}
				audited = reason + " [age " + age + " outside " + v.offer().getAgeMin() + "-" + v.offer().getAgeMax()
						+ ", acknowledged]";
			}
		}
		Long held = a.getStatus().holdsPlace() ? a.getPlacedShiftId() : null;
		if (shiftId != null && shiftId.equals(held)) {
			throw BusinessException.onField("shiftId", "holidays.error.same-shift");
		}
		List<Long> touched = new ArrayList<>();
		touched.add(held);
		touched.add(shiftId);
		places.lock(touched);
		Long freed = a.override(shiftId, reason, HolidaySeasons.today().plusDays(season.getConfirmDays()));
		if (shiftId != null && !places.take(shiftId)) {
			throw BusinessException.onField("shiftId", "holidays.error.shift-full");
		}
		if (freed != null) {
			places.release(freed);
			waitingList.promote(season.getId(), freed, Set.of(a.getId()));
		}
		audit.record("OVERRIDE", "holiday_application", id, audited, before, a.snapshot());
		if (shiftId != null) {
			waitingList.offered(a, shiftId);
		}
	}

	/**
	 * Every placed application whose confirmation deadline passed gives its place back (scheduled job); each one in
	 * a transaction of its own, so one failure does not hold back the others.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int expireOverdue(LocalDate today, LongPredicate expireOne) {
		List<Long> ids = applications.placedOverdue(ApplicationStatus.PLACED, today);
		int n = 0;
		for (Long id : ids) {
			if (expireOne.test(id)) {
				n++;
			}
		}
		return n;
	}

	@Transactional
	public boolean expire(Long id, LocalDate today) {
		Application a = applications.findLocked(id).orElse(null);
		if (a == null || a.getStatus() != ApplicationStatus.PLACED || a.getConfirmBy() == null
				|| !today.isAfter(a.getConfirmBy())) {
			return false; // confirmed or withdrawn meanwhile
		}
		Map<String, Object> before = a.snapshot();
		Long freed = a.expire(today);
		places.lock(List.of(freed));
		places.release(freed);
		waitingList.promote(a.getSeasonId(), freed, Set.of(a.getId()));
		audit.record("EXPIRE", "holiday_application", id, null, before, a.snapshot());
		return true;
	}
}
