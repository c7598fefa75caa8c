package dz.sanad.platform.cases;

import dz.sanad.platform.calendar.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The clocks' rows: a clock, its merged pauses and its pending escalation steps, and the set-based sweep. */
@Component
class ClockStore {

	record Stored(long id, Clock clock, Duration target, SlaClock value) {
	}

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	ClockStore(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	Map<Clock, Stored> load(CaseRef ref) {
		Map<Clock, Stored> result = new EnumMap<>(Clock.class);
		jdbc.sql("""
				select id, clock, target_seconds, started_at, stopped_at, paused_since from case_clock
				where case_type = ? and case_id = ?""").params(ref.type(), ref.id())
			.query(rs -> {
				long id = rs.getLong("id");
				result.put(Clock.valueOf(rs.getString("clock")), new Stored(id, Clock.valueOf(rs.getString("clock")),
						Duration.ofSeconds(rs.getLong("target_seconds")), new SlaClock(instant(rs.getTimestamp("started_at")),
								pauses(id), instant(rs.getTimestamp("paused_since")), instant(rs.getTimestamp("stopped_at")))));
			});
		return result;
	}

	private List<SlaClock.Span> pauses(long clockId) {
		return jdbc.sql("select from_at, to_at from case_clock_pause where clock_id = ? order by from_at")
			.param(clockId)
			.query((rs, n) -> new SlaClock.Span(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
			.list();
	}

	/** Creates the clock (or starts it afresh: pauses forgotten, every step pending again) with the ladder's steps. */
	void start(CaseRef ref, Clock clock, Duration target, SlaClock value, EscalationLadder ladder, Instant now) {
		long id = jdbc.sql("""
				insert into case_clock (case_type, case_id, clock, target_seconds, started_at, stopped_at, paused_since)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (case_type, case_id, clock) do update set target_seconds = excluded.target_seconds,
				    started_at = excluded.started_at, stopped_at = excluded.stopped_at,
				    paused_since = excluded.paused_since
				returning id""")
			.params(ref.type(), ref.id(), clock.name(), target.toSeconds(), ts(value.startedAt()),
					ts(value.stoppedAt()), ts(value.pausedSince()))
			.query(Long.class).single();
		jdbc.sql("delete from case_clock_pause where clock_id = ?").param(id).update();
		jdbc.sql("delete from case_clock_step where clock_id = ?").param(id).update();
		for (EscalationLadder.Step s : ladder.steps()) {
			jdbc.sql("""
					insert into case_clock_step (clock_id, level, case_type, case_id, clock, percent, escalate_to)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, s.level(), ref.type(), ref.id(), clock.name(), s.percent(), s.escalateTo()).update();
		}
		save(new Stored(id, clock, target, value), now);
	}

	/** Writes the clock's state and pauses, and when each unreached step falls due from now. */
	void save(Stored c, Instant now) {
		SlaClock v = c.value();
		jdbc.sql("""
				update case_clock set target_seconds = ?, started_at = ?, stopped_at = ?, paused_since = ?
				where id = ?""")
			.params(c.target().toSeconds(), ts(v.startedAt()), ts(v.stoppedAt()), ts(v.pausedSince()), c.id())
			.update();
		jdbc.sql("delete from case_clock_pause where clock_id = ?").param(c.id()).update();
		for (SlaClock.Span s : v.pauses()) {
			jdbc.sql("insert into case_clock_pause (clock_id, from_at, to_at) values (?, ?, ?)")
				.params(c.id(), ts(s.from()), ts(s.to())).update();
		}
		List<int[]> steps = jdbc.sql("""
				select level, percent from case_clock_step where clock_id = ?""")
			.param(c.id()).query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).list();
		for (int[] step : steps) {
			Duration part = c.target().multipliedBy(step[1]).dividedBy(100);
			jdbc.sql("update case_clock_step set due_at = ? where clock_id = ? and level = ?")
				.params(ts(v.dueAt(part, now, calendar)), c.id(), step[0]).update();
		}
	}

	/** Highest level reached per clock of a case, since the clock (re)started. */
	Map<Clock, Integer> levels(CaseRef ref) {
		Map<Clock, Integer> m = new EnumMap<>(Clock.class);
		jdbc.sql("""
				select c.clock, max(e.level) from case_clock c
				join case_escalation e on e.case_type = c.case_type and e.case_id = c.case_id and e.clock = c.clock
				    and e.due_at >= c.started_at
				where c.case_type = ? and c.case_id = ? group by c.clock""")
			.params(ref.type(), ref.id())
			.query(rs -> {
				m.put(Clock.valueOf(rs.getString(1)), rs.getInt(2));
			});
		return m;
	}

	/**
	 * Takes every step whose due time has come and records its escalation, in one statement over the partial index
	 * of pending steps (paused and stopped clocks have no due time, so they are not even read). Concurrent sweeps
	 * cannot both take a step: the second one's delete finds it gone.
	 */
	List<CaseEscalated> sweep(Instant now) {
		return jdbc.sql("""
				with hit as (
				    delete from case_clock_step where due_at <= :now
				    returning case_type, case_id, clock, level, percent, escalate_to, due_at)
				insert into case_escalation (case_type, case_id, clock, level, percent, escalate_to, owner, due_at, at)
				select h.case_type, h.case_id, h.clock, h.level, h.percent, h.escalate_to, r.owner, h.due_at, :now
				from hit h left join case_record r on r.case_type = h.case_type and r.case_id = h.case_id
				order by h.case_type, h.case_id, h.clock, h.level
				returning case_type, case_id, clock, level, percent, escalate_to, owner, due_at""")
			.param("now", ts(now))
			.query((rs, n) -> new CaseEscalated(new CaseRef(rs.getString("case_type"), rs.getLong("case_id")),
					Clock.valueOf(rs.getString("clock")), rs.getInt("level"), rs.getInt("percent"),
					rs.getString("escalate_to"), rs.getString("owner"), rs.getTimestamp("due_at").toInstant(), now))
			.list();
	}

	private static Timestamp ts(Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
