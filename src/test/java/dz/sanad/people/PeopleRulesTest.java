package dz.sanad.people;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every people page and API family against the 12 demo users, and the wilaya / establishment scopes. */
@IntegrationTest
class PeopleRulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	long idOf(String matricule) {
		return jdbc.sql("select id from people_member where matricule = ?").param(matricule).query(Long.class).single();
	}

	/** A member of the given wilaya who is not assigned to an establishment. */
	long someMemberOfWilaya(String wilaya) {
		return jdbc.sql("""
				select m.id from people_member m join organisation_unit u on u.id = m.unit_id
				where m.wilaya_code = ? and u.code like 'SW-%' order by m.id limit 1""").param(wilaya)
			.query(Long.class).single();
	}

	long staffOf(String unitCode) {
		return jdbc.sql("select m.id from people_member m join organisation_unit u on u.id = m.unit_id where u.code = ? order by m.id limit 1")
			.param(unitCode).query(Long.class).single();
	}

	@Test
	void searchPagesAndApi() throws Exception {
		String[] viewers = { "dgsn", "wilaya16", "head", "dpo" };
		RoleMatrix.check(mvc, users, () -> get("/people/members"), viewers);
		RoleMatrix.check(mvc, users, () -> get("/people/members/export"), viewers);
		RoleMatrix.check(mvc, users, () -> get("/api/people/members"), viewers);
	}

	@Test
	void memberPageAndApiForViewersInScope() throws Exception {
		long karim = idOf("M-16-0001"); // Algiers, at the wilaya service: not the head's staff, so the head is refused
		RoleMatrix.check(mvc, users, () -> get("/people/members/" + karim), "dgsn", "wilaya16", "dpo");
		RoleMatrix.check(mvc, users, () -> get("/api/people/members/" + karim), "dgsn", "wilaya16", "dpo");
	}

	@Test
	void editingIsForTheSocialServices() throws Exception {
		long karim = idOf("M-16-0001");
		RoleMatrix.check(mvc, users, () -> get("/people/members/new"), "dgsn", "wilaya16");
		RoleMatrix.check(mvc, users, () -> get("/people/members/" + karim + "/edit"), "dgsn", "wilaya16");
		RoleMatrix.check(mvc, users, () -> get("/people/members/" + karim + "/family/new"), "dgsn", "wilaya16");
		RoleMatrix.check(mvc, users, () -> get("/people/corrections"), "dgsn", "wilaya16");
		RoleMatrix.check(mvc, users, () -> get("/people/corrections/export"), "dgsn", "wilaya16");
		RoleMatrix.check(mvc, users, () -> get("/api/people/corrections"), "dgsn", "wilaya16");
	}

	@Test
	void importsAreForTheDgsnSocialDirectorate() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/people/imports"), "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/people/imports/template.xlsx"), "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/people/imports/export"), "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/api/people/imports"), "dgsn");
	}

	@Test
	void rightOfAccessIsForTheDpoAndTheMemberThemself() throws Exception {
		long karim = idOf("M-16-0001");
		RoleMatrix.check(mvc, users, () -> get("/people/members/" + karim + "/access.json"), "dpo");
		RoleMatrix.check(mvc, users, () -> get("/api/people/members/" + karim + "/access"), "dpo");
		RoleMatrix.check(mvc, users, () -> get("/people/me"), "member");
		RoleMatrix.check(mvc, users, () -> get("/people/me/access.json"), "member");
		RoleMatrix.check(mvc, users, () -> get("/api/people/me"), "member");
		RoleMatrix.check(mvc, users, () -> get("/api/people/me/access"), "member");
	}

	@Test
	void wilayaOfficerSeesOnlyItsWilayaByPageAndApi() throws Exception {
		long oran = someMemberOfWilaya("31");
		long algiers = someMemberOfWilaya("16");
		var as = DemoUsers.as(users, "wilaya16");
		// another wilaya's member answers exactly like a member who does not exist
		mvc.perform(get("/people/members/" + oran).with(as)).andExpect(status().isNotFound());
		String outOfScope = mvc.perform(get("/api/people/members/" + oran).with(as)).andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		String unknown = mvc.perform(get("/api/people/members/999999999").with(as)).andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		assertThat(outOfScope).isEqualTo(unknown);
		mvc.perform(get("/people/members/" + oran + "/edit").with(as)).andExpect(status().isNotFound());
		mvc.perform(get("/people/members/" + algiers).with(as)).andExpect(status().isOk());
		String json = mvc.perform(get("/api/people/members?size=200").with(as)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> wilayas = com.jayway.jsonpath.JsonPath.read(json, "$.content[*].wilayaCode");
		assertThat(wilayas).isNotEmpty().containsOnly("16");
		// asking for another wilaya through the filter gives nothing
		mvc.perform(get("/api/people/members?wilayaCode=31").with(as)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"totalElements\":0")));
		// the national directorate sees both
		mvc.perform(get("/api/people/members/" + oran).with(DemoUsers.as(users, "dgsn"))).andExpect(status().isOk());
	}

	@Test
	void establishmentHeadSeesOnlyItsStaffByPageAndApi() throws Exception {
		long ownStaff = staffOf("CCL-16-1");
		long otherEstablishment = staffOf("EPE-16-1");
		var as = DemoUsers.as(users, "head");
		mvc.perform(get("/people/members/" + ownStaff).with(as)).andExpect(status().isOk());
		mvc.perform(get("/api/people/members/" + ownStaff).with(as)).andExpect(status().isOk());
		mvc.perform(get("/people/members/" + otherEstablishment).with(as)).andExpect(status().isNotFound());
		mvc.perform(get("/api/people/members/" + otherEstablishment).with(as)).andExpect(status().isNotFound());
		mvc.perform(get("/people/members/" + idOf("M-16-0001")).with(as)).andExpect(status().isNotFound());
		String json = mvc.perform(get("/api/people/members?size=200").with(as)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Integer> ids = com.jayway.jsonpath.JsonPath.read(json, "$.content[*].id");
		long ccl = jdbc.sql("select id from organisation_unit where code = 'CCL-16-1'").query(Long.class).single();
		List<Long> unitIds = com.jayway.jsonpath.JsonPath.<List<Number>>read(json, "$.content[*].unitId").stream()
			.map(Number::longValue).toList();
		assertThat(ids).hasSize(2); // the head and the assistant of the cultural centre
		assertThat(unitIds).containsOnly(ccl);
		// a head may look but not change
		mvc.perform(get("/people/members/" + ownStaff + "/edit").with(as)).andExpect(status().isForbidden());
	}

	@Test
	void pagesAreTranslatedInArabicFrenchAndEnglish() throws Exception {
		long karim = idOf("M-16-0001");
		String[][] pages = { { "wilaya16", "/people/members" }, { "wilaya16", "/people/members/" + karim },
				{ "wilaya16", "/people/members/new" }, { "wilaya16", "/people/members/" + karim + "/edit" },
				{ "wilaya16", "/people/members/" + karim + "/family/new" }, { "wilaya16", "/people/corrections" },
				{ "dgsn", "/people/imports" }, { "member", "/people/me" }, { "dpo", "/people/members/" + karim } };
		for (String lang : List.of("ar", "fr", "en")) {
			for (String[] p : pages) {
				String html = mvc.perform(get(p[1]).param("lang", lang).with(DemoUsers.as(users, p[0])))
					.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
				assertThat(html).as(p[1] + " in " + lang).doesNotContain("??");
			}
		}
	}

	@Test
	void adminIsRefusedPeoplePagesEvenThroughTheServices() throws Exception {
		var as = DemoUsers.as(users, "admin");
		mvc.perform(get("/people/members").with(as)).andExpect(status().isForbidden());
		mvc.perform(get("/api/people/members/" + idOf("M-16-0001")).with(as)).andExpect(status().isForbidden());
	}
}
