package dz.sanad.people;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Matricules, phones and NINs are isolated left-to-right values (fragments/ltr :: v) on Arabic lists and records. */
@IntegrationTest
class LtrValuesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListIsolatesEachMatricule() throws Exception {
		mvc.perform(get("/people/members").with(DemoUsers.as(users, "wilaya16")).param("lang", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<bdi dir=\"ltr\" class=\"ltr\">M-16-0001</bdi>")))
			// the cell itself keeps the page's direction, so the value sits on the same edge as the others
			.andExpect(content().string(not(containsString("dir=\"ltr\">M-16-0001</a>"))));
	}

	@Test
	void theRecordIsolatesMatriculeAndPhone() throws Exception {
		var row = jdbc.sql("select id, phone from people_member where matricule = 'M-16-0001'").query().singleRow();
		mvc.perform(get("/people/members/" + row.get("id")).with(DemoUsers.as(users, "wilaya16")).param("lang", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<bdi dir=\"ltr\" class=\"ltr\">M-16-0001</bdi>")))
			.andExpect(content().string(containsString("<bdi dir=\"ltr\" class=\"ltr\">" + row.get("phone") + "</bdi>")));
	}
}
