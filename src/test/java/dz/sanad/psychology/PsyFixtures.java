package dz.sanad.psychology;

import dz.sanad.support.DemoUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the psychology tests do through the real pages: a member's self-referral, the lead's assignment, a note. */
final class PsyFixtures {

	final MockMvc mvc;

	final UserDetailsService users;

	final JdbcClient jdbc;

	PsyFixtures(MockMvc mvc, UserDetailsService users, JdbcClient jdbc) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
	}

	RequestPostProcessor as(String username) {
		return DemoUsers.as(users, username);
	}

	/** The demo member asks for a follow-up with these scopes; returns the new record's id. */
	long selfRefer(String... scopes) throws Exception {
		long before = jdbc.sql("select coalesce(max(id), 0) from psy_case").query(Long.class).single();
		var req = post("/psychology/my").with(as("member")).with(csrf()).param("message", "demande de suivi");
		for (String s : scopes) {
			req = req.param("scopes", s);
		}
		mvc.perform(req).andExpect(status().is3xxRedirection());
		return jdbc.sql("select max(id) from psy_case where id > ?").param(before).query(Long.class).single();
	}

	void assign(long caseId, String psychologist) throws Exception {
		mvc.perform(post("/psychology/cases/" + caseId + "/assign").with(as("psylead")).with(csrf())
				.param("psychologist", psychologist)).andExpect(status().is3xxRedirection());
	}

	void note(long caseId, String author, String kind, String body) throws Exception {
		mvc.perform(post("/psychology/cases/" + caseId + "/notes").with(as(author)).with(csrf()).param("kind", kind)
				.param("body", body)).andExpect(status().is3xxRedirection());
	}

	/** A followed record of the demo member, on {@code psychologist}'s care team. */
	long followedByPsychologist(String... scopes) throws Exception {
		long id = selfRefer(scopes);
		assign(id, "psychologist");
		return id;
	}
}
