package dz.sanad.health.vaccination;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The versions of the national calendar: reference data an administrator versions (a new version with the first
 * birth date it applies to, its doses edited while a draft, then published). A published version is never edited:
 * a change is a new version, so every child's schedule can say which text it follows.
 */
@Service
@Transactional(readOnly = true)
public class Calendars {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Calendars(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public List<CalendarVersion> all() {
		Map<Long, List<DoseRule>> doses = new LinkedHashMap<>();
		jdbc.sql("select * from vaccination_calendar_dose order by calendar_id, antigen, dose_no")
			.query((rs, n) -> Map.entry(rs.getLong("calendar_id"), rule(rs))).list()
			.forEach(e -> doses.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return jdbc.sql("select * from vaccination_calendar order by cohort_from desc, id desc")
			.query((rs, n) -> version(rs, doses.getOrDefault(rs.getLong("id"), List.of()))).list();
	}

	public List<CalendarVersion> published() {
		return all().stream().filter(CalendarVersion::published).toList();
	}

	public CalendarVersion get(long id) {
		return all().stream().filter(v -> v.id() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("calendar " + id));
	}

	public Optional<CalendarVersion> forBirth(LocalDate birth) {
		return CalendarVersion.forBirth(published(), birth);
	}

	/** Every dose rule of every version by id (the lists name a planned dose by its rule). */
	public Map<Long, DoseRule> rulesById() {
		return jdbc.sql("select * from vaccination_calendar_dose").query((rs, n) -> rule(rs)).list().stream()
			.collect(Collectors.toMap(DoseRule::id, Function.identity()));
	}

	/**
	 * The birth dates a published version governs: from its start to the next published version's start
	 * (exclusive; null when it is the latest).
	 */
	public LocalDate[] cohort(CalendarVersion v) {
		LocalDate next = published().stream().map(CalendarVersion::cohortFrom).filter(d -> d.isAfter(v.cohortFrom()))
			.min(Comparator.naturalOrder()).orElse(null);
		return new LocalDate[] { v.cohortFrom(), next };
	}

	/** A draft version, starting as a copy of the doses of the latest published version. */
	@Transactional
	public long createDraft(CalendarForm f) {
		List<BusinessException> errors = new ArrayList<>();
		if (f.getCode() == null || f.getCode().isBlank()) {
			errors.add(BusinessException.onField("code", "vaccination.field.required"));
		}
		else if (jdbc.sql("select count(*) from vaccination_calendar where code = ?").param(f.getCode().trim())
			.query(Long.class).single() > 0) {
			errors.add(BusinessException.onField("code", "vaccination.calendar.codeTaken", f.getCode().trim()));
		}
		for (String[] field : new String[][] { { "titleAr", f.getTitleAr() }, { "titleFr", f.getTitleFr() },
				{ "titleEn", f.getTitleEn() }, { "source", f.getSource() } }) {
			if (field[1] == null || field[1].isBlank()) {
				errors.add(BusinessException.onField(field[0], "vaccination.field.required"));
			}
		}
		if (f.getCohortFrom() == null) {
			errors.add(BusinessException.onField("cohortFrom", "vaccination.field.required"));
		}
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
		long id = insertVersion(f, CurrentUser.name());
		Optional<CalendarVersion> latest = published().stream().max(Comparator.comparing(CalendarVersion::cohortFrom));
		latest.ifPresent(v -> v.doses().forEach(d -> insertDose(id, d)));
		audit.record("CREATE", "vaccination-calendar", id, f.getCode().trim(), null, Map.of("code", f.getCode().trim(),
				"cohortFrom", f.getCohortFrom(), "copiedFrom", latest.map(CalendarVersion::code).orElse("")));
		return id;
	}

	/** Adds a dose to a draft, or replaces the dose of the same series and number. */
	@Transactional
	public void saveDose(long calendarId, DoseRuleForm f) {
		requireDraft(calendarId);
		DoseRule rule = parse(f);
		jdbc.sql("delete from vaccination_calendar_dose where calendar_id = ? and antigen = ? and dose_no = ?")
			.params(calendarId, rule.antigen(), rule.doseNo()).update();
		insertDose(calendarId, rule);
		audit.record("UPDATE", "vaccination-calendar", calendarId, rule.key(), null, f);
	}

	@Transactional
	public void removeDose(long calendarId, long doseId) {
		requireDraft(calendarId);
		int n = jdbc.sql("delete from vaccination_calendar_dose where calendar_id = ? and id = ?")
			.params(calendarId, doseId).update();
		if (n == 0) {
			throw new NotFoundException("dose " + doseId);
		}
		audit.record("DELETE", "vaccination-calendar-dose", doseId, "calendar " + calendarId, null, null);
	}

	/** Publishes a consistent draft; the caller then recomputes the schedules of the cohorts it governs. */
	@Transactional
	public CalendarVersion publish(long calendarId) {
		CalendarVersion v = requireDraft(calendarId);
		List<String[]> problems = v.inconsistencies();
		if (!problems.isEmpty()) {
			throw BusinessException.allOf(problems.stream().map(p -> BusinessException.of(p[0], p[1])).toList());
		}
		if (published().stream().anyMatch(o -> o.cohortFrom().equals(v.cohortFrom()))) {
			throw BusinessException.of("vaccination.calendar.cohortTaken", v.cohortFrom());
		}
		jdbc.sql("update vaccination_calendar set status = 'PUBLISHED', published_at = now(), published_by = ? "
				+ "where id = ? and status = 'DRAFT'").params(CurrentUser.name(), calendarId).update();
		audit.record("PUBLISH", "vaccination-calendar", calendarId, v.code(), null,
				Map.of("code", v.code(), "cohortFrom", v.cohortFrom(), "doses", v.doses().size()));
		return get(calendarId);
	}

	/** Loads a shipped version (reference data) when its code is missing; published at once. */
	@Transactional
	public boolean importShipped(CalendarForm f, List<DoseRule> doses) {
		if (jdbc.sql("select count(*) from vaccination_calendar where code = ?").param(f.getCode())
			.query(Long.class).single() > 0) {
			return false;
		}
		long id = insertVersion(f, "system");
		doses.forEach(d -> insertDose(id, d));
		jdbc.sql("update vaccination_calendar set status = 'PUBLISHED', published_at = now(), published_by = 'system' "
				+ "where id = ?").param(id).update();
		audit.record("PUBLISH", "vaccination-calendar", id, f.getCode(), null,
				Map.of("code", f.getCode(), "cohortFrom", f.getCohortFrom(), "doses", doses.size()));
		return true;
	}

	static DoseRule parse(DoseRuleForm f) {
		List<BusinessException> errors = new ArrayList<>();
		String antigen = f.getAntigen() == null ? "" : f.getAntigen().trim().toUpperCase(java.util.Locale.ROOT);
		if (!antigen.matches("[A-Z0-9]{2,20}")) {
			errors.add(BusinessException.onField("antigen", "vaccination.dose.antigen"));
		}
		if (f.getDoseNo() == null || f.getDoseNo() < 0 || f.getDoseNo() > 20) {
			errors.add(BusinessException.onField("doseNo", "vaccination.dose.number"));
		}
		Period due = period(errors, "dueAge", f.getDueAge());
		Period earliest = period(errors, "earliestAge", f.getEarliestAge());
		Period interval = period(errors, "minInterval", f.getMinInterval());
		for (String[] field : new String[][] { { "labelAr", f.getLabelAr() }, { "labelFr", f.getLabelFr() },
				{ "labelEn", f.getLabelEn() } }) {
			if (field[1] == null || field[1].isBlank()) {
				errors.add(BusinessException.onField(field[0], "vaccination.field.required"));
			}
		}
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
		return new DoseRule(null, antigen, f.getDoseNo(), due, earliest, interval, f.getLabelAr().trim(),
				f.getLabelFr().trim(), f.getLabelEn().trim());
	}

	private static Period period(List<BusinessException> errors, String field, String text) {
		try {
			Period p = Period.parse(text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT));
			if (p.isNegative()) {
				throw new DateTimeParseException("negative", text, 0);
			}
			return p;
		}
		catch (DateTimeParseException e) {
			errors.add(BusinessException.onField(field, "vaccination.dose.period", text == null ? "" : text));
			return Period.ZERO;
		}
	}

	private CalendarVersion requireDraft(long calendarId) {
		CalendarVersion v = get(calendarId);
		if (v.published()) {
			throw BusinessException.of("vaccination.calendar.published", v.code());
		}
		return v;
	}

	private long insertVersion(CalendarForm f, String by) {
		return jdbc.sql("""
				insert into vaccination_calendar (code, title_ar, title_fr, title_en, source, cohort_from, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(f.getCode().trim(), f.getTitleAr().trim(), f.getTitleFr().trim(), f.getTitleEn().trim(),
					f.getSource().trim(), f.getCohortFrom(), by)
			.query(Long.class).single();
	}

	private void insertDose(long calendarId, DoseRule d) {
		jdbc.sql("""
				insert into vaccination_calendar_dose (calendar_id, antigen, dose_no, due_age, earliest_age, min_interval,
				  label_ar, label_fr, label_en) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(calendarId, d.antigen(), d.doseNo(), d.dueAge().toString(), d.earliestAge().toString(),
					d.minInterval().toString(), d.labelAr(), d.labelFr(), d.labelEn())
			.update();
	}

	private static DoseRule rule(ResultSet rs) throws SQLException {
		return new DoseRule(rs.getLong("id"), rs.getString("antigen"), rs.getInt("dose_no"),
				Period.parse(rs.getString("due_age")), Period.parse(rs.getString("earliest_age")),
				Period.parse(rs.getString("min_interval")), rs.getString("label_ar"), rs.getString("label_fr"),
				rs.getString("label_en"));
	}

	private static CalendarVersion version(ResultSet rs, List<DoseRule> doses) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new CalendarVersion(rs.getLong("id"), rs.getString("code"), rs.getString("title_ar"),
				rs.getString("title_fr"), rs.getString("title_en"), rs.getString("source"),
				rs.getObject("cohort_from", LocalDate.class), CalendarVersion.Status.valueOf(rs.getString("status")),
				published == null ? null : published.toInstant(), doses);
	}
}
