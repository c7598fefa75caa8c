package dz.sanad.platform.cases;

import dz.sanad.audit.AuditSearch;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.cases.TestCaseTypes.Outcome;
import dz.sanad.platform.cases.TestCaseTypes.State;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The engine on the database. Cases live in January 2030 so the background sweep (real time) never reaches them:
 * every escalation here comes from the sweeps the test runs.
 */
@IntegrationTest
class CaseEngineTest {

	static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");

	static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	static final SlaPolicy POLICY = new SlaPolicy(Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(17));

	@Autowired
	CaseEngine engine;

	@Autowired
	TestCaseTypes.Escalations escalations;

	@Autowired
	AuditSearch audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.context.MessageSource messages;

	static Instant at(int month, int day, int hour, int minute) {
		return LocalDateTime.of(2030, month, day, hour, minute).atZone(ALGIERS).toInstant();
	}

	static CaseRef newCase() {
		return CaseRef.of(TestCaseTypes.TYPE, IDS.incrementAndGet());
	}

	ClockView clock(CaseRef ref, Clock c, Instant now) {
		return engine.clocks(ref, now).stream().filter(v -> v.clock() == c).findFirst().orElseThrow();
	}

	@Test
	void waitingPausesTheClocksAndTheSweepEscalatesOnTheWorkingCalendar() {
		CaseRef ref = newCase();
		// Sunday 6 January 2030, 08:00; first response due in 4 working hours, level 1 at 75 % = 3 h
		engine.open(ref, POLICY, "wilaya16", at(1, 6, 8, 0));
		engine.transition(ref, State.IN_PROGRESS, null, at(1, 6, 8, 30));
		engine.transition(ref, State.WAITING, "document asked", at(1, 6, 9, 0));
		engine.sweep(at(1, 6, 16, 0));
		assertThat(engine.escalations(ref)).as("paused: nothing is due").isEmpty();
		engine.transition(ref, State.IN_PROGRESS, "document received", at(1, 7, 9, 0));
		assertThat(clock(ref, Clock.FIRST_RESPONSE, at(1, 7, 9, 0)).elapsed()).isEqualTo(Duration.ofHours(1));
		assertThat(clock(ref, Clock.FIRST_RESPONSE, at(1, 7, 9, 0)).dueAt()).isEqualTo(at(1, 7, 12, 0));

		engine.sweep(at(1, 7, 10, 59));
		assertThat(engine.escalations(ref)).isEmpty();
		assertThat(engine.sweep(at(1, 7, 11, 0))).isPositive();
		assertThat(engine.escalations(ref)).singleElement().satisfies(e -> {
			assertThat(e.clock()).isEqualTo(Clock.FIRST_RESPONSE);
			assertThat(e.level()).isEqualTo(1);
			assertThat(e.escalateTo()).isEqualTo("HEAD");
			assertThat(e.owner()).isEqualTo("wilaya16");
			assertThat(e.dueAt()).isEqualTo(at(1, 7, 11, 0));
		});
		assertThat(escalations.seen).filteredOn(e -> e.ref().equals(ref)).singleElement()
			.satisfies(e -> assertThat(e.level()).isEqualTo(1));
		engine.sweep(at(1, 7, 11, 30));
		assertThat(engine.escalations(ref)).as("a step is escalated once").hasSize(1);

		engine.respond(ref, at(1, 7, 11, 45));
		engine.sweep(at(1, 7, 16, 0));
		assertThat(engine.escalations(ref)).as("answered before the breach").hasSize(1);
		assertThat(clock(ref, Clock.FIRST_RESPONSE, at(1, 8, 9, 0)).stopped()).isTrue();
		assertThat(clock(ref, Clock.UPDATE, at(1, 7, 16, 0)).elapsed()).isEqualTo(Duration.ofMinutes(15 + 4 * 60));
		assertThat(engine.state(ref).owner()).as("the owner stays responsible").isEqualTo("wilaya16");
		assertThat(engine.escalatedTo(TestCaseTypes.TYPE, "wilaya16", 1, 100_000)).contains(ref.id());
		assertThat(engine.escalatedTo(TestCaseTypes.TYPE, "head", 1, 100_000)).doesNotContain(ref.id());
		assertThat(engine.escalatedTo(TestCaseTypes.TYPE, null, 2, 100_000)).doesNotContain(ref.id());
		assertThat(engine.history(ref)).extracting(CaseEngine.Transition::to)
			.containsExactly("SUBMITTED", "IN_PROGRESS", "WAITING", "IN_PROGRESS");
		assertThat(audit.forRecord(TestCaseTypes.TYPE, String.valueOf(ref.id()))).extracting("action")
			.contains("CREATE", "TRANSITION");
	}

