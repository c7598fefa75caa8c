package dz.sanad.people;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Create, edit, deactivate members and manage families, by page and API, with the rules and the audit trail. */
@IntegrationTest
class MemberAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	long audits(String type, String action) {
		return jdbc.sql("select count(*) from audit_entry where entity_type = ? and action = ?").params(type, action)
			.query(Long.class).single();
	}

	long cclId() {
		return jdbc.sql("select id from organisation_unit where code = 'CCL-16-1'").query(Long.class).single();
	}

	@Test
	void createViewEditDeactivateByPageAudited() throws Exception {
		var as = DemoUsers.as(users, "wilaya16");
		long created = audits("member", "CREATE");
		mvc.perform(post("/people/members/new").with(as).with(csrf()).param("matricule", "T-16-0100")
				.param("nin", "119900160000000100").param("firstNameAr", "سمير").param("lastNameAr", "حداد")
				.param("firstNameLat", "Samir").param("lastNameLat", "Haddad").param("sex", "M")
				.param("birthDate", "1990-04-02").param("grade", "AGENT").param("function", "EDUCATOR")
				.param("unitId", String.valueOf(cclId())).param("wilayaCode", "16").param("phone", "0550 12 34 99"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/people/members/*"));
		long id = jdbc.sql("select id from people_member where matricule = 'T-16-0100'").query(Long.class).single();
		assertThat(jdbc.sql("select phone from people_member where id = ?").param(id).query(String.class).single())
			.isEqualTo("+213550123499");
		assertThat(audits("member", "CREATE")).isEqualTo(created + 1);
		mvc.perform(get("/people/members/" + id).with(as).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Samir HADDAD")));
		mvc.perform(get("/people/members/" + id).with(as).param("lang", "ar")).andExpect(status().isOk())
			.andExpect(content().string(containsString("سمير حداد")));
		mvc.perform(get("/people/members/" + id + "/edit").with(as)).andExpect(status().isOk());
		// the head of the cultural centre now sees the new educator, but may not edit
		mvc.perform(get("/people/members/" + id).with(DemoUsers.as(users, "head"))).andExpect(status().isOk());
		mvc.perform(post("/people/members/" + id + "/edit").with(as).with(csrf()).param("matricule", "T-16-0100")
				.param("firstNameAr", "سمير").param("lastNameAr", "حداد").param("sex", "M").param("wilayaCode", "16")
				.param("phone", "0550 12 34 98"))
			.andExpect(status().is3xxRedirection());
		assertThat(audits("member", "UPDATE")).isPositive();
		mvc.perform(post("/people/members/" + id + "/deactivate").with(as).with(csrf()).param("status", "RETIRED"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from people_member where id = ?").param(id).query(String.class).single())
			.isEqualTo("RETIRED");
		assertThat(audits("member", "DEACTIVATE")).isPositive();
	}

	@Test
	void badInputNamesTheFieldAndWritesNothing() throws Exception {
		var as = DemoUsers.as(users, "dgsn");
		mvc.perform(post("/people/members/new").with(as).with(csrf()).param("lang", "fr").param("matricule", "T-1-1")
				.param("nin", "12345").param("firstNameAr", "سمير").param("lastNameAr", "حداد").param("sex", "M")
				.param("wilayaCode", "16"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("18 chiffres")));
		mvc.perform(post("/api/people/members").with(as).with(csrf()).param("lang", "ar")
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"matricule":"T-1-2","firstNameAr":"سمير","lastNameAr":"حداد","sex":"M","wilayaCode":"16","phone":"12"}"""))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("phone"));
		mvc.perform(post("/api/people/members").with(as).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"matricule":"M-16-0001","firstNameAr":"سمير","lastNameAr":"حداد","sex":"M","wilayaCode":"16"}"""))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("matricule"));
		assertThat(jdbc.sql("select count(*) from people_member where matricule like 'T-1-%'").query(Long.class)
			.single()).isZero();
	}

	@Test
	void wilayaOfficerCannotCreateOrMoveMembersOutsideItsWilaya() throws Exception {
		var as = DemoUsers.as(users, "wilaya16");
		mvc.perform(post("/api/people/members").with(as).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"matricule":"T-31-0001","firstNameAr":"سمير","lastNameAr":"حداد","sex":"M","wilayaCode":"31"}"""))
			.andExpect(status().isForbidden());
		long karim = jdbc.sql("select id from people_member where matricule = 'M-16-0001'").query(Long.class).single();
		mvc.perform(put("/api/people/members/" + karim).with(as).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"matricule":"M-16-0001","firstNameAr":"كريم","lastNameAr":"بن علي","sex":"M","wilayaCode":"31"}"""))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select wilaya_code from people_member where id = ?").param(karim).query(String.class)
			.single()).isEqualTo("16");
	}

	@Test
	void deactivationIsAStateMachine() throws Exception {
		var as = DemoUsers.as(users, "dgsn");
		String body = mvc.perform(post("/api/people/members").with(as).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"matricule":"T-25-0001","firstNameAr":"عمر","lastNameAr":"مزيان","sex":"M","wilayaCode":"25","birthDate":"1980-01-01"}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
		String child = mvc.perform(post("/api/people/members/" + id + "/family").with(as).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"relation":"CHILD","firstNameAr":"ياسين","lastNameAr":"مزيان","sex":"M","birthDate":"2015-06-01","schoolLevel":"PRIMARY"}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long childId = ((Number) com.jayway.jsonpath.JsonPath.read(child, "$.id")).longValue();
		mvc.perform(post("/api/people/members/" + id + "/deactivate").with(as).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DECEASED\",\"diedOnDuty\":true}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.martyr").value(true));
		// the children keep their rights as children of a martyr
		mvc.perform(get("/api/people/family/" + childId).with(as)).andExpect(jsonPath("$.martyrChild").value(true));
		mvc.perform(post("/api/people/members/" + id + "/deactivate").with(as).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"RETIRED\"}").param("lang", "fr"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(containsString("en activité")));
		mvc.perform(post("/api/people/members/" + id + "/reactivate").with(as).with(csrf()))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value("member.error.deceased"));
	}

	@Test
	void familyCrudByPageAndApi() throws Exception {
		var as = DemoUsers.as(users, "wilaya16");
		long karim = jdbc.sql("select id from people_member where matricule = 'M-16-0001'").query(Long.class).single();
		mvc.perform(get("/people/members/" + karim + "/family/new").with(as)).andExpect(status().isOk());
		mvc.perform(post("/people/members/" + karim + "/family/new").with(as).with(csrf()).param("relation", "PARENT")
				.param("firstNameAr", "زهرة").param("lastNameAr", "بن علي").param("sex", "F")
				.param("birthDate", "1955-02-03"))
			.andExpect(status().is3xxRedirection());
		long parent = jdbc.sql("select id from people_family_member where member_id = ? and relation = 'PARENT'")
			.param(karim).query(Long.class).single();
		// the same person twice is refused
		mvc.perform(post("/people/members/" + karim + "/family/new").with(as).with(csrf()).param("relation", "PARENT")
				.param("firstNameAr", "زهرة").param("lastNameAr", "بن علي").param("sex", "F")
				.param("birthDate", "1955-02-03").param("lang", "fr"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("figure déjà")));
		// a child needs a birth date; a spouse has no school level
		mvc.perform(post("/api/people/members/" + karim + "/family").with(as).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"relation":"CHILD","firstNameAr":"سارة","lastNameAr":"بن علي","sex":"F"}"""))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("birthDate"));
		mvc.perform(put("/api/people/family/" + parent).with(as).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"relation":"PARENT","firstNameAr":"زهرة","lastNameAr":"بن علي","sex":"F","birthDate":"1955-02-03","disability":true}"""))
			.andExpect(status().isOk()).andExpect(jsonPath("$.disability").value(true));
		mvc.perform(delete("/api/people/family/" + parent).with(as).with(csrf())).andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(delete("/api/people/family/" + parent).with(as).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		assertThat(audits("family-member", "DEACTIVATE")).isPositive();
		// the head of an establishment cannot touch it
		mvc.perform(put("/api/people/family/" + parent).with(DemoUsers.as(users, "head")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFamilyFormReportsEveryErrorAtOnceNextToItsFieldAndWritesNothing() throws Exception {
		var as = DemoUsers.as(users, "wilaya16");
		long karim = jdbc.sql("select id from people_member where matricule = 'M-16-0001'").query(Long.class).single();
		long before = jdbc.sql("select count(*) from people_family_member where member_id = ?").param(karim)
			.query(Long.class).single();
		String page = mvc.perform(post("/people/members/" + karim + "/family/new").with(as).with(csrf())
				.param("relation", "CHILD").param("firstNameAr", "س".repeat(180)).param("lastNameAr", "بن علي")
				.param("firstNameLat", "سارة").param("sex", "F").param("lang", "fr"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// a field check (too long), a script rule and a household rule, all on one answer, each by its field
		assertThat(page).contains("100 caractères au plus").contains("En lettres latines seulement")
			.contains("La date de naissance d’un enfant est obligatoire").doesNotContain("between 0 and 100")
			.contains("id=\"firstNameLat-error\"");
		// the same through the API: every error listed
		mvc.perform(post("/api/people/members/" + karim + "/family").with(as).with(csrf()).param("lang", "fr")
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"relation":"CHILD","firstNameAr":"سارة","lastNameAr":"بن علي","firstNameLat":"سارة","sex":"F"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("birthDate", "firstNameLat")));
		assertThat(jdbc.sql("select count(*) from people_family_member where member_id = ?").param(karim)
			.query(Long.class).single()).isEqualTo(before);
	}
}
