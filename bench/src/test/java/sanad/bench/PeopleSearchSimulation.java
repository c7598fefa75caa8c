package sanad.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * Scenario "people-search": social officers typing in the member search box — Arabic names with and without hamza,
 * Latin names in any case, with spaces or hyphens and typos, matricules and NINs — over the national dataset.
 */
public class PeopleSearchSimulation extends Simulation {

	static final String[] QUERIES = { "بن علي", "كريم بن علي", "اسماعيل حداد", "أمينة زروقي", "فاطمه", "عبد القادر",
			"نور الدين سعيدي", "بنعلي", "مزيان", "خديجة بوعلام", "Benali", "karim ben ali", "BEN-ALI Karim", "Haddad Samir",
			"Benalli", "Zeroukki", "Abdelkader Belkacem", "Noureddine Saidi", "Meziane", "Khadija Boualem", "Yacine",
			"Sofianne Cherif", "Mourad Bouzid", "M-16-0001", "119850160000123456", "N16000123", "Khelifi Riad",
			"Bouchama", "Dahmanni", "Larbi Omar" };

	Random random = new Random(42);

	Iterator<Map<String, Object>> feeder = Stream.generate(() -> Map.<String, Object>of("q",
			URLEncoder.encode(QUERIES[random.nextInt(QUERIES.length)], StandardCharsets.UTF_8))).iterator();

	ScenarioBuilder search = scenario("people-search")
		.exec(Sanad.login("dgsn"))
		.during(Sanad.DURATION).on(
			feed(feeder).exec(http("search").get("/api/people/members?q=#{q}&size=25").check(status().is(200)))
				.pause(java.time.Duration.ofMillis(200), java.time.Duration.ofMillis(600)));

	{
		setUp(search.injectOpen(rampUsers(Sanad.USERS).during(Sanad.RAMP))).protocols(Sanad.protocol());
	}
}