	@Test
	void pausedTimeSurvivesAChangeOfPolicy() {
		CaseRef ref = newCase();
		engine.open(ref, POLICY, "wilaya16", at(1, 6, 8, 0));
		engine.transition(ref, State.IN_PROGRESS, null, at(1, 6, 8, 0));
		engine.transition(ref, State.WAITING, null, at(1, 6, 10, 0));
		engine.transition(ref, State.IN_PROGRESS, null, at(1, 8, 10, 0)); // two working days paused
		Instant now = at(1, 8, 12, 0);
		Duration before = clock(ref, Clock.RESOLUTION, now).elapsed();
		assertThat(before).isEqualTo(Duration.ofHours(4));
		engine.changePolicy(ref, new SlaPolicy(Duration.ofHours(1), Duration.ofHours(8), Duration.ofHours(40)), now);
		ClockView after = clock(ref, Clock.RESOLUTION, now);
		assertThat(after.elapsed()).isEqualTo(before);
		assertThat(after.target()).isEqualTo(Duration.ofHours(40));
		// 36 h left from Tuesday 12:00: 4 h 30 Tuesday, 8 h 30 Wednesday and Thursday, weekend, 8 h 30 Sunday,
		// 6 h on Monday 14 January
		assertThat(after.dueAt()).isEqualTo(at(1, 14, 14, 0));
		engine.sweep(now.plusSeconds(60));
		assertThat(engine.escalations(ref)).as("the first response, 4 h used of a new 1 h target, is past both steps")
			.extracting(CaseEngine.Escalation::clock, CaseEngine.Escalation::level)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Clock.FIRST_RESPONSE, 1),
					org.assertj.core.groups.Tuple.tuple(Clock.FIRST_RESPONSE, 2));
		engine.sweep(at(1, 13, 12, 29));
		assertThat(engine.escalations(ref)).hasSize(2);
		engine.sweep(at(1, 13, 12, 30));
		assertThat(engine.escalations(ref)).as("resolution at 75 % of the new target, 30 h")
			.extracting(CaseEngine.Escalation::clock).containsExactly(Clock.FIRST_RESPONSE, Clock.FIRST_RESPONSE,
					Clock.RESOLUTION);
	}

	@Test
	void reassignmentNeedsAReasonAndIsKept() {
		CaseRef ref = newCase();
		engine.open(ref, POLICY, "wilaya16", at(1, 6, 8, 0));
		assertThatThrownBy(() -> engine.assign(ref, "head", " ", at(1, 6, 9, 0))).isInstanceOf(BusinessException.class)
			.extracting("messageKey").isEqualTo("case.error.reason-required");
		engine.assign(ref, "head", "officer on leave", at(1, 6, 9, 0));
		assertThat(engine.state(ref).owner()).isEqualTo("head");
		assertThat(engine.assignments(ref)).extracting(CaseEngine.Assignment::assignee).containsExactly("wilaya16", "head");
		assertThat(engine.assignments(ref).get(1).previous()).isEqualTo("wilaya16");
		assertThat(engine.assignments(ref).get(1).reason()).isEqualTo("officer on leave");
	}

	@Test
	void illegalTransitionsAndExpiredWindowsAreRefused() {
		CaseRef ref = newCase();
		engine.open(ref, POLICY, null, at(1, 6, 8, 0));
		BusinessException illegal = catchThrowableOfType(BusinessException.class,
				() -> engine.transition(ref, State.DECIDED, null, at(1, 6, 9, 0)));
		assertThat(illegal.messageKey()).isEqualTo("case.error.transition");
		assertThat(messages.getMessage(illegal.messageKey(), illegal.args(), java.util.Locale.FRENCH))
			.isEqualTo("Ce dossier ne peut pas passer de « SUBMITTED » à « DECIDED ».");
		assertThat(messages.getMessage(illegal.messageKey(), illegal.args(), java.util.Locale.forLanguageTag("ar")))
			.isEqualTo("لا يمكن أن ينتقل هذا الملف من «SUBMITTED» إلى «DECIDED».");
		engine.transition(ref, State.IN_PROGRESS, null, at(1, 6, 9, 0));
		Decision.Recorded d = engine.decide(ref, Decision.of(Outcome.GRANTED, "housing aid", new BigDecimal("50000.00"),
				"Wilaya social service", LocalDate.of(2030, 1, 7)), at(1, 7, 10, 0));
		assertThat(d.appealUntil()).isEqualTo(LocalDate.of(2030, 2, 6));
		assertThat(clock(ref, Clock.RESOLUTION, at(1, 9, 10, 0)).stopped()).isTrue();
		engine.transition(ref, State.DECIDED, null, at(1, 7, 10, 0));
		assertThat(engine.canAppeal(ref, LocalDate.of(2030, 2, 6))).isTrue();
		assertThat(engine.canAppeal(ref, LocalDate.of(2030, 2, 7))).isFalse();
		assertThatThrownBy(() -> engine.transition(ref, State.APPEALED, null, at(2, 7, 9, 0)))
			.isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("case.error.appeal-window");
		engine.transition(ref, State.CLOSED, null, at(1, 8, 10, 0));
		assertThat(engine.canReopen(ref, at(1, 18, 10, 0))).isTrue();
		assertThat(engine.canReopen(ref, at(1, 19, 10, 0))).isFalse();
		assertThatThrownBy(() -> engine.transition(ref, State.IN_PROGRESS, null, at(1, 19, 10, 0)))
			.isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("case.error.reopen-window");
		engine.transition(ref, State.IN_PROGRESS, "new facts", at(1, 13, 8, 0));
		ClockView resolution = clock(ref, Clock.RESOLUTION, at(1, 13, 9, 0));
		assertThat(resolution.stopped()).isFalse();
		// 17 h + 1 h between opening and the decision on the 7th, then one hour after reopening
		assertThat(resolution.elapsed()).isEqualTo(Duration.ofMinutes(510 + 120 + 60));
		assertThat(engine.lastDecision(ref)).get().extracting(r -> r.decision().amount())
			.isEqualTo(new BigDecimal("50000.00"));
	}

	@Test
	void oneSweepEscalatesEveryDueClockInOneStatement() {
		int n = 300;
		long first = IDS.get() + 1;
		for (int i = 0; i < n; i++) {
			engine.open(newCase(), new SlaPolicy(null, null, Duration.ofHours(8)), "wilaya16", at(1, 20, 8, 0));
		}
		long last = IDS.get();
		// Sunday 20 January 2030: resolution 8 h → level 1 (75 %) at 14:00, level 2 Monday 08:30
		engine.sweep(at(1, 20, 13, 59));
		assertThat(escalated(first, last, 1)).isZero();
		assertThat(engine.dueBefore(TestCaseTypes.TYPE, "wilaya16", at(1, 20, 14, 1), 100_000))
			.as("about to breach").contains(first, last);
		assertThat(engine.dueBefore(TestCaseTypes.TYPE, "wilaya16", at(1, 20, 14, 0), 100_000))
			.doesNotContain(first, last);
		assertThat(engine.sweep(at(1, 20, 14, 0))).isGreaterThanOrEqualTo(n);
		assertThat(escalated(first, last, 1)).isEqualTo(n);
		assertThat(escalated(first, last, 2)).isZero();
		engine.sweep(at(1, 21, 8, 30));
		assertThat(escalated(first, last, 2)).isEqualTo(n);
		assertThat(escalations.seen).filteredOn(e -> e.ref().id() >= first && e.ref().id() <= last).hasSize(2 * n);
	}

	long escalated(long first, long last, int level) {
		return jdbc.sql("""
				select count(*) from case_escalation where case_type = ? and case_id between ? and ? and level = ?""")
			.params(TestCaseTypes.TYPE, first, last, level).query(Long.class).single();
	}
}
