package sanad.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * Scenario "establishments": heads, wilaya officers and the DGSN directorate open the establishment dashboard
 * (page and JSON), the activity list and the registration list of their scope, with a million registrations in the
 * database, and a think time of 0.5–1.5 s between pages.
 */
public class EstablishmentsSimulation extends Simulation {

	static final String[] ACCOUNTS = { "head", "wilaya16", "head", "dgsn" };

	Iterator<Map<String, Object>> feeder = Stream.iterate(0, i -> i + 1)
		.map(i -> Map.<String, Object>of("username", ACCOUNTS[i % ACCOUNTS.length])).iterator();

	ScenarioBuilder browse = scenario("establishments").feed(feeder)
		.exec(Sanad.login("#{username}"))
		// the establishment shown by default on the dashboard, for the JSON call
		.exec(http("dashboard").get("/activities/dashboard").check(status().is(200),
				css("#unitId option[selected]", "value").saveAs("unitId")))
		.during(Sanad.DURATION).on(
			exec(http("dashboard").get("/activities/dashboard").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("api dashboard").get("/api/activities/dashboard/#{unitId}").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("activities").get("/activities").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("activities page 2").get("/activities?page=1&category=SPORTS").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("registrations").get("/activities/registrations?unitId=#{unitId}").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("api activities").get("/api/activities?unitId=#{unitId}").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

	{
		setUp(browse.injectOpen(rampUsers(Sanad.USERS).during(Sanad.RAMP))).protocols(Sanad.protocol());
	}
}
