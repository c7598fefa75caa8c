package dz.sanad.psychology.instruments;

import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dz.sanad.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Questionnaires on a demo psychological record: its care team gives them, a PHQ-9 with item 9 above 0 lands on a
 * result page with the crisis guidance at once, the trend JSON feeds the chart, every read is in the read log, and
 * no one outside the care team reaches any of it.
 */
@IntegrationTest
class QuestionnairePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	long caseOf(String psychologist) {
		return jdbc.sql("select case_id from psy_care_team where username = ? order by case_id limit 1")
			.param(psychologist).query(Long.class).single();
	}

	MockHttpServletRequestBuilder answers(long id, String code, int... values) {
		MockHttpServletRequestBuilder b = post("/psychology/cases/" + id + "/questionnaires").param("instrument", code)
			.with(csrf());
		for (int n = 0; n < values.length; n++) {
			b.param("answers[" + n + "]", String.valueOf(values[n]));
		}
		return b;
	}

	@Test
	void item9AboveZeroShowsTheCrisisGuidanceAtOnceOnTheResult() throws Exception {
		long id = caseOf("psychologist");
		String location = mvc.perform(answers(id, "PHQ9", 1, 2, 1, 1, 0, 0, 1, 0, 1).with(as(users, "psychologist")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "instruments.recorded"))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/psychology/cases/" + id + "/questionnaires/\\d+");
		mvc.perform(get(location).param("lang", "fr").with(as(users, "psychologist")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"crisis\"")))
			.andExpect(content().string(containsString("astreinte a été alerté.")))
			.andExpect(content().string(containsString("7 / 27")))
			.andExpect(content().string(containsString("Légère")));
		long administration = Long.parseLong(location.replaceAll(".*/", ""));
		assertThat(jdbc.sql("select count(*) from psy_safety_alert where administration_id = ?").param(administration)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from sensitive_read where actor = 'psychologist' and record_type = "
				+ "'questionnaire' and record_id = ?").param(String.valueOf(id)).query(Long.class).single())
			.isPositive();
	}

	@Autowired
	QuestionnairePersonalData personalData;

	@Test
	void theOnCallSeesTheAlertOnTheHomePageAndTheMemberTheScoreInTheRightOfAccess() throws Exception {
		long id = jdbc.sql("select t.case_id from psy_care_team t join psy_case c on c.id = t.case_id "
				+ "where t.username = 'psychologist' and c.member_id is not null order by 1 limit 1").query(Long.class)
			.single();
		mvc.perform(answers(id, "PHQ9", 0, 0, 0, 0, 0, 0, 0, 0, 3).with(as(users, "psychologist")));
		mvc.perform(get("/").param("lang", "en").with(as(users, "psychologist2")))
			.andExpect(content().string(containsString("to handle at once")));
		mvc.perform(get("/").param("lang", "en").with(as(users, "psychologist")))
			.andExpect(content().string(not(containsString("to handle at once"))));
		long member = jdbc.sql("select member_id from psy_case where id = ?").param(id).query(Long.class).single();
		assertThat(personalData.recordsFor(member, null))
			.anySatisfy(r -> assertThat(r).containsEntry("psyQuestionnaire", "PHQ9 v1")
				.containsEntry("psyQuestionnaireScore", "3 / 27"));
	}

	@Test
	void aResultWithoutSafetyAnswerShowsNoCrisisGuidance() throws Exception {
		long id = caseOf("psychologist");
		String location = mvc.perform(answers(id, "GAD7", 3, 3, 3, 2, 2, 1, 1).with(as(users, "psychologist")))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).param("lang", "en").with(as(users, "psychologist")))
			.andExpect(content().string(not(containsString("id=\"crisis\""))))
			.andExpect(content().string(containsString("15 / 21")))
			.andExpect(content().string(containsString("Severe")));
	}

	@Test
	void incompleteAnswersGoBackToTheFormWithTheReason() throws Exception {
		long id = caseOf("psychologist");
		mvc.perform(answers(id, "PHQ9", 1, 1, 1).param("lang", "en").with(as(users, "psychologist")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "Answers : 9 answers are expected, 3 were given"));
	}

	@Test
	void theTrendFeedsTheChartPerInstrument() throws Exception {
		long id = caseOf("psychologist");
		mvc.perform(answers(id, "K10", 2, 2, 2, 2, 2, 2, 2, 2, 2, 2).with(as(users, "psychologist")));
		mvc.perform(get("/api/psychology/cases/" + id + "/questionnaires/trend").with(as(users, "psychologist")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.instrumentCode == 'K10')].points[0].total").value(20));
		mvc.perform(get("/psychology/cases/" + id + "/questionnaires").param("lang", "ar")
			.with(as(users, "psychologist")))
			.andExpect(content().string(containsString("data-trend-url=\"/api/psychology/cases/" + id)))
			.andExpect(content().string(containsString("/js/instruments-trend.js")));
	}

	@Test
	void onlyTheCareTeamAndTheLeadReachTheQuestionnaires() throws Exception {
		long id = caseOf("psychologist");
		RoleMatrix.check(mvc, users, () -> get("/psychology/cases/" + id + "/questionnaires"), "psychologist",
				"psylead");
		RoleMatrix.check(mvc, users, () -> get("/psychology/cases/" + id + "/questionnaires/new"), "psychologist",
				"psylead");
		RoleMatrix.check(mvc, users, () -> get("/api/psychology/cases/" + id + "/questionnaires/trend"),
				"psychologist", "psylead");
		RoleMatrix.passesSecurity(mvc, users, () -> answers(id, "PHQ9", 0), "psychologist", "psychologist2",
				"psylead");
		mvc.perform(answers(id, "PHQ9", 0, 0, 0, 0, 0, 0, 0, 0, 0).with(as(users, "psychologist2")))
			.andExpect(status().isNotFound());
	}
}
