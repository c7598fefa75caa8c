package dz.sanad.welfare;

import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Links from a concern to the records it is about: the member links their own holiday application, never another
 * member's; the handler then sees it with its status and a link to it; a reader whose scope does not reach the
 * record (an officer of another wilaya) gets it counted as hidden, never shown; a pseudonymous concern takes no link.
 */
@IntegrationTest
class WelfareLinksTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConcernLinks links;

	RequestPostProcessor as(String username) {
		return DemoUsers.as(users, username);
	}

	long submit(boolean pseudonymous) throws Exception {
		String body = mvc.perform(post("/api/welfare/my").with(as("member")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"categoryCode":"HOLIDAYS","subject":"camp","description":"d","pseudonymous":%s}"""
					.formatted(pseudonymous)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.concern.id")).longValue();
	}

	@Test
	void aLinkedRecordIsShownOnlyToReadersWhoseScopeReachesIt() throws Exception {
		long karim = jdbc.sql("select id from people_member where matricule = 'M-16-0001'").query(Long.class).single();
		long own = jdbc.sql("select id from holiday_application where member_id = ? order by id limit 1").param(karim)
			.query(Long.class).single();
		long someoneElses = jdbc.sql("select id from holiday_application where member_id <> ? order by id limit 1")
			.param(karim).query(Long.class).single();
		long id = submit(false);
		String link = "/welfare/my/" + id + "/links";

		mvc.perform(post(link).with(as("member")).with(csrf()).param("lang", "fr")
				.param("kind", "HOLIDAY_APPLICATION").param("recordId", String.valueOf(someoneElses)))
			.andExpect(flash().attribute("error", "Numéro du dossier : Aucun dossier de ce numéro, concernant "
					+ "l’auteur de la préoccupation, dans votre périmètre."));
		mvc.perform(post(link).with(as("member")).with(csrf()).param("lang", "ar").param("kind", "HOLIDAY_APPLICATION"))
			.andExpect(flash().attribute("error",
					"رقم الملف : لا يوجد ملف بهذا الرقم يخص صاحب الانشغال ضمن صلاحياتك."));
		mvc.perform(post(link).with(as("member")).with(csrf()).param("kind", "HOLIDAY_APPLICATION")
				.param("recordId", String.valueOf(own)))
			.andExpect(flash().attribute("success", "welfare.link.added"));
		mvc.perform(post(link).with(as("member")).with(csrf()).param("lang", "fr").param("kind", "HOLIDAY_APPLICATION")
				.param("recordId", String.valueOf(own)))
			.andExpect(flash().attribute("error", "Numéro du dossier : Ce dossier est déjà lié à la préoccupation."));
		mvc.perform(get("/welfare/my/" + id).with(as("member")).param("lang", "fr"))
			.andExpect(content().string(containsString("Candidature n° " + own)));
		// the right of access lists the concern and what it is linked to
		String reference = jdbc.sql("select reference from welfare_concern where id = ?").param(id)
			.query(String.class).single();
		mvc.perform(get("/api/people/me/access").with(as("member")).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Préoccupations professionnelles et sociales")))
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("HOLIDAY_APPLICATION " + own)));

		String officer = jdbc.sql("select assigned_to from welfare_concern where id = ?").param(id)
			.query(String.class).single();
		mvc.perform(get("/welfare/concerns/" + id).with(as(officer)).param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/holidays/applications/" + own)))
			.andExpect(content().string(not(containsString("id=\"links-hidden\""))));

		// the same concern read by an officer whose scope does not reach the application: counted, never shown
		long oranUnit = jdbc.sql("select id from organisation_unit where code = 'SW-31'").query(Long.class).single();
		SanadUser oran = new SanadUser(987656L, "officer.oran2", null, "x", Role.WILAYA_OFFICER, oranUnit, null, true,
				false);
		ConcernLinks.View seen = links.of(oran, id);
		assertThat(seen.shown()).isEmpty();
		assertThat(seen.hidden()).isEqualTo(1);
		// and that officer cannot open the concern itself, nor link to it
		mvc.perform(get("/welfare/concerns/" + id).with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.user(oran))).andExpect(status().isNotFound());
		mvc.perform(post("/welfare/concerns/" + id + "/links").with(org.springframework.security.test.web.servlet
			.request.SecurityMockMvcRequestPostProcessors.user(oran)).with(csrf()).param("kind", "HOLIDAY_APPLICATION")
				.param("recordId", String.valueOf(own)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPseudonymousConcernTakesNoLink() throws Exception {
		long id = submit(true);
		String officer = jdbc.sql("select assigned_to from welfare_concern where id = ?").param(id)
			.query(String.class).single();
		long any = jdbc.sql("select id from holiday_application order by id limit 1").query(Long.class).single();
		mvc.perform(post("/welfare/concerns/" + id + "/links").with(as(officer)).with(csrf()).param("lang", "fr")
				.param("kind", "HOLIDAY_APPLICATION").param("recordId", String.valueOf(any)))
			.andExpect(flash().attribute("error", "Une préoccupation sous pseudonyme ne peut être liée à un dossier : "
					+ "cela révélerait son auteur."));
		assertThat(jdbc.sql("select count(*) from welfare_link where concern_id = ?").param(id).query(Long.class)
			.single()).isZero();
	}
}
