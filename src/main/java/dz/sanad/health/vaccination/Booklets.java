package dz.sanad.health.vaccination;

import dz.sanad.documents.Pdf;
import dz.sanad.platform.Dates;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The child's vaccination booklet (carnet de vaccination) as a PDF, in Arabic or French: the calendar version it
 * follows, each planned dose with its date given (lot, by whom) or still due, a reference, the date issued and
 * the signature block of the centre.
 */
@Component
public class Booklets {

	private static final DateTimeFormatter REF = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final Pdf pdf;

	private final Schedules schedules;

	private final DoseRecords records;

	private final Calendars calendars;

	Booklets(Pdf pdf, Schedules schedules, DoseRecords records, Calendars calendars) {
		this.pdf = pdf;
		this.schedules = schedules;
		this.records = records;
		this.calendars = calendars;
	}

	public byte[] render(VaccinationAccess.Child c, Locale locale) {
		List<Schedule.Planned> plan = schedules.plan(c.child().getBirthDate(), c.id());
		Map<String, DoseRecords.Entry> given = new HashMap<>();
		records.history(c.id()).stream().filter(e -> !e.inError() && e.outcome() != DoseOutcome.NOT_GIVEN)
			.forEach(e -> given.put(e.key(), e));
		Map<String, Object> model = new HashMap<>();
		model.put("child", c.child());
		model.put("parent", c.parent());
		model.put("plan", plan);
		model.put("given", given);
		model.put("calendar", calendars.forBirth(c.child().getBirthDate()).orElse(null));
		model.put("reference", "VAC-" + c.id() + "-" + REF.format(Dates.today()));
		model.put("today", Dates.today());
		model.put("ar", !"fr".equals(locale.getLanguage()));
		return pdf.render("health/vaccination/booklet-pdf", model, locale);
	}
}
