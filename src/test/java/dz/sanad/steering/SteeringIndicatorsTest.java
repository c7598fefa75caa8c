package dz.sanad.steering;

import dz.sanad.platform.SanadUser;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A computed indicator against the module data it reads, the locked year's stored figures, the rule on drill-down. */
@IntegrationTest
class SteeringIndicatorsTest {

	@Autowired
	Indicators indicators;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void certificatesIssuedIn2026PerCentreAreTheTrainingModulesCertificates() throws Exception {
		Map<String, Long> expected = new LinkedHashMap<>();
		jdbc.sql("""
				select s.centre_id, count(*) from training_certificate c join training_session s on s.id = c.session_id
				where not c.revoked and extract(year from c.issued_at at time zone 'Africa/Algiers') = 2026
				group by 1 order by 1""").query((rs, i) -> expected.put(String.valueOf(rs.getLong(1)), rs.getLong(2))).list();
		assertThat(expected).as("the demo data issues certificates in 2026").isNotEmpty();
		Indicators.Indicator cert = indicators.indicators().stream().filter(i -> i.code().equals("IND-CERT")).findFirst().orElseThrow();
		Indicators.Figures f = indicators.figures(cert, 2026);
		Map<String, Long> computed = new LinkedHashMap<>();
		f.byScope().forEach((k, v) -> computed.put(k, v.numerator()));
		assertThat(computed).isEqualTo(expected);
		assertThat(f.numerator()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
		// a revoked certificate no longer counts
		Long one = jdbc.sql("select c.id from training_certificate c where not c.revoked order by c.id limit 1").query(Long.class).single();
		jdbc.sql("update training_certificate set revoked = true where id = ?").param(one).update();
		try {
			assertThat(indicators.figures(cert, 2026).numerator()).isEqualTo(f.numerator() - 1);
		}
		finally {
			jdbc.sql("update training_certificate set revoked = false where id = ?").param(one).update();
		}
		// the committee's drill-down by centre: small centres read "<5", none can be worked out from the total
		String json = mvc.perform(get("/api/steering/indicators").param("year", "2026").with(DemoUsers.as(users, "committee")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		for (var e : expected.entrySet()) {
			java.util.List<Object> cell = com.jayway.jsonpath.JsonPath.read(json,
					"$[?(@.code == 'IND-CERT')].byScope.rows[?(@.key == '" + e.getKey() + "')].cells[0]");
			assertThat(cell).singleElement().satisfies(c -> {
				if (e.getValue() < 5) {
					assertThat(c).isEqualTo("<5");
				}
				else if (!"<5".equals(c)) {
					assertThat(((Number) c).longValue()).isEqualTo(e.getValue());
				}
			});
		}
		java.util.List<Object> rows = com.jayway.jsonpath.JsonPath.read(json, "$[?(@.code == 'IND-CERT')].byScope");
		assertThat(rows).singleElement().satisfies(t -> assertThat(t.toString()).contains("threshold=5"));
	}

	@Test
	void theSensitiveIndicatorsReadThePsychologyAndHealthModules() {
		int year = dz.sanad.platform.Dates.today().getYear();
		Indicators.Indicator vac = indicators.indicators().stream().filter(i -> i.code().equals("IND-VAC")).findFirst()
			.orElseThrow();
		long due = jdbc.sql("""
				select count(distinct family_member_id) from vaccination_due
				where not refused and due_date between ? and least(?, current_date)""")
			.params(java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31)).query(Long.class).single();
		assertThat(due).as("the demo has children with doses due this year").isPositive();
		assertThat(indicators.figures(vac, year).denominator()).isEqualTo(due);
		Indicators.Indicator psy = indicators.indicators().stream().filter(i -> i.code().equals("IND-PSY")).findFirst()
			.orElseThrow();
		long held = jdbc.sql("""
				select count(*) from psy_appointment a join psy_case c on c.id = a.case_id
				where c.stats_consent and a.status = 'HELD' and extract(year from a.starts_at) = ?""")
			.param(year).query(Long.class).single();
		assertThat(indicators.figures(psy, year).numerator()).isEqualTo(held);
	}

	@Test
	void aLockedYearKeepsItsFiguresWhenTheModuleDataChanges() {
		SanadUser committee = (SanadUser) users.loadUserByUsername("committee");
		Indicators.Indicator act = indicators.indicators().stream().filter(i -> i.code().equals("IND-ACT")).findFirst().orElseThrow();
		int year = 2025;
		long before = indicators.figures(act, year).numerator();
		indicators.lock(committee, year);
		// the module's data for that year changes after the lock: the stored figure does not
		Long moved = jdbc.sql("select id from activities_activity where status <> 'CANCELLED' order by id limit 1")
			.query(Long.class).single();
		java.time.LocalDate start = jdbc.sql("select start_date from activities_activity where id = ?").param(moved)
			.query(java.time.LocalDate.class).single();
		jdbc.sql("update activities_activity set start_date = date '2025-06-01' where id = ?").param(moved).update();
		try {
			Indicators.Figures stored = indicators.figures(act, year);
			assertThat(stored.stored()).isTrue();
			assertThat(stored.numerator()).isEqualTo(before);
		}
		finally {
			jdbc.sql("update activities_activity set start_date = ? where id = ?").param(start).param(moved).update();
		}
		assertThat(indicators.periodStatus(year)).hasValue("LOCKED");
		indicators.approvePeriod((SanadUser) users.loadUserByUsername("cochair.ministry"), year);
		indicators.approvePeriod((SanadUser) users.loadUserByUsername("cochair.dgsn"), year);
		assertThat(indicators.periodStatus(year)).hasValue("APPROVED");
	}
}
