package dz.sanad.platform.cases;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.cases.TestCaseTypes.Outcome;
import dz.sanad.platform.cases.TestCaseTypes.State;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dz.sanad.platform.cases.CaseEngineTest.POLICY;
import static dz.sanad.platform.cases.CaseEngineTest.at;
import static dz.sanad.platform.cases.CaseEngineTest.newCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bulk path keeps the one-by-one invariants: a case opened in bulk along a path reads exactly like the same case
 * opened and moved through {@link CaseEngine} (state, history, owner, clocks, their due times, the decision), the
 * sweep escalates it alike, and a path the workflow refuses opens nothing. Cases live in 2030, out of the real sweep.
 */
@IntegrationTest
class BulkCasesTest {

	@Autowired
	CaseEngine engine;

	@Autowired
	BulkCases bulk;

	static final Decision DECISION = Decision.of(Outcome.GRANTED, "ok", null, "service", LocalDate.of(2030, 1, 9));

	record Probe(String state, String owner, List<String> history, List<ClockView> clocks, String outcome) {
	}

	Probe probe(CaseRef ref, Instant now) {
		var s = engine.state(ref);
		return new Probe(s.state(), s.owner(),
				engine.history(ref).stream().map(t -> t.from() + ">" + t.to() + "@" + t.at()).toList(),
				engine.clocks(ref, now).stream().sorted(java.util.Comparator.comparing(ClockView::clock)).toList(),
				engine.lastDecision(ref).map(d -> d.decision().outcome() + "/" + d.appealUntil()).orElse(null));
	}

	@Test
	@Transactional
	void aBulkCaseReadsLikeTheSameCaseOpenedOneByOne() {
		Instant opened = at(1, 6, 8, 0);
		Instant answered = at(1, 6, 9, 0);
		Instant moved = at(1, 7, 10, 0);
		Instant now = at(1, 8, 9, 0);
		for (List<State> path : List.of(List.<State>of(), List.of(State.IN_PROGRESS),
				List.of(State.IN_PROGRESS, State.WAITING), List.of(State.IN_PROGRESS, State.DECIDED),
				List.of(State.IN_PROGRESS, State.DECIDED, State.CLOSED))) {
			boolean decided = path.contains(State.DECIDED);
			Instant reply = path.isEmpty() ? null : answered;
			CaseRef single = newCase();
			engine.open(single, POLICY, "wilaya16", opened);
			if (reply != null) {
				engine.respond(single, reply);
			}
			for (State s : path) {
				if (s == State.DECIDED) {
					engine.decide(single, DECISION, moved);
				}
				engine.transition(single, s, "bulk", moved);
			}
			CaseRef many = newCase();
			bulk.openAll(TestCaseTypes.TYPE, List.of(new BulkCases.Opening(many.id(), POLICY, "wilaya16", opened, path,
					reply, path.isEmpty() ? opened : moved, decided ? DECISION : null)), now);

			Probe a = probe(single, now);
			Probe b = probe(many, now);
			assertThat(b.state()).as("state after %s", path).isEqualTo(a.state());
			assertThat(b.owner()).isEqualTo(a.owner());
			assertThat(b.history().stream().map(h -> h.substring(0, h.indexOf('@'))).toList())
				.as("history after %s", path)
				.isEqualTo(a.history().stream().map(h -> h.substring(0, h.indexOf('@'))).toList());
			assertThat(b.clocks()).as("clocks after %s", path).isEqualTo(a.clocks());
			assertThat(b.outcome()).isEqualTo(a.outcome());
		}
	}

	@Test
	@Transactional
	void theSweepEscalatesBulkCasesAndARefusedPathOpensNothing() {
		CaseRef ref = newCase();
		// first response 4 working hours from Sunday 08:00: level 1 (75 %) at 11:00, level 2 at 12:00
		bulk.openAll(TestCaseTypes.TYPE, List.of(new BulkCases.Opening(ref.id(), POLICY, "wilaya16", at(1, 13, 8, 0),
				List.of(), null, at(1, 13, 8, 0), null)), at(1, 13, 8, 0));
		assertThat(engine.sweep(at(1, 13, 11, 30))).isGreaterThanOrEqualTo(1);
		assertThat(engine.escalations(ref)).extracting(CaseEngine.Escalation::level).contains(1);
		assertThat(engine.escalations(ref)).extracting(CaseEngine.Escalation::owner).containsOnly("wilaya16");

		CaseRef refused = newCase();
		assertThatThrownBy(() -> bulk.openAll(TestCaseTypes.TYPE, List.of(new BulkCases.Opening(refused.id(), POLICY,
				null, at(1, 13, 8, 0), List.of(State.CLOSED), null, at(1, 13, 9, 0), null)), at(1, 13, 9, 0)))
			.isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> engine.state(refused)).isInstanceOf(BusinessException.class);
	}
}
