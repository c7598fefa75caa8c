package dz.sanad.welfare;

import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.calendar.WorkingCalendar;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Performance statistics: the mean working time to the first answer is the Algerian working calendar's measure of
 * each concern's wait, a small group shows nothing but "&lt;5", a wilaya officer's figures never cover another
 * wilaya, breach reasons are recorded only on a breached clock and counted (suppressed), and the tables export.
 */
@IntegrationTest
class WelfarePerformanceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WelfarePerformance performance;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Categories categories;

	RequestPostProcessor as(String username) {
		return DemoUsers.as(users, username);
	}

	SanadUser user(String username) {
		return (SanadUser) users.loadUserByUsername(username);
	}

	long submit(String category) throws Exception {
		String body = mvc.perform(post("/api/welfare/my").with(as("member")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"categoryCode\":\"" + category + "\",\"subject\":\"perf\",\"description\":\"d\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.concern.id")).longValue();
	}

	String handler(long id) {
		return jdbc.sql("select assigned_to from welfare_concern where id = ?").param(id).query(String.class).single();
	}

	@Test
	void meansAreWorkingTimeSmallGroupsAreSuppressedAndAWilayaSeesOnlyItself() throws Exception {
		int year = LocalDate.now(dz.sanad.platform.Formats.ZONE).getYear();
		categories.add(null, "PERFTEST", "اختبار", "Essai", "Test");
		for (int i = 0; i < 6; i++) {
			long id = submit("PERFTEST");
			mvc.perform(post("/welfare/concerns/" + id + "/answer").with(as(handler(id))).with(csrf())
					.param("body", "reçu")).andExpect(flash().attribute("success", "welfare.answered"));
		}
		// the expected mean, measured concern by concern on the working calendar
		record Wait(java.time.Instant from, java.time.Instant to) {
		}
		List<Wait> waits = jdbc.sql("""
				select c.submitted_at, (select min(m.at) from welfare_message m where m.concern_id = c.id
				  and not m.from_member) from welfare_concern c where c.category_code = 'PERFTEST'""")
			.query((rs, n) -> new Wait(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())).list();
		Duration sum = waits.stream().map(w -> calendar.workingDuration(w.from(), w.to()))
			.reduce(Duration.ZERO, Duration::plus);
		double hours = Math.round(sum.dividedBy(waits.size()).toMinutes() / 6.0) / 10.0;
		WelfarePerformance.Row row = performance.by(user("wilaya16"), year, WelfarePerformance.By.CATEGORY).stream()
			.filter(r -> r.key().equals("PERFTEST")).findFirst().orElseThrow();
		assertThat(row.concerns()).isEqualTo(String.valueOf(waits.size()));
		assertThat(row.meanFirstResponse()).isEqualTo(String.format(Locale.ROOT, "%.1f", hours));
		assertThat(row.meanDecision()).as("no decision yet").isEqualTo("—");

		// two concerns of a new category: nothing but "<5"
		categories.add(null, "PERFSMALL", "صغير", "Petit", "Small");
		submit("PERFSMALL");
		submit("PERFSMALL");
		WelfarePerformance.Row small = performance.by(user("dgsn"), year, WelfarePerformance.By.CATEGORY).stream()
			.filter(r -> r.key().equals("PERFSMALL")).findFirst().orElseThrow();
		assertThat(small).isEqualTo(new WelfarePerformance.Row("PERFSMALL", "<5", "—", "—", "—", "—", 0, 0));

		assertThat(performance.by(user("wilaya16"), year, WelfarePerformance.By.WILAYA))
			.extracting(WelfarePerformance.Row::key).containsOnly("16");
		long oranUnit = jdbc.sql("select id from organisation_unit where code = 'SW-31'").query(Long.class).single();
		SanadUser oran = new SanadUser(987657L, "officer.oran3", null, "x", Role.WILAYA_OFFICER, oranUnit, null, true,
				false);
		assertThat(performance.by(oran, year, WelfarePerformance.By.WILAYA)).extracting(WelfarePerformance.Row::key)
			.doesNotContain("16");
		assertThat(performance.by(oran, year, WelfarePerformance.By.CATEGORY)).extracting(WelfarePerformance.Row::key)
			.doesNotContain("PERFTEST");

		mvc.perform(get("/welfare/stats").with(as("wilaya16")).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Performance du traitement")))
			.andExpect(content().string(containsString("id=\"performance-WILAYA\"")));
		RoleMatrix.check(mvc, users, () -> get("/welfare/stats/export").param("by", "WILAYA"), "wilaya16", "dgsn",
				"committee", "cochair.ministry", "cochair.dgsn");
		mvc.perform(get("/welfare/stats/export").param("by", "CATEGORY").with(as("dgsn"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
	}

	@Test
	void aBreachReasonTakesABreachedClockAndIsCounted() throws Exception {
		long id = submit("OTHER");
		String officer = handler(id);
		String breach = "/welfare/concerns/" + id + "/breach";
		mvc.perform(post(breach).with(as(officer)).with(csrf()).param("lang", "fr").param("clock", "FIRST_RESPONSE")
				.param("reason", "WORKLOAD"))
			.andExpect(flash().attribute("error", "Délai : Ce délai n’est pas dépassé."));
		// the clock started a month ago (as if the concern had waited that long)
		jdbc.sql("""
				update case_clock set started_at = started_at - interval '30 days'
				where case_type = 'welfare-concern' and case_id = ? and clock = 'FIRST_RESPONSE'""").param(id).update();
		mvc.perform(post(breach).with(as(officer)).with(csrf()).param("lang", "ar").param("clock", "FIRST_RESPONSE"))
			.andExpect(flash().attribute("error", "السبب : اختر سبب التجاوز."));
		mvc.perform(post(breach).with(as("wilaya16".equals(officer) ? "dgsn" : "wilaya16")).with(csrf())
				.param("clock", "FIRST_RESPONSE").param("reason", "WORKLOAD"))
			.andExpect(status().isForbidden());
		mvc.perform(post(breach).with(as(officer)).with(csrf()).param("clock", "FIRST_RESPONSE")
				.param("reason", "THIRD_PARTY").param("note", "avis du service du personnel"))
			.andExpect(flash().attribute("success", "welfare.breach.saved"));
		int year = LocalDate.now(dz.sanad.platform.Formats.ZONE).getYear();
		assertThat(performance.breachReasons(user("dgsn"), year)).anySatisfy(r -> {
			assertThat(r.reason()).isEqualTo(Breaches.Reason.THIRD_PARTY);
			assertThat(r.count()).isEqualTo("<5");
			assertThat(r.chartValue()).isZero();
		});
		mvc.perform(get("/welfare/concerns/" + id).with(as(officer)).param("lang", "fr"))
			.andExpect(content().string(containsString("Retard d’un autre service")));
	}
}
