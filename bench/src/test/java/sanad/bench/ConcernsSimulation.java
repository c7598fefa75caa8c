package sanad.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * Scenario "concerns": wilaya social officers (the two Algiers officers and the head of the service) work their
 * queues with 500,000 concerns in the database: a filtered list, the concern page, an answer, their own list; the
 * central directorate browses the national queue; a member opens their concerns. Think time 0.5–1.5 s.
 */
public class ConcernsSimulation extends Simulation {

	static final String[] HANDLERS = { "wilaya16", "wilaya16b", "social16", "wilaya16", "wilaya16b" };

	Iterator<Map<String, Object>> handlers = Stream.iterate(0, i -> i + 1)
		.map(i -> Map.<String, Object>of("username", HANDLERS[i % HANDLERS.length])).iterator();

	static ChainBuilder pause() {
		return exec(session -> session).pause(Duration.ofMillis(500), Duration.ofMillis(1500));
	}

	ScenarioBuilder officers = scenario("officers").feed(handlers)
		.exec(Sanad.login("#{username}"))
		.during(Sanad.DURATION).on(
			exec(http("queue").get("/welfare/concerns").check(status().is(200)))
				.exec(pause())
				.exec(http("queue filtered").get("/welfare/concerns?state=IN_PROGRESS&category=HOUSING")
					.check(status().is(200)))
				.exec(pause())
				.exec(http("my queue").get("/welfare/concerns?mine=true&state=IN_PROGRESS").check(status().is(200),
						css("td a[href^='/welfare/concerns/']", "href").findRandom().optional().saveAs("concern")))
				.exec(pause())
				.doIf(session -> session.contains("concern")).then(
					exec(http("concern").get("#{concern}").check(status().is(200),
							css("#actions input[name=_csrf]", "value").optional().saveAs("csrf")))
						.exec(pause())
						.doIf(session -> session.contains("csrf")).then(
							exec(http("answer").post("#{concern}/answer").formParam("_csrf", "#{csrf}")
								.formParam("body", "تمت دراسة ملفكم، والإجابة قريبًا.").check(status().is(302))))
						.exec(pause()))
				.exec(http("queue page 2").get("/welfare/concerns?page=1").check(status().is(200)))
				.exec(pause()));

	ScenarioBuilder directorate = scenario("directorate")
		.exec(Sanad.login("dgsn"))
		.during(Sanad.DURATION).on(
			exec(http("national queue").get("/welfare/concerns").check(status().is(200)))
				.exec(pause())
				.exec(http("national filtered").get("/welfare/concerns?state=WAITING_MEMBER&priority=HIGH")
					.check(status().is(200)))
				.exec(pause()));

	ScenarioBuilder members = scenario("members")
		.exec(Sanad.login("member"))
		.during(Sanad.DURATION).on(
			exec(http("my concerns").get("/welfare/my").check(status().is(200))).exec(pause()));

	{
		int officerCount = Math.max(1, Sanad.USERS - 2);
		setUp(officers.injectOpen(rampUsers(officerCount).during(Sanad.RAMP)),
				directorate.injectOpen(atOnceUsers(1)), members.injectOpen(atOnceUsers(1)))
			.protocols(Sanad.protocol());
	}
}
