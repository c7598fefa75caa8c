package dz.sanad.welfare;

import dz.sanad.audit.AuditSearch;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reference data and routing administration: the list of grounds (the directorate's, bilingual, cited by a
 * decision and shown with it), and the routing page (the directorate for every wilaya, the head of a wilaya's social
 * service for their own, nobody else; a head cannot appoint heads; every change audited). Refusals are translated,
 * naming their field, in French and Arabic.
 */
@IntegrationTest
class WelfareAdministrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditSearch audit;

	RequestPostProcessor as(String username) {
		return DemoUsers.as(users, username);
	}

	long submit(String category, String subject) throws Exception {
		String body = mvc.perform(post("/api/welfare/my").with(as("member")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(
						"{\"categoryCode\":\"" + category + "\",\"subject\":\"" + subject + "\",\"description\":\"d\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.concern.id")).longValue();
	}

	@Test
	void theDirectorateMaintainsTheGroundsAndADecisionCitesThem() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/welfare/grounds"), "dgsn");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/welfare/grounds").with(csrf()), "dgsn");
		mvc.perform(post("/welfare/grounds").with(as("dgsn")).with(csrf()).param("code", "seniority")
				.param("nameAr", "الأقدمية في الخدمة").param("nameFr", "Ancienneté de service")
				.param("nameEn", "Seniority"))
			.andExpect(flash().attribute("success", "welfare.ground.saved"));
		mvc.perform(get("/welfare/grounds").with(as("dgsn")).param("lang", "fr"))
			.andExpect(content().string(containsString("Ancienneté de service")));
		assertThat(audit.forRecord("welfare-ground", "SENIORITY")).isNotEmpty();
		mvc.perform(post("/welfare/grounds").with(as("dgsn")).with(csrf()).param("lang", "fr").param("code", "9x")
				.param("nameAr", "x").param("nameFr", "x").param("nameEn", "x"))
			.andExpect(flash().attribute("error",
					"Code : Un code de 2 à 40 majuscules, chiffres ou soulignés, commençant par une lettre."));
		mvc.perform(post("/welfare/grounds").with(as("dgsn")).with(csrf()).param("lang", "ar").param("code", "SENIORITY")
				.param("nameAr", "x").param("nameFr", "x").param("nameEn", "x"))
			.andExpect(flash().attribute("error", "الرمز : الرمز SENIORITY مستعمل من قبل."));
		mvc.perform(post("/welfare/grounds/SENIORITY").with(as("dgsn")).with(csrf()).param("lang", "fr")
				.param("nameAr", "الأقدمية").param("nameFr", " ").param("nameEn", "Seniority"))
			.andExpect(flash().attribute("error", "Nom en français : Ce champ est obligatoire."));

		long id = submit("HOUSING.SOCIAL", "grounds");
		String officer = jdbc.sql("select assigned_to from welfare_concern where id = ?").param(id)
			.query(String.class).single();
		mvc.perform(post("/api/welfare/concerns/" + id + "/decide").with(as(officer)).with(csrf()).param("lang", "fr")
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"outcome":"GRANTED","grounds":"Dossier complet","authority":"Service social",
						 "groundCodes":["NOPE"]}"""))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Choisissez un motif de la liste.")));
		mvc.perform(post("/welfare/concerns/" + id + "/decide").with(as(officer)).with(csrf())
				.param("outcome", "GRANTED").param("grounds", "Dossier complet").param("authority", "Service social")
				.param("groundCodes", "SENIORITY", "CONDITIONS_MET"))
			.andExpect(flash().attribute("success", "welfare.decided"));
		assertThat(jdbc.sql("select ground_code from welfare_decision_ground where concern_id = ? order by 1")
			.param(id).query(String.class).list()).containsExactly("CONDITIONS_MET", "SENIORITY");
		mvc.perform(get("/welfare/concerns/" + id).with(as(officer)).param("lang", "fr"))
			.andExpect(content().string(containsString("Ancienneté de service")))
			.andExpect(content().string(containsString("La demande remplit les conditions")));
		// withdrawn: no longer offered, still shown on the decision that cited it
		mvc.perform(post("/welfare/grounds/SENIORITY/active").with(as("dgsn")).with(csrf()).param("active", "false"))
			.andExpect(flash().attribute("success", "welfare.ground.saved"));
		mvc.perform(get("/welfare/my/" + id).with(as("member")).param("lang", "fr"))
			.andExpect(content().string(containsString("Ancienneté de service")))
			.andExpect(content().string(not(containsString("id=\"ground-SENIORITY\""))));
	}

	@Test
	void routingIsTheDirectoratesAndTheWilayaHeadsAndEveryChangeIsAudited() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/welfare/routing"), "dgsn");
		mvc.perform(get("/welfare/routing").with(as("social16")).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("wilaya16b")))
			.andExpect(content().string(containsString("À 75 % du délai : chef du service social de wilaya")));
		mvc.perform(get("/welfare/routing").with(as("wilaya16b"))).andExpect(status().isForbidden());
		mvc.perform(get("/welfare/concerns").with(as("social16"))).andExpect(content().string(containsString("id=\"routing-link\"")));
		mvc.perform(get("/welfare/concerns").with(as("wilaya16b")))
			.andExpect(content().string(not(containsString("id=\"routing-link\""))));

		// the head sends training concerns to the second officer
		mvc.perform(post("/welfare/routing/rules").with(as("social16")).with(csrf()).param("wilaya", "16")
				.param("categoryCode", "TRAINING").param("username", "wilaya16b"))
			.andExpect(flash().attribute("success", "welfare.routing.saved"));
		assertThat(audit.forRecord("welfare-route", "16/TRAINING")).isNotEmpty();
		long id = submit("TRAINING", "routing");
		assertThat(jdbc.sql("select assigned_to from welfare_concern where id = ?").param(id).query(String.class)
			.single()).as("routed by the new rule").isEqualTo("wilaya16b");

		// a head cannot appoint a head, nor route to someone outside the wilaya's handlers
		mvc.perform(post("/welfare/routing/handlers").with(as("social16")).with(csrf()).param("lang", "fr")
				.param("wilaya", "16").param("username", "wilaya16").param("level", "HEAD"))
			.andExpect(flash().attribute("error",
					"Niveau : Nommer ou retirer un chef de service revient à la direction centrale."));
		mvc.perform(post("/welfare/routing/rules").with(as("social16")).with(csrf()).param("lang", "ar")
				.param("wilaya", "16").param("categoryCode", "TRAINING").param("username", "head"))
			.andExpect(flash().attribute("error", "الحساب : اختر مكلفًا من المصلحة الاجتماعية لهذه الولاية."));
		// an account that is not an Algiers officer cannot become a handler; a busy one cannot be removed
		mvc.perform(post("/welfare/routing/handlers").with(as("dgsn")).with(csrf()).param("lang", "fr")
				.param("wilaya", "16").param("username", "member").param("level", "OFFICER"))
			.andExpect(flash().attribute("error", "Compte : Ce doit être le compte d’un cadre de la wilaya 16."));
		mvc.perform(post("/welfare/routing/handlers/remove").with(as("dgsn")).with(csrf()).param("lang", "fr")
				.param("wilaya", "16").param("username", "wilaya16b"))
			.andExpect(flash().attribute("error", containsString("réaffectez-les d’abord")));

		// the head of Algiers administers Algiers whatever wilaya is asked; another wilaya's officer reaches nothing
		mvc.perform(post("/welfare/routing/rules/remove").with(as("social16")).with(csrf()).param("wilaya", "31")
				.param("categoryCode", "TRAINING"))
			.andExpect(flash().attribute("success", "welfare.routing.saved"));
		assertThat(jdbc.sql("select count(*) from welfare_route where category_code = 'TRAINING' and wilaya_code = '16'")
			.query(Long.class).single()).isZero();
		long unit = jdbc.sql("select id from organisation_unit where code = 'SW-31'").query(Long.class).single();
		var oran = user(new SanadUser(987655L, "officer.oran", null, "x", Role.WILAYA_OFFICER, unit, null, true, false));
		mvc.perform(get("/welfare/routing").with(oran).param("wilaya", "16")).andExpect(status().isForbidden());
		mvc.perform(get("/welfare/routing").with(as("dgsn")).param("wilaya", "31").param("lang", "fr"))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("wilaya16b"))));
	}

	@Test
	void theNewActionsPassSecurityOnlyForTheirRoles() throws Exception {
		RoleMatrix.passesSecurity(mvc, users, () -> post("/welfare/concerns/999999999/links").with(csrf()),
				"wilaya16", "dgsn");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/welfare/concerns/999999999/breach").with(csrf()),
				"wilaya16", "dgsn");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/welfare/my/999999999/links").with(csrf()), "member");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/welfare/follow/NOPE2345/appeal").with(csrf()), "member");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/welfare/follow/NOPE2345/reopen").with(csrf()), "member");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/welfare/routing/rules").param("wilaya", "16").with(csrf()),
				"dgsn");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/welfare/grounds/NOPE").with(csrf()), "dgsn");
	}
}
