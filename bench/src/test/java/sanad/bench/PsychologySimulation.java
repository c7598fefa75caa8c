package sanad.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * Scenario "psychology": 20 psychologists (psy.bench01…20 of the national dataset, 2,500 records each) open their
 * caseload and the page of one of their records holding 50 progress notes, each note opened from its seal, with
 * 0.5–1.5 s of reading between pages. Every page open is also a read-log entry, as in production.
 */
public class PsychologySimulation extends Simulation {

	/** One psychologist per virtual user, in turn. */
	static final List<Map<String, Object>> PSYCHOLOGISTS = IntStream.rangeClosed(1, 20)
		.mapToObj(i -> Map.<String, Object>of("username", String.format("psy.bench%02d", i))).toList();

	ScenarioBuilder browse = scenario("psychology")
		.feed(listFeeder(PSYCHOLOGISTS).circular())
		.exec(Sanad.login("#{username}"))
		// the records of the caseload's first pages: one in ten has 50 notes (set-up, silent like the login)
		.exec(http("find record").get("/api/psychology/caseload?size=200").silent().check(status().is(200),
				jsonPath("$[*].id").ofLong().findAll().saveAs("ids")))
		.exec(session -> session.set("cid", session.<List<Long>>get("ids").stream().filter(id -> id % 10 == 0)
			.findFirst().orElse(session.<List<Long>>get("ids").get(0))))
		.during(Sanad.DURATION).on(
			exec(http("caseload").get("/psychology/caseload").check(status().is(200), substring("id=\"caseload\"")))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
				.exec(http("record page (50 notes)").get("/psychology/cases/#{cid}").check(status().is(200),
						substring("data-kind=\"PROGRESS\"")))
				.pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

	{
		setUp(browse.injectOpen(rampUsers(Sanad.USERS).during(Sanad.RAMP))).protocols(Sanad.protocol());
	}
}
