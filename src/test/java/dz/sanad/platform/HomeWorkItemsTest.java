package dz.sanad.platform;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** (Demo accounts prefer Arabic, so the Arabic bundle is asserted.) The home page lists the work waiting for the role, and says so plainly to roles with no module yet. */
@IntegrationTest
class HomeWorkItemsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theClinicalRolesReachTheirModuleFromHome() throws Exception {
		for (String[] u : new String[][] { { "psychologist", "/psychology" }, { "psylead", "/psychology" },
				{ "health", "/health" }, { "physician", "/health" } }) {
			mvc.perform(get("/").with(DemoUsers.as(users, u[0])))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"" + u[1])));
		}
	}

	@Test
	void wilayaOfficerSeesPendingCorrectionsLinkingToTheQueue() throws Exception {
		mvc.perform(post("/people/me/corrections").with(DemoUsers.as(users, "member")).with(csrf())
				.param("field", "PHONE").param("requestedValue", "0661 55 66 77").param("comment", "home"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/").with(DemoUsers.as(users, "wilaya16")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("طلبات التصحيح بانتظار قراركم: ")))
			.andExpect(content().string(containsString("/people/corrections?status=PENDING")));
	}

	@Test
	void memberSeesNoOfficerWork() throws Exception {
		mvc.perform(get("/").with(DemoUsers.as(users, "member")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("طلبات التصحيح بانتظار قراركم"))));
	}

	@Test
	void ministryHeadDirectorateAndMemberSeeTheirWork() throws Exception {
		// a pending nomination, a waiting registration, an appeal and a place to confirm exist in the demo or are made so
		long pending = jdbc.sql("select count(*) from training_nomination where status = 'PENDING'").query(Long.class).single();
		org.assertj.core.api.Assertions.assertThat(pending).as("demo pending nominations").isPositive();
		{
			mvc.perform(get("/").with(DemoUsers.as(users, "ministry")).param("lang", "fr"))
				.andExpect(content().string(containsString(pending + (pending == 1 ? " désignation attend" : " désignations attendent"))))
				.andExpect(content().string(containsString("/training/sessions?state=OPEN")));
		}
		long karim = jdbc.sql("select member_id from access_account where username = 'member'").query(Long.class).single();
		Long app = jdbc.sql("select a.id from holiday_application a join people_family_member f on f.id = a.child_id "
				+ "where a.member_id = ? and f.first_name_lat = 'Yacine' order by a.id desc limit 1").param(karim)
			.query(Long.class).optional().orElse(null);
		org.assertj.core.api.Assertions.assertThat(app).as("a camp application for Yacine").isNotNull();
		var before = jdbc.sql("select status, confirm_by, appeal_status, appeal_text from holiday_application where id = ?")
			.param(app).query().singleRow();
		try {
			jdbc.sql("update holiday_application set status = 'PLACED', confirm_by = date '2027-07-09', "
					+ "appeal_status = 'PENDING', appeal_text = 'home page test' where id = ?").param(app).update();
			mvc.perform(get("/").with(DemoUsers.as(users, "member")).param("lang", "fr"))
				.andExpect(content().string(containsString("Confirmez la place de Yacine avant le 09/07/2027")))
				.andExpect(content().string(containsString("/holidays/applications/" + app)));
			mvc.perform(get("/").with(DemoUsers.as(users, "member")).param("lang", "ar"))
				.andExpect(content().string(containsString("أكّدوا مكان ياسين قبل")));
			mvc.perform(get("/").with(DemoUsers.as(users, "dgsn")).param("lang", "fr"))
				.andExpect(content().string(org.hamcrest.Matchers.anyOf(containsString("attend une réponse"),
					containsString("attendent une réponse"))))
				.andExpect(content().string(containsString("/holidays/applications?appeal=true")));
		}
		finally {
			// the shared demo data stays as other tests expect it
			jdbc.sql("update holiday_application set status = ?, confirm_by = ?, appeal_status = ?, appeal_text = ? where id = ?")
				.params(before.get("status"), before.get("confirm_by"), before.get("appeal_status"), before.get("appeal_text"), app)
				.update();
		}
		long waiting = jdbc.sql("select count(*) from activities_registration r join organisation_unit u on u.id = r.unit_id "
				+ "where r.status = 'WAITING' and u.code = 'CCL-16-1'").query(Long.class).single();
		org.assertj.core.api.Assertions.assertThat(waiting).as("waiting registrations at CCL-16-1").isPositive();
		{
			mvc.perform(get("/").with(DemoUsers.as(users, "head")).param("lang", "fr"))
				.andExpect(content().string(containsString(waiting + (waiting == 1 ? " personne sur" : " personnes sur"))));
		}
		// officers' work is not shown to the member
		mvc.perform(get("/").with(DemoUsers.as(users, "member")).param("lang", "fr"))
			.andExpect(content().string(not(containsString("désignations attendent"))));
	}

	@Test
	void theMemberIsGreetedByNameAndStaffInTheirLanguage() throws Exception {
		mvc.perform(get("/").with(DemoUsers.as(users, "member")).param("lang", "ar"))
			.andExpect(content().string(containsString("مرحباً، كريم بن علي")));
		mvc.perform(get("/").with(DemoUsers.as(users, "member")).param("lang", "fr"))
			.andExpect(content().string(containsString("Bienvenue, Karim BENALI")));
		mvc.perform(get("/").with(DemoUsers.as(users, "dgsn")).param("lang", "fr"))
			.andExpect(content().string(containsString("Bienvenue, Direction sociale DGSN")))
			.andExpect(content().string(not(containsString("Bienvenue, المديرية"))));
	}
}
