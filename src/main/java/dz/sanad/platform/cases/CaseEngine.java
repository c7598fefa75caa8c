package dz.sanad.platform.cases;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.calendar.WorkingCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The platform's case engine: a module's aggregate keeps its own record and business fields and tells the engine
 * what happens to the case (opened, assigned, moved to a state, answered, decided); the engine checks the workflow
 * and the reopen / appeal windows, keeps the SLA clocks on the working calendar, records history and escalations,
 * and audits each step. Every method joins the caller's transaction.
 */
@Service
public class CaseEngine {

	private final JdbcClient jdbc;

	private final ClockStore clocks;

	private final WorkingCalendar calendar;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<CaseType<?>> declared;

	private volatile Map<String, CaseType<?>> types;

	CaseEngine(JdbcClient jdbc, ClockStore clocks, WorkingCalendar calendar, AuditTrail audit,
			ApplicationEventPublisher events, ObjectProvider<CaseType<?>> declared) {
		this.jdbc = jdbc;
		this.clocks = clocks;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
		this.declared = declared;
	}

	/** The case as the engine sees it. */
	public record CaseState(String state, Instant stateSince, String owner, Instant openedAt) {
	}

	public record Transition(String from, String to, String actor, String reason, Instant at) {
	}

	public record Assignment(String assignee, String previous, String reason, String actor, Instant at) {
	}

	public record Escalation(Clock clock, int level, int percent, String escalateTo, String owner, Instant dueAt,
			Instant at) {
	}

