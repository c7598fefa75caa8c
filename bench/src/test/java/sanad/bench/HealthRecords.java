package sanad.bench;

import io.gatling.javaapi.core.ChainBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * The child's-record half of scenario "health": from a child the vaccination list named (session attribute
 * {@code child}, a link {@code /health/vaccination/children/{familyMemberId}}), the care team opens the child's health
 * record (profile, problems, visits, appointments, read-logged) and its growth curve JSON. At national scale every
 * child under six has a record with growth visits (HealthDemoData, set-based). HealthSimulation runs it inside its
 * "child" step: {@code .exec(HealthRecords.childRecord())}.
 */
public final class HealthRecords {

	private HealthRecords() {
	}

	public static ChainBuilder childRecord() {
		return exec(session -> session.set("childRecord",
				"/health/records/family/" + session.getString("child").replaceAll(".*/", "")))
			.exec(http("child health record").get("#{childRecord}").check(status().is(200)))
			.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
			.exec(http("child growth curve").get("#{childRecord}/growth").check(status().is(200)))
			.pause(Duration.ofMillis(500), Duration.ofMillis(1500));
	}
}
