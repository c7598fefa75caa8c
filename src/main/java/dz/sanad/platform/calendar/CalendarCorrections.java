package dz.sanad.platform.calendar;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's corrections of a year's holidays, applied over the computed calendar. Each change is audited
 * and drops the calendar's cached year.
 */
@Service
public class CalendarCorrections {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private WorkingCalendar calendar;

	CalendarCorrections(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	void attach(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	/** A stored correction, as listed on the administration page. */
	public record Correction(long id, LocalDate day, String kind, String nameAr, String nameFr, String nameEn,
			String createdBy, java.time.Instant createdAt) {
	}

	public List<Correction> of(int year) {
		return jdbc.sql("""
				select id, day, kind, name_ar, name_fr, name_en, created_by, created_at from calendar_correction
				where extract(year from day) = ? order by day, kind""")
			.param(year)
			.query((rs, n) -> new Correction(rs.getLong("id"), rs.getDate("day").toLocalDate(), rs.getString("kind"),
					rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en"),
					rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** The year's effective holidays: computed ones minus removed dates, plus added ones. */
	List<Holiday> apply(int year, List<Holiday> computed) {
		List<Correction> corrections = of(year);
		List<LocalDate> removed = corrections.stream().filter(c -> c.kind().equals("REMOVED")).map(Correction::day)
			.toList();
		List<Holiday> result = new ArrayList<>(computed.stream().filter(h -> !removed.contains(h.date())).toList());
		corrections.stream().filter(c -> c.kind().equals("ADDED"))
			.forEach(c -> result.add(new Holiday(c.day(), null, c.nameAr(), c.nameFr(), c.nameEn(),
					Holiday.Origin.ADDED)));
		result.sort(Comparator.comparing(Holiday::date));
		return result;
	}

	/**
	 * Makes a date a holiday (an extra day off decreed by the government, or a sighting one day later); on a date
	 * whose computed holiday was removed, restores that holiday instead.
	 */
	@Transactional
	public void add(LocalDate day, String nameAr, String nameFr, String nameEn) {
		if (blank(nameAr) || blank(nameFr) || blank(nameEn)) {
			throw BusinessException.onField("nameAr", "calendar.error.names");
		}
		if (calendar.isHoliday(day)) {
			throw BusinessException.onField("day", "calendar.error.already-holiday", day);
		}
		long removedId = findId(day, "REMOVED");
		if (removedId > 0) {
			// the computed holiday of this date had been cancelled: adding the date back restores it
			delete(removedId);
			invalidate(day.getYear());
			return;
		}
		String who = CurrentUser.name();
		long id = jdbc.sql("""
				insert into calendar_correction (day, kind, name_ar, name_fr, name_en, created_by)
				values (?, 'ADDED', ?, ?, ?, ?) returning id""")
			.params(day, nameAr.strip(), nameFr.strip(), nameEn.strip(), who).query(Long.class).single();
		audit.record("CREATE", "calendar_correction", id, "holiday added " + day, null,
				snapshot(day, "ADDED", nameFr));
		invalidate(day.getYear());
	}

	/** Cancels the holiday(s) of a date: an added one is deleted, computed ones are masked. */
	@Transactional
	public void remove(LocalDate day) {
		if (!calendar.isHoliday(day)) {
			throw BusinessException.onField("day", "calendar.error.not-holiday", day);
		}
		long addedId = findId(day, "ADDED");
		if (addedId > 0) {
			delete(addedId);
		}
		boolean computed = AlgerianHolidays.of(day.getYear()).stream().anyMatch(h -> h.date().equals(day));
		if (computed) {
			long id = jdbc.sql("""
					insert into calendar_correction (day, kind, created_by) values (?, 'REMOVED', ?) returning id""")
				.params(day, CurrentUser.name()).query(Long.class).single();
			audit.record("CREATE", "calendar_correction", id, "holiday removed " + day, null,
					snapshot(day, "REMOVED", null));
		}
		invalidate(day.getYear());
	}

	/** Moves a holiday to another date (the sighting announced a day later), keeping its names. */
	@Transactional
	public void move(LocalDate from, LocalDate to, Names names) {
		if (from.equals(to)) {
			throw BusinessException.onField("to", "calendar.error.same-day");
		}
		remove(from);
		add(to, names.ar(), names.fr(), names.en());
	}

	/** The three names a moved or added holiday carries. */
	public record Names(String ar, String fr, String en) {
	}

	private long findId(LocalDate day, String kind) {
		return jdbc.sql("select id from calendar_correction where day = ? and kind = ?").params(day, kind)
			.query(Long.class).optional().orElse(0L);
	}

	private void delete(long id) {
		Correction c = jdbc.sql("""
				select id, day, kind, name_ar, name_fr, name_en, created_by, created_at from calendar_correction
				where id = ?""").param(id)
			.query((rs, n) -> new Correction(rs.getLong("id"), rs.getDate("day").toLocalDate(), rs.getString("kind"),
					rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en"),
					rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
			.single();
		jdbc.sql("delete from calendar_correction where id = ?").param(id).update();
		audit.record("DELETE", "calendar_correction", id, "correction withdrawn " + c.day(),
				snapshot(c.day(), c.kind(), c.nameFr()), null);
	}

	/** Now (later reads in this transaction see the change) and after completion (a rollback or a concurrent
	 * reader may have cached the uncommitted year). */
	private void invalidate(int year) {
		calendar.invalidate(year);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					calendar.invalidate(year);
				}
			});
		}
	}

	private static Map<String, Object> snapshot(LocalDate day, String kind, String nameFr) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("day", day.toString());
		m.put("kind", kind);
		if (nameFr != null) {
			m.put("nameFr", nameFr);
		}
		return m;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