	/** Opens a case in its workflow's initial state and starts the first-response and resolution clocks. */
	@Transactional
	public void open(CaseRef ref, SlaPolicy policy, String owner, Instant at) {
		CaseType<?> type = type(ref);
		int inserted = jdbc.sql("""
				insert into case_record (case_type, case_id, state, state_since, owner, opened_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(ref.type(), ref.id(), type.workflow().initial().name(), ts(at), owner, ts(at)).update();
		if (inserted == 0) {
			throw BusinessException.of("case.error.already-open");
		}
		log(ref, null, type.workflow().initial().name(), null, at);
		policy.targets().forEach((clock, target) -> {
			// the update clock waits for the first answer: stored stopped until respond() starts it
			SlaClock value = clock == Clock.UPDATE ? SlaClock.startedAt(at).stop(at) : SlaClock.startedAt(at);
			clocks.start(ref, clock, target, value, type.ladder(), at);
		});
		if (owner != null) {
			jdbc.sql("""
					insert into case_assignment (case_type, case_id, assignee, actor, at) values (?, ?, ?, ?, ?)""")
				.params(ref.type(), ref.id(), owner, CurrentUser.name(), ts(at)).update();
		}
		audit.record("CREATE", ref.type(), ref.id(), "case opened", null,
				Map.of("state", type.workflow().initial().name(), "owner", String.valueOf(owner)));
	}

	/**
	 * Moves the case to {@code to}: refused if the workflow does not allow it, if it leaves a terminal state after
	 * the reopen window, or if it enters the appeal state without a decision still open to appeal. Waiting states
	 * pause the running clocks, leaving them resumes; a terminal state stops every clock; reopening and appealing
	 * restart the resolution clock (the time in between counts as paused).
	 */
	@Transactional
	public <S extends Enum<S>> void transition(CaseRef ref, S to, String reason, Instant at) {
		@SuppressWarnings("unchecked")
		CaseWorkflow<S> workflow = (CaseWorkflow<S>) type(ref).workflow();
		CaseType<?> type = type(ref);
		CaseState current = state(ref);
		S from = workflow.state(current.state());
		workflow.check(from, to);
		if (workflow.isTerminal(from)
				&& date(at).isAfter(date(current.stateSince()).plusDays(type.reopenDays()))) {
			throw BusinessException.of("case.error.reopen-window", type.reopenDays());
		}
		if (to == type.appealState()) {
			Decision.Recorded last = lastDecision(ref)
				.orElseThrow(() -> BusinessException.of("case.error.no-decision"));
			if (date(at).isAfter(last.appealUntil())) {
				throw BusinessException.of("case.error.appeal-window", type.appealDays());
			}
		}
		jdbc.sql("update case_record set state = ?, state_since = ? where case_type = ? and case_id = ?")
			.params(to.name(), ts(at), ref.type(), ref.id()).update();
		log(ref, from.name(), to.name(), reason, at);
		for (ClockStore.Stored c : clocks.load(ref).values()) {
			SlaClock v = c.value();
			if (workflow.isTerminal(to)) {
				v = v.stop(at);
			}
			else {
				if (c.clock() == Clock.RESOLUTION && (workflow.isTerminal(from) || to == type.appealState())) {
					v = v.restart(at);
				}
				v = workflow.isWaiting(to) ? v.pause(at) : v.resume(at);
			}
			if (v != c.value()) {
				clocks.save(new ClockStore.Stored(c.id(), c.clock(), c.target(), v), at);
			}
		}
		audit.record("TRANSITION", ref.type(), ref.id(), from.name() + " → " + to.name()
				+ (reason == null || reason.isBlank() ? "" : ": " + reason), Map.of("state", from.name()),
				Map.of("state", to.name()));
	}

	/** The handler answered: the first-response clock is met and the update clock starts afresh. */
	@Transactional
	public void respond(CaseRef ref, Instant at) {
		CaseWorkflow<?> workflow = type(ref).workflow();
		boolean waiting = isWaiting(workflow, state(ref).state());
		Map<Clock, ClockStore.Stored> all = clocks.load(ref);
		ClockStore.Stored first = all.get(Clock.FIRST_RESPONSE);
		if (first != null && !first.value().isStopped()) {
			clocks.save(new ClockStore.Stored(first.id(), first.clock(), first.target(), first.value().stop(at)), at);
		}
		ClockStore.Stored update = all.get(Clock.UPDATE);
		if (update != null) {
			SlaClock fresh = SlaClock.startedAt(at);
			clocks.start(ref, Clock.UPDATE, update.target(), waiting ? fresh.pause(at) : fresh, type(ref).ladder(), at);
		}
	}

	/**
	 * A new policy (the category or priority changed): new targets, the same started times and paused spans, so
	 * paused time is kept. Steps already reached stay reached; a clock the new policy adds starts now.
	 */
	@Transactional
	public void changePolicy(CaseRef ref, SlaPolicy policy, Instant at) {
		Map<Clock, ClockStore.Stored> all = clocks.load(ref);
		boolean waiting = isWaiting(type(ref).workflow(), state(ref).state());
		policy.targets().forEach((clock, target) -> {
			ClockStore.Stored c = all.get(clock);
			if (c == null) {
				SlaClock fresh = clock == Clock.UPDATE ? SlaClock.startedAt(at).stop(at) : SlaClock.startedAt(at);
				clocks.start(ref, clock, target, waiting ? fresh.pause(at) : fresh, type(ref).ladder(), at);
			}
			else {
				clocks.save(new ClockStore.Stored(c.id(), clock, target, c.value()), at);
			}
		});
		audit.record("UPDATE", ref.type(), ref.id(), "SLA policy changed", null, policy.targets().entrySet()
			.stream().collect(Collectors.toMap(e -> e.getKey().name(), e -> e.getValue().toString())));
	}

	/** Assigns the case; changing an existing owner needs a reason. */
	@Transactional
	public void assign(CaseRef ref, String assignee, String reason, Instant at) {
		CaseState current = state(ref);
		if (current.owner() != null && !current.owner().equals(assignee) && (reason == null || reason.isBlank())) {
			throw BusinessException.onField("reason", "case.error.reason-required");
		}
		jdbc.sql("update case_record set owner = ? where case_type = ? and case_id = ?")
			.params(assignee, ref.type(), ref.id()).update();
		jdbc.sql("""
				insert into case_assignment (case_type, case_id, assignee, previous, reason, actor, at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(ref.type(), ref.id(), assignee, current.owner(), reason, CurrentUser.name(), ts(at)).update();
		audit.record("ASSIGN", ref.type(), ref.id(), current.owner() == null ? "assigned" : "reassigned: " + reason,
				Map.of("owner", String.valueOf(current.owner())), Map.of("owner", assignee));
	}

	/** Records a decision, stops the resolution clock and opens the appeal window. */
	@Transactional
	public Decision.Recorded decide(CaseRef ref, Decision decision, Instant at) {
		CaseType<?> type = type(ref);
		state(ref);
		if (decision.outcome() == null || decision.outcome().isBlank()) {
			throw BusinessException.onField("outcome", "case.error.decision-outcome");
		}
		LocalDate until = decision.decidedOn().plusDays(type.appealDays());
		String who = CurrentUser.name();
		long id = jdbc.sql("""
				insert into case_decision (case_type, case_id, outcome, grounds, amount, authority, decided_on,
				                           appeal_until, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(ref.type(), ref.id(), decision.outcome(), decision.grounds(), decision.amount(),
					decision.authority(), decision.decidedOn(), until, who, ts(at))
			.query(Long.class).single();
		ClockStore.Stored resolution = clocks.load(ref).get(Clock.RESOLUTION);
		if (resolution != null && !resolution.value().isStopped()) {
			clocks.save(new ClockStore.Stored(resolution.id(), Clock.RESOLUTION, resolution.target(),
					resolution.value().stop(at)), at);
		}
		audit.record("DECIDE", ref.type(), ref.id(), "decision " + decision.outcome(), null,
				Map.of("outcome", decision.outcome(), "authority", String.valueOf(decision.authority()),
						"amount", String.valueOf(decision.amount()), "decidedOn", decision.decidedOn().toString()));
		return new Decision.Recorded(id, decision, until, who, at);
	}

	/** Finds clocks whose escalation steps have come, records the escalations and publishes {@link CaseEscalated}. */
	@Transactional
	public int sweep(Instant now) {
		List<CaseEscalated> hits = clocks.sweep(now);
		hits.forEach(events::publishEvent);
		return hits.size();
	}

	@Transactional(readOnly = true)
	public CaseState state(CaseRef ref) {
		return jdbc.sql("""
				select state, state_since, owner, opened_at from case_record where case_type = ? and case_id = ?""")
			.params(ref.type(), ref.id())
			.query((rs, n) -> new CaseState(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.optional().orElseThrow(() -> BusinessException.of("case.error.unknown"));
	}

	@Transactional(readOnly = true)
	public List<ClockView> clocks(CaseRef ref, Instant now) {
		Map<Clock, Integer> levels = clocks.levels(ref);
		return clocks.load(ref).values().stream().map(c -> new ClockView(c.clock(), c.target(),
				c.value().elapsed(now, calendar), c.value().isPaused(), c.value().isStopped(),
				c.value().dueAt(c.target(), now, calendar), levels.getOrDefault(c.clock(), 0))).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Decision.Recorded> lastDecision(CaseRef ref) {
		return jdbc.sql("""
				select id, outcome, grounds, amount, authority, decided_on, appeal_until, recorded_by, recorded_at
				from case_decision where case_type = ? and case_id = ? order by id desc limit 1""")
			.params(ref.type(), ref.id())
			.query((rs, n) -> new Decision.Recorded(rs.getLong("id"), new Decision(rs.getString("outcome"),
					rs.getString("grounds"), rs.getBigDecimal("amount"), rs.getString("authority"),
					rs.getDate("decided_on").toLocalDate()), rs.getDate("appeal_until").toLocalDate(),
					rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.optional();
	}

	@Transactional(readOnly = true)
	public List<Transition> history(CaseRef ref) {
		return jdbc.sql("""
				select from_state, to_state, actor, reason, at from case_transition
				where case_type = ? and case_id = ? order by id""").params(ref.type(), ref.id())
			.query((rs, n) -> new Transition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Assignment> assignments(CaseRef ref) {
		return jdbc.sql("""
				select assignee, previous, reason, actor, at from case_assignment
				where case_type = ? and case_id = ? order by id""").params(ref.type(), ref.id())
			.query((rs, n) -> new Assignment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Escalation> escalations(CaseRef ref) {
		return jdbc.sql("""
				select clock, level, percent, escalate_to, owner, due_at, at from case_escalation
				where case_type = ? and case_id = ? order by id""").params(ref.type(), ref.id())
			.query((rs, n) -> new Escalation(Clock.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3),
					rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()))
			.list();
	}

	/**
	 * Cases of a type owned by {@code owner} (null: any owner) whose next escalation step falls due before
	 * {@code until}: the "about to breach" work items and list filter. Paused and stopped clocks are never due.
	 */
	@Transactional(readOnly = true)
	public List<Long> dueBefore(String type, String owner, Instant until, int limit) {
		return jdbc.sql("""
				select t.case_id from case_clock_step t
				join case_record r on r.case_type = t.case_type and r.case_id = t.case_id
				where t.case_type = ? and t.due_at < ? and (cast(? as varchar) is null or r.owner = ?)
				group by t.case_id order by min(t.due_at) limit ?""")
			.params(type, ts(until), owner, owner, limit).query(Long.class).list();
	}

	/** Cases of a type (of one owner, or any when null) that reached at least escalation {@code level}. */
	@Transactional(readOnly = true)
	public List<Long> escalatedTo(String type, String owner, int level, int limit) {
		return jdbc.sql("""
				select distinct e.case_id from case_escalation e
				join case_record r on r.case_type = e.case_type and r.case_id = e.case_id
				where e.case_type = ? and e.level >= ? and (cast(? as varchar) is null or r.owner = ?)
				order by e.case_id limit ?""")
			.params(type, level, owner, owner, limit).query(Long.class).list();
	}

	/** Whether the case may still be reopened at {@code at} (it is in a terminal state within the window). */
	public boolean canReopen(CaseRef ref, Instant at) {
		CaseType<?> type = type(ref);
		CaseState s = state(ref);
		return isTerminal(type.workflow(), s.state())
				&& !date(at).isAfter(date(s.stateSince()).plusDays(type.reopenDays()));
	}

	/** Whether the last decision may still be appealed on {@code day}. */
	public boolean canAppeal(CaseRef ref, LocalDate day) {
		return type(ref).appealState() != null
				&& lastDecision(ref).map(d -> !day.isAfter(d.appealUntil())).orElse(false);
	}

	private CaseType<?> type(CaseRef ref) {
		if (types == null) {
			// read lazily: the modules' CaseType beans may be created after the engine
			types = declared.orderedStream()
				.collect(Collectors.toUnmodifiableMap(CaseType::name, Function.identity()));
		}
		CaseType<?> t = types.get(ref.type());
		if (t == null) {
			throw new IllegalArgumentException("no CaseType bean named " + ref.type());
		}
		return t;
	}

	private void log(CaseRef ref, String from, String to, String reason, Instant at) {
		jdbc.sql("""
				insert into case_transition (case_type, case_id, from_state, to_state, actor, reason, at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(ref.type(), ref.id(), from, to, CurrentUser.name(), reason, ts(at)).update();
	}

	private static <S extends Enum<S>> boolean isWaiting(CaseWorkflow<S> w, String state) {
		return w.isWaiting(w.state(state));
	}

	private static <S extends Enum<S>> boolean isTerminal(CaseWorkflow<S> w, String state) {
		return w.isTerminal(w.state(state));
	}

	private LocalDate date(Instant i) {
		return i.atZone(calendar.hours().zone()).toLocalDate();
	}

	private static Timestamp ts(Instant i) {
		return Timestamp.from(i);
	}

	/** Durations written in working days (a CPGRAMS-style "21 days" target) on this calendar's day length. */
	public Duration workingDays(int days) {
		return calendar.workingDay().multipliedBy(days);
	}
}
