package dz.sanad.health.vaccination;

import dz.sanad.platform.Dates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Children's stored schedules ({@code vaccination_child}, {@code vaccination_due}), which the centre lists and the
 * reminders read. A child's page computes the schedule afresh ({@link Schedule}) and stores it back; a calendar
 * version's cohort is scheduled set-based, a slice of family-member ids at a time (due dates from the birth date,
 * recorded doses marked done), then only the children with a dose given late enough to push the rest of its series
 * back are recomputed one by one. The stored earliest dates of the others follow the birth date; the child's page
 * shows the exact ones.
 */
@Service
public class Schedules {

	/** Family-member ids per slice of the background recomputation (one transaction and one progress step). */
	static final int SLICE = 50_000;

	private final JdbcClient jdbc;

	private final Calendars calendars;

	private final Thresholds thresholds;

	Schedules(JdbcClient jdbc, Calendars calendars, @Value("${sanad.vaccination.due-before-days:7}") int dueBefore,
			@Value("${sanad.vaccination.overdue-after-days:28}") int overdueAfter,
			@Value("${sanad.vaccination.missed-after-days:180}") int missedAfter) {
		this.jdbc = jdbc;
		this.calendars = calendars;
		this.thresholds = new Thresholds(dueBefore, overdueAfter, missedAfter);
	}

	public Thresholds thresholds() {
		return thresholds;
	}

	/** A child's schedule today under their cohort's calendar; empty when no shipped version covers the birth. */
	@Transactional(readOnly = true)
	public List<Schedule.Planned> plan(LocalDate birth, long childId) {
		return calendars.forBirth(birth)
			.map(v -> Schedule.compute(v, birth, done(childId), thresholds, Dates.today()))
			.orElse(List.of());
	}

	/** Recomputes one child's stored schedule from their calendar and recorded doses. */
	@Transactional
	public void refresh(long childId, long memberId, String wilaya, LocalDate birth) {
		Optional<CalendarVersion> v = calendars.forBirth(birth);
		if (v.isEmpty()) {
			jdbc.sql("delete from vaccination_child where family_member_id = ?").param(childId).update();
			return;
		}
		jdbc.sql("""
				insert into vaccination_child (family_member_id, member_id, wilaya_code, birth_date, calendar_id)
				values (?, ?, ?, ?, ?) on conflict (family_member_id) do update set member_id = excluded.member_id,
				  wilaya_code = excluded.wilaya_code, birth_date = excluded.birth_date,
				  calendar_id = excluded.calendar_id, computed_at = now()""")
			.params(childId, memberId, wilaya, birth, v.get().id()).update();
		store(childId, memberId, wilaya, v.get(), Schedule.compute(v.get(), birth, done(childId), thresholds,
				Dates.today()));
	}

	private void store(long childId, long memberId, String wilaya, CalendarVersion v, List<Schedule.Planned> plan) {
		Set<String> refused = refused(childId);
		for (Schedule.Planned p : plan) {
			jdbc.sql("""
					insert into vaccination_due (family_member_id, antigen, dose_no, calendar_id, dose_id, member_id,
					  wilaya_code, due_date, earliest_date, done, refused) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (family_member_id, antigen, dose_no) do update set calendar_id = excluded.calendar_id,
					  dose_id = excluded.dose_id, member_id = excluded.member_id, wilaya_code = excluded.wilaya_code,
					  due_date = excluded.due_date, earliest_date = excluded.earliest_date, done = excluded.done,
					  refused = excluded.refused""")
				.params(childId, p.rule().antigen(), p.rule().doseNo(), v.id(), p.rule().id(), memberId, wilaya,
						p.due(), p.earliest(), !p.open(), refused.contains(p.rule().key()))
				.update();
		}
		Set<String> keys = plan.stream().map(p -> p.rule().key()).collect(Collectors.toSet());
		jdbc.sql("select antigen, dose_no from vaccination_due where family_member_id = ? and not done").param(childId)
			.query((rs, n) -> DoseRule.key(rs.getString(1), rs.getInt(2))).list().stream()
			.filter(k -> !keys.contains(k))
			.forEach(k -> jdbc.sql("delete from vaccination_due where family_member_id = ? and antigen = ? and dose_no = ?")
				.params(childId, k.substring(0, k.lastIndexOf('-')), Integer.parseInt(k.substring(k.lastIndexOf('-') + 1)))
				.update());
	}

