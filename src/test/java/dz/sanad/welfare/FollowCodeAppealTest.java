package dz.sanad.welfare;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A pseudonymous submitter follows, appeals within the window and reopens through the follow-up code alone: the
 * concern stays without a member, and nothing the engine or the audit trail wrote for those steps names them.
 */
@IntegrationTest
class FollowCodeAppealTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor as(String username) {
		return DemoUsers.as(users, username);
	}

	String state(long id) {
		return jdbc.sql("select state from welfare_concern where id = ?").param(id).query(String.class).single();
	}

	@Test
	void theCodeAppealsAndReopensWithoutRevealingTheMember() throws Exception {
		String body = mvc.perform(post("/api/welfare/my").with(as("member")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"categoryCode":"WORK.SUPERIOR","subject":"شكوى","description":"d","pseudonymous":true}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String code = com.jayway.jsonpath.JsonPath.read(body, "$.followCode");
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.concern.id")).longValue();
		String handler = jdbc.sql("select assigned_to from welfare_concern where id = ?").param(id)
			.query(String.class).single();
		String base = "/welfare/follow/" + code;

		// before any decision, the appeal is refused with a translated reason
		mvc.perform(post(base + "/appeal").with(as("member")).with(csrf()).param("lang", "fr").param("body", "recours"))
			.andExpect(flash().attribute("error", "Ce dossier ne peut pas passer de « Attribuée » à « En recours »."));
		mvc.perform(post("/welfare/concerns/" + id + "/decide").with(as(handler)).with(csrf()).param("outcome", "REFUSED")
				.param("grounds", "non fondé").param("authority", "Chef de service"))
			.andExpect(flash().attribute("success", "welfare.decided"));
		mvc.perform(get(base).with(as("member")).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString(base + "/appeal")));
		mvc.perform(post(base + "/appeal").with(as("member")).with(csrf()).param("lang", "fr").param("body", " "))
			.andExpect(flash().attribute("error", "Message : Ce champ est obligatoire."));
		mvc.perform(post(base + "/appeal").with(as("member")).with(csrf()).param("body", "أطعن في القرار"))
			.andExpect(flash().attribute("success", "welfare.appealed"));
		assertThat(state(id)).isEqualTo("APPEALED");

		mvc.perform(post("/welfare/concerns/" + id + "/decide").with(as(handler)).with(csrf()).param("outcome", "GRANTED")
				.param("grounds", "après recours").param("authority", "Chef de service"))
			.andExpect(flash().attribute("success", "welfare.decided"));
		mvc.perform(post("/welfare/concerns/" + id + "/close").with(as(handler)).with(csrf()))
			.andExpect(flash().attribute("success", "welfare.closed"));
		mvc.perform(get(base).with(as("member"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(base + "/reopen")));
		mvc.perform(post(base + "/reopen").with(as("member")).with(csrf()).param("body", "لم ينفذ القرار"))
			.andExpect(flash().attribute("success", "welfare.reopened"));
		assertThat(state(id)).isEqualTo("REOPENED");

		assertThat(jdbc.sql("select member_id from welfare_concern where id = ?").param(id).query(Long.class)
			.optional()).as("still pseudonymous").isEmpty();
		assertThat(jdbc.sql("""
				select distinct actor from case_transition where case_type = 'welfare-concern' and case_id = ?
				and to_state in ('APPEALED', 'REOPENED')""").param(id).query(String.class).list())
			.as("the member's steps are recorded without their name").containsOnly("system");
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where entity_id = ? and entity_type like 'welfare%' and actor = 'member'""")
			.param(String.valueOf(id)).query(Long.class).single()).isZero();
		// a wrong code leads nowhere
		mvc.perform(post("/welfare/follow/NOPE2345/appeal").with(as("member")).with(csrf()).param("body", "x"))
			.andExpect(status().isNotFound());
	}
}
