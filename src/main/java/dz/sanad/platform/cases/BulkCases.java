package dz.sanad.platform.cases;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.calendar.WorkingCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The case engine's set-based path: opens many cases of one type at once, each possibly already moved along its
 * workflow (a migration of past cases, the national dataset), with one statement per table for the whole batch. It
 * keeps the invariants of {@link CaseEngine}'s one-by-one calls: every move is checked against the workflow and
 * logged (appeals excepted: they go through {@link CaseEngine#transition}), the first answer stops the first-response clock and starts the update clock,
 * a decision stops the resolution clock, a waiting state pauses the running clocks and a terminal one stops them,
 * and every clock gets the ladder's steps with their due times on the working calendar. One audit record names the
 * batch (a per-case record of data that was never edited one by one would only repeat the batch).
 */
@Service
public class BulkCases {

	/**
	 * One case: opened at {@code openedAt} in the workflow's initial state, then moved through {@code path} (each
	 * step allowed from the one before) at {@code movedAt}; answered at {@code respondedAt} (null: not yet); with
	 * {@code decision} recorded at {@code movedAt} (null: none).
	 */
	public record Opening(long id, SlaPolicy policy, String owner, Instant openedAt, List<? extends Enum<?>> path,
			Instant respondedAt, Instant movedAt, Decision decision) {
	}

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final AuditTrail audit;

	private final ObjectProvider<CaseType<?>> declared;

	BulkCases(JdbcClient jdbc, WorkingCalendar calendar, AuditTrail audit, ObjectProvider<CaseType<?>> declared) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.audit = audit;
		this.declared = declared;
	}

	private static final class Rows {
		final List<Object[]> records = new ArrayList<>();
		final List<Object[]> transitions = new ArrayList<>();
		final List<Object[]> assignments = new ArrayList<>();
		final List<Object[]> clocks = new ArrayList<>();
		final List<Object[]> steps = new ArrayList<>();
		final List<Object[]> decisions = new ArrayList<>();
	}

	/** Opens the cases in the caller's transaction; returns how many were opened. */
	@Transactional
	public int openAll(String typeName, List<Opening> cases, Instant now) {
		if (cases.isEmpty()) {
			return 0;
		}
		CaseType<?> type = declared.orderedStream().filter(t -> t.name().equals(typeName)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no CaseType bean named " + typeName));
		String actor = CurrentUser.name();
		Rows rows = new Rows();
		for (Opening o : cases) {
			add(rows, type, o, actor, now);
		}
		insert("""
				insert into case_record (case_type, case_id, state, state_since, owner, opened_at)
				select ?, u.id, u.state, u.since::timestamptz, u.owner, u.opened::timestamptz
				from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]) u(id, state, since, owner, opened)""",
				typeName, rows.records, 5);
		insert("""
				insert into case_transition (case_type, case_id, from_state, to_state, actor, reason, at)
				select ?, u.id, u.f, u.t, u.actor, 'bulk', u.at::timestamptz
				from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality u(id, f, t, actor, at, n)
				order by u.n""", typeName, rows.transitions, 5);
		insert("""
				insert into case_assignment (case_type, case_id, assignee, actor, at)
				select ?, u.id, u.assignee, u.actor, u.at::timestamptz
				from unnest(?::bigint[], ?::text[], ?::text[], ?::text[]) u(id, assignee, actor, at)""",
				typeName, rows.assignments, 4);
		insert("""
				insert into case_clock (case_type, case_id, clock, target_seconds, started_at, stopped_at, paused_since)
				select ?, u.id, u.clock, u.target, u.started::timestamptz, u.stopped::timestamptz, u.paused::timestamptz
				from unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[])
				  u(id, clock, target, started, stopped, paused)""", typeName, rows.clocks, 6);
		insert("""
				insert into case_clock_step (clock_id, level, case_type, case_id, clock, percent, escalate_to, due_at)
				select c.id, u.level, c.case_type, c.case_id, c.clock, u.percent, u.escalate_to, u.due::timestamptz
				from unnest(?::bigint[], ?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::text[])
				  u(id, clock, level, percent, escalate_to, due)
				join case_clock c on c.case_type = ? and c.case_id = u.id and c.clock = u.clock""",
				null, rows.steps, 6, typeName);
		insert("""
				insert into case_decision (case_type, case_id, outcome, grounds, amount, authority, decided_on,
				                           appeal_until, recorded_by, recorded_at)
				select ?, u.id, u.outcome, u.grounds, u.amount::numeric, u.authority, u.decided::date, u.until::date,
				       u.actor, u.at::timestamptz
				from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
				            ?::text[]) u(id, outcome, grounds, amount, authority, decided, until, actor, at)""",
				typeName, rows.decisions, 9);
		audit.record("CREATE", typeName, cases.get(0).id(), cases.size() + " cases opened in bulk", null,
				Map.of("first", cases.get(0).id(), "last", cases.get(cases.size() - 1).id(), "count", cases.size()));
		return cases.size();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void add(Rows rows, CaseType<?> type, Opening o, String actor, Instant now) {
		CaseWorkflow workflow = type.workflow();
		Enum<?> state = workflow.initial();
		Instant moved = o.path().isEmpty() ? o.openedAt() : o.movedAt();
		if (moved.isBefore(o.openedAt()) || (o.respondedAt() != null && (o.respondedAt().isBefore(o.openedAt())
				|| o.respondedAt().isAfter(moved)))) {
			throw new IllegalArgumentException("case " + o.id() + ": opened ≤ answered ≤ moved");
		}
		rows.transitions.add(new Object[] { o.id(), null, state.name(), actor, o.openedAt().toString() });
		for (Enum<?> next : o.path()) {
			workflow.check(state, next);
			if (next == type.appealState()) {
				// an appeal restarts the resolution clock with a paused span: opened one by one, not in bulk
				throw new IllegalArgumentException("case " + o.id() + ": appeals are not opened in bulk");
			}
			rows.transitions.add(new Object[] { o.id(), state.name(), next.name(), actor, moved.toString() });
			state = next;
		}
		rows.records.add(new Object[] { o.id(), state.name(), moved.toString(), o.owner(), o.openedAt().toString() });
		if (o.owner() != null) {
			rows.assignments.add(new Object[] { o.id(), o.owner(), actor, o.openedAt().toString() });
		}
		boolean terminal = workflow.isTerminal(state);
		boolean waiting = workflow.isWaiting(state);
		for (Map.Entry<Clock, Duration> e : o.policy().targets().entrySet()) {
			Clock clock = e.getKey();
			SlaClock v = SlaClock.startedAt(o.openedAt());
			if (clock == Clock.UPDATE) {
				v = o.respondedAt() == null ? v.stop(o.openedAt()) : SlaClock.startedAt(o.respondedAt());
			}
			if (clock == Clock.FIRST_RESPONSE && o.respondedAt() != null) {
				v = v.stop(o.respondedAt());
			}
			if (clock == Clock.RESOLUTION && o.decision() != null) {
				v = v.stop(moved);
			}
			if (terminal) {
				v = v.stop(moved);
			}
			else if (waiting && v.isRunning()) {
				v = v.pause(moved);
			}
			rows.clocks.add(new Object[] { o.id(), clock.name(), e.getValue().toSeconds(), v.startedAt().toString(),
					str(v.stoppedAt()), str(v.pausedSince()) });
			for (EscalationLadder.Step s : type.ladder().steps()) {
				Duration part = e.getValue().multipliedBy(s.percent()).dividedBy(100);
				rows.steps.add(new Object[] { o.id(), clock.name(), (long) s.level(), (long) s.percent(),
						s.escalateTo(), str(v.dueAt(part, now, calendar)) });
			}
		}
		if (o.decision() != null) {
			Decision d = o.decision();
			LocalDate until = d.decidedOn().plusDays(type.appealDays());
			rows.decisions.add(new Object[] { o.id(), d.outcome(), d.grounds(),
					d.amount() == null ? null : d.amount().toPlainString(), d.authority(), d.decidedOn().toString(),
					until.toString(), actor, moved.toString() });
		}
	}

	/** One statement for the batch: column {@code i} of every row as one array parameter. */
	private void insert(String sql, String first, List<Object[]> rows, int columns, Object... after) {
		if (rows.isEmpty()) {
			return;
		}
		List<Object> params = new ArrayList<>();
		if (first != null) {
			params.add(first);
		}
		for (int i = 0; i < columns; i++) {
			final int col = i;
			boolean numeric = rows.stream().map(r -> r[col]).anyMatch(x -> x instanceof Long);
			params.add(numeric ? rows.stream().map(r -> (Long) r[col]).toArray(Long[]::new)
					: rows.stream().map(r -> (String) r[col]).toArray(String[]::new));
		}
		params.addAll(List.of(after));
		jdbc.sql(sql).params(params).update();
	}

	private static String str(Instant i) {
		return i == null ? null : i.toString();
	}
}
