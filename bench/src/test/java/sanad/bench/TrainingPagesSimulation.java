package sanad.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * Scenario "training-pages": the ministry's training managers open the page of a session with 60 trainees
 * (nominations, results, certificates) and the national needs dashboard (domain × wilaya × function over every
 * wilaya, its chart data), with 0.5–1.5 s of reading between pages.
 */
public class TrainingPagesSimulation extends Simulation {

	ScenarioBuilder browse = scenario("training-pages")
		.exec(Sanad.login("ministry"))
		// the national dataset's 60-trainee session (code ending in -60): found once per user, silent like the
		// login (set-up, not one of the pages measured; a failure still shows as errors on every page that follows)
		.exec(http("find session").get("/api/training/sessions?q=-60").silent().check(status().is(200),
				jsonPath("$.content[0].id").saveAs("sid")))
		.during(Sanad.DURATION).on(
			exec(http("session page (60 trainees)").get("/training/sessions/#{sid}").check(status().is(200),
					substring("nomination-")))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("needs dashboard").get("/training/needs/dashboard").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("needs chart data").get("/training/needs/dashboard/data").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

	{
		setUp(browse.injectOpen(rampUsers(Sanad.USERS).during(Sanad.RAMP))).protocols(Sanad.protocol());
	}
}
