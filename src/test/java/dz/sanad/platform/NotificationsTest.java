package dz.sanad.platform;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A decision mailed to a member also lands in their in-app inbox, in their language, with an unread count in the
 * header; opening it marks it read and leads to the page it is about; nobody else can open it.
 */
@IntegrationTest
class NotificationsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRefusedCorrectionReachesTheMembersInbox() throws Exception {
		var member = DemoUsers.as(users, "member");
		var officer = DemoUsers.as(users, "wilaya16");
		mvc.perform(post("/api/notifications/read-all").with(member).with(csrf())).andExpect(status().isOk());
		mvc.perform(get("/").with(member).param("lang", "fr"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"unread-count\""))));

		String body = mvc.perform(post("/api/people/me/corrections").with(member).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"PHONE\",\"requestedValue\":\"0770 11 22 33\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
		mvc.perform(post("/api/people/corrections/" + id + "/refuse").with(officer).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"numéro non vérifié\"}"))
			.andExpect(status().isOk());

		// the header badge, the inbox in French and in Arabic, the API
		mvc.perform(get("/").with(member).param("lang", "fr"))
			.andExpect(content().string(containsString("id=\"unread-count\"")));
		mvc.perform(get("/notifications").with(member).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Votre demande de correction « Téléphone » est refusée : numéro non vérifié")));
		mvc.perform(get("/notifications").with(member).param("lang", "ar")).andExpect(status().isOk())
			.andExpect(content().string(containsString("رُفض طلب تصحيح")));
		mvc.perform(get("/api/notifications").with(member).param("lang", "fr").param("unread", "true"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.unread").value(greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.content[0].text").value(containsString("refusée")));
		mvc.perform(get("/notifications/export").with(member).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

		long n = jdbc.sql("select id from platform_notification where member_id = (select member_id from access_account "
				+ "where username = 'member') order by id desc limit 1").query(Long.class).single();
		// someone else's notification reads like one that does not exist, and stays unread
		mvc.perform(get("/notifications/" + n).with(officer)).andExpect(status().isNotFound());
		mvc.perform(post("/api/notifications/" + n + "/read").with(DemoUsers.as(users, "head")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select read_at is null from platform_notification where id = ?").param(n)
			.query(Boolean.class).single()).isTrue();
		// its owner opens it: read, and on to the page it is about
		mvc.perform(get("/notifications/" + n).with(member)).andExpect(redirectedUrl("/people/me"));
		assertThat(jdbc.sql("select read_at is not null from platform_notification where id = ?").param(n)
			.query(Boolean.class).single()).isTrue();
		mvc.perform(get("/api/notifications").with(member).param("unread", "true"))
			.andExpect(jsonPath("$.unread").value(0));
		// anonymous callers have no inbox
		mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized());
	}
}
