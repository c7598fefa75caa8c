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
 * Scenario "pages": logged-in staff browsing the layout (home), the wilaya list and the organisation tree (page and
 * API), with a think time of 0.5–1.5 s between pages, as people read what they open.
 */
public class PagesSimulation extends Simulation {

	static final String[] ACCOUNTS = { "dgsn", "ministry", "committee", "wilaya16", "centre", "head" };

	Iterator<Map<String, Object>> feeder = Stream.iterate(0, i -> i + 1)
		.map(i -> Map.<String, Object>of("username", ACCOUNTS[i % ACCOUNTS.length])).iterator();

	ScenarioBuilder browse = scenario("pages").feed(feeder)
		.exec(Sanad.login("#{username}"))
		.during(Sanad.DURATION).on(
			exec(http("home").get("/").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("wilayas").get("/territory/wilayas").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("organisation tree").get("/organisation/tree").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("api wilayas").get("/api/territory/wilayas").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("api tree").get("/api/organisation/tree").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("units").get("/organisation/units").check(status().is(200)))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

	{
		setUp(browse.injectOpen(rampUsers(Sanad.USERS).during(Sanad.RAMP))).protocols(Sanad.protocol());
	}
}
