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
 * Scenario "health": the Algiers centre's health officer and physician work their vaccination lists at national
 * scale (every child of the 250,000 members scheduled): due, overdue and missed lists with counts and filters, a
 * later page, the JSON counts, and a child's vaccination schedule opened from the list; think time 0.5–1.5 s.
 */
public class HealthSimulation extends Simulation {

	static final String[] ACCOUNTS = { "health", "physician" };

	Iterator<Map<String, Object>> feeder = Stream.iterate(0, i -> i + 1)
		.map(i -> Map.<String, Object>of("username", ACCOUNTS[i % ACCOUNTS.length])).iterator();

	ScenarioBuilder work = scenario("health").feed(feeder)
		.exec(Sanad.login("#{username}"))
		.during(Sanad.DURATION).on(
			exec(http("due list").get("/health/vaccination?status=DUE").check(status().is(200),
					css("#due-list a[href^='/health/vaccination/children/']", "href").optional().saveAs("child")))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("overdue list").get("/health/vaccination?status=OVERDUE&page=1").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("missed list filtered").get("/health/vaccination?status=MISSED&antigen=MMR")
					.check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("api due counts").get("/api/health/vaccination/due").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.doIf(session -> session.contains("child")).then(
					exec(http("child vaccinations").get("#{child}").check(status().is(200)))
						.pause(Duration.ofMillis(500), Duration.ofMillis(1500))));

	{
		setUp(work.injectOpen(rampUsers(Sanad.USERS).during(Sanad.RAMP))).protocols(Sanad.protocol());
	}
}