	/** The doses that count for a child (given here or elsewhere, not recorded in error), by dose key. */
	Map<String, Schedule.Done> done(long childId) {
		Map<String, Schedule.Done> done = new HashMap<>();
		jdbc.sql("""
				select antigen, dose_no, outcome, given_on from vaccination_record
				where family_member_id = ? and not in_error and outcome in ('GIVEN', 'HISTORICAL')""").param(childId)
			.query((rs, n) -> Map.entry(DoseRule.key(rs.getString(1), rs.getInt(2)),
					new Schedule.Done(DoseStatus.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class))))
			.list().forEach(e -> done.put(e.getKey(), e.getValue()));
		return done;
	}

	/** Doses a parent refused (the latest valid not-given record's reason): no reminder for them. */
	Set<String> refused(long childId) {
		return Set.copyOf(jdbc.sql("""
				select antigen, dose_no from vaccination_record where family_member_id = ? and not in_error
				  and outcome = 'NOT_GIVEN' and reason = 'PARENT_REFUSED'""").param(childId)
			.query((rs, n) -> DoseRule.key(rs.getString(1), rs.getInt(2))).list());
	}

	/** The id slices the background recomputation walks: [low, high] bounds of family-member ids. */
	@Transactional(readOnly = true)
	public List<long[]> slices() {
		Long max = jdbc.sql("select max(id) from people_family_member").query(Long.class).optional().orElse(null);
		if (max == null) {
			return List.of();
		}
		return java.util.stream.LongStream.rangeClosed(0, max / SLICE)
			.mapToObj(i -> new long[] { i * SLICE, i * SLICE + SLICE - 1 }).toList();
	}

	/**
	 * Schedules, set-based, the children of one id slice born in {@code v}'s cohort (minors only): the children
	 * whose cohort row is missing or stale when {@code onlyStale}, else all of them. Doses new to a child and
	 * already overdue are marked as catch-up of {@code jobId}. Returns how many children were scheduled.
	 */
	@Transactional
	public int scheduleSlice(CalendarVersion v, long[] slice, boolean onlyStale, Long jobId) {
		LocalDate[] cohort = calendars.cohort(v);
		LocalDate today = Dates.today();
		LocalDate from = max(cohort[0], today.minusYears(18).plusDays(1));
		LocalDate to = cohort[1] == null ? today.plusDays(1) : cohort[1];
		if (!from.isBefore(to)) {
			return 0;
		}
		Timestamp stamp = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
		int children = jdbc.sql("""
				insert into vaccination_child (family_member_id, member_id, wilaya_code, birth_date, calendar_id, computed_at)
				select f.id, f.member_id, m.wilaya_code, f.birth_date, :cal, :stamp
				from people_family_member f join people_member m on m.id = f.member_id
				where f.id between :lo and :hi and f.relation = 'CHILD' and f.active
				  and f.birth_date >= :from and f.birth_date < :to
				  and (not :stale or not exists (select 1 from vaccination_child c where c.family_member_id = f.id
				    and c.calendar_id = :cal and c.birth_date = f.birth_date and c.member_id = f.member_id
				    and c.wilaya_code is not distinct from m.wilaya_code))
				on conflict (family_member_id) do update set member_id = excluded.member_id,
				  wilaya_code = excluded.wilaya_code, birth_date = excluded.birth_date, calendar_id = excluded.calendar_id,
				  computed_at = excluded.computed_at""")
			.param("cal", v.id()).param("stamp", stamp).param("lo", slice[0]).param("hi", slice[1])
			.param("from", from).param("to", to).param("stale", onlyStale).update();
		if (children == 0) {
			return 0;
		}
		String touched = " c.calendar_id = :cal and c.family_member_id between :lo and :hi and c.computed_at = :stamp ";
		jdbc.sql("""
				update vaccination_due d set calendar_id = r.calendar_id, dose_id = r.id, member_id = c.member_id,
				  wilaya_code = c.wilaya_code, due_date = (c.birth_date + r.due_age::interval)::date,
				  earliest_date = (c.birth_date + r.earliest_age::interval)::date
				from vaccination_child c join vaccination_calendar_dose r on r.calendar_id = c.calendar_id
				where d.family_member_id = c.family_member_id and r.antigen = d.antigen and r.dose_no = d.dose_no
				  and not d.done and """ + touched)
			.param("cal", v.id()).param("stamp", stamp).param("lo", slice[0]).param("hi", slice[1]).update();
		jdbc.sql("""
				insert into vaccination_due (family_member_id, antigen, dose_no, calendar_id, dose_id, member_id,
				  wilaya_code, due_date, earliest_date, catch_up_job)
				select c.family_member_id, r.antigen, r.dose_no, r.calendar_id, r.id, c.member_id, c.wilaya_code,
				  (c.birth_date + r.due_age::interval)::date, (c.birth_date + r.earliest_age::interval)::date,
				  case when (c.birth_date + r.due_age::interval)::date < :late then cast(:job as bigint) end
				from vaccination_child c join vaccination_calendar_dose r on r.calendar_id = c.calendar_id
				where """ + touched + " on conflict (family_member_id, antigen, dose_no) do nothing")
			.param("cal", v.id()).param("stamp", stamp).param("lo", slice[0]).param("hi", slice[1])
			.param("late", today.minusDays(thresholds.overdueAfter())).param("job", jobId).update();
		jdbc.sql("""
				delete from vaccination_due d using vaccination_child c
				where d.family_member_id = c.family_member_id and not d.done and """ + touched + """
				   and not exists (select 1 from vaccination_calendar_dose r where r.calendar_id = c.calendar_id
				    and r.antigen = d.antigen and r.dose_no = d.dose_no)""")
			.param("cal", v.id()).param("stamp", stamp).param("lo", slice[0]).param("hi", slice[1]).update();
		String touchedRecords = """
				from vaccination_record r, vaccination_child c
				where c.family_member_id = d.family_member_id and r.family_member_id = d.family_member_id
				  and r.antigen = d.antigen and r.dose_no = d.dose_no and not r.in_error and """ + touched;
		jdbc.sql("update vaccination_due d set done = true " + touchedRecords
				+ " and r.outcome in ('GIVEN', 'HISTORICAL') and not d.done")
			.param("cal", v.id()).param("stamp", stamp).param("lo", slice[0]).param("hi", slice[1]).update();
		jdbc.sql("update vaccination_due d set refused = true " + touchedRecords
				+ " and r.outcome = 'NOT_GIVEN' and r.reason = 'PARENT_REFUSED' and not d.refused")
			.param("cal", v.id()).param("stamp", stamp).param("lo", slice[0]).param("hi", slice[1]).update();
		// a dose given late pushes the rest of its series back: only those children are computed one by one
		jdbc.sql("""
				select distinct c.family_member_id, c.member_id, c.wilaya_code, c.birth_date
				from vaccination_record r join vaccination_child c on c.family_member_id = r.family_member_id
				join vaccination_calendar_dose nx on nx.calendar_id = c.calendar_id and nx.antigen = r.antigen
				  and nx.dose_no > r.dose_no
				join vaccination_due d on d.family_member_id = r.family_member_id and d.antigen = nx.antigen
				  and d.dose_no = nx.dose_no and not d.done
				where not r.in_error and r.outcome in ('GIVEN', 'HISTORICAL')
				  and (r.given_on + nx.min_interval::interval)::date > d.due_date and """ + touched)
			.param("cal", v.id()).param("stamp", stamp).param("lo", slice[0]).param("hi", slice[1])
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class) })
			.list()
			.forEach(c -> store((Long) c[0], (Long) c[1], (String) c[2], v,
					Schedule.compute(v, (LocalDate) c[3], done((Long) c[0]), thresholds, today)));
		return children;
	}

	/** Cohort rows of children who left (removed from the family, no longer a child); their records stay. */
	@Transactional
	public int dropDeparted() {
		return jdbc.sql("""
				delete from vaccination_child c where not exists (select 1 from people_family_member f
				  where f.id = c.family_member_id and f.active and f.relation = 'CHILD')""").update();
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}
}
