package dz.sanad.platform.cases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A case type the engine's tests configure the way a module does (a bean), and a listener keeping the escalation
 * events. Scanned with the application in tests only; it adds a bean and changes nothing else.
 */
@Configuration(proxyBeanMethods = false)
class TestCaseTypes {

	static final String TYPE = "engine-test";

	enum State {
		SUBMITTED, IN_PROGRESS, WAITING, DECIDED, CLOSED, APPEALED
	}

	enum Outcome {
		GRANTED, REFUSED
	}

	static final CaseWorkflow<State> WORKFLOW = CaseWorkflow.of(State.class, State.SUBMITTED)
		.allow(State.SUBMITTED, State.IN_PROGRESS)
		.both(State.IN_PROGRESS, State.WAITING)
		.allow(State.IN_PROGRESS, State.DECIDED)
		.allow(State.DECIDED, State.CLOSED, State.APPEALED)
		.allow(State.APPEALED, State.IN_PROGRESS)
		.allow(State.CLOSED, State.IN_PROGRESS)
		.waiting(State.WAITING)
		.terminal(State.CLOSED)
		.build();

	@Bean
	CaseType<State> engineTestCaseType() {
		return new CaseType<>(TYPE, WORKFLOW, EscalationLadder.of(new EscalationLadder.Step(1, 75, "HEAD"),
				new EscalationLadder.Step(2, 100, "CENTRAL")), 10, 30, State.APPEALED);
	}

	@Bean
	Escalations engineTestEscalations() {
		return new Escalations();
	}

	static class Escalations {

		final List<CaseEscalated> seen = new CopyOnWriteArrayList<>();

		@EventListener
		void on(CaseEscalated e) {
			if (e.ref().type().equals(TYPE)) {
				seen.add(e);
			}
		}
	}
}
