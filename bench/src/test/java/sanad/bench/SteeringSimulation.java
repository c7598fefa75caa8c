package sanad.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * Scenario "steering": committee members open the agreement's dashboard (every indicator computed over the
 * national dataset, under the disclosure rule) and its JSON, with 0.5–1.5 s of reading between pages. With
 * -Dreport.year=Y a single co-chair then issues the annual report of year Y (both languages, every indicator and
 * its chart): its response time is the PDF generation time.
 */
public class SteeringSimulation extends Simulation {

	static final String REPORT_YEAR = System.getProperty("report.year", "");

	ScenarioBuilder dashboard = scenario("steering-dashboard")
		.exec(Sanad.login("committee"))
		.during(Sanad.DURATION).on(
			exec(http("steering dashboard").get("/steering").check(status().is(200), substring("id=\"indicators\"")))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("indicators api").get("/api/steering/indicators").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

	ScenarioBuilder annual = scenario("steering-annual-report")
		.exec(Sanad.login("cochair.dgsn"))
		.exec(http("reports page").get("/steering/reports").silent().check(status().is(200),
				css("#issue-report input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("annual report pdf (ar+fr)").post("/steering/reports").formParam("year", REPORT_YEAR)
			.formParam("narrativeAr", "عرض سنوي").formParam("narrativeFr", "Exposé annuel")
			.formParam("_csrf", "#{csrf}").disableFollowRedirect().check(status().is(302)));

	{
		if (REPORT_YEAR.isEmpty()) {
			setUp(dashboard.injectOpen(rampUsers(Sanad.USERS).during(Sanad.RAMP))).protocols(Sanad.protocol());
		}
		else {
			setUp(annual.injectOpen(atOnceUsers(1))).protocols(Sanad.protocol());
		}
	}
}
