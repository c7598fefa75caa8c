package dz.sanad.organisation;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A wilaya officer or an establishment head reaches only its own part of the tree, in pages and in the API. */
@IntegrationTest
class OrganisationScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Organisation organisation;

	long id(String code) {
		return organisation.findByCode(code).orElseThrow().getId();
	}

	/** A link to a unit's page, closed by its quote so that unit 12 does not match unit 123. */
	String href(String code) {
		return "/organisation/units/" + id(code) + "\"";
	}

	@Test
	void wilayaOfficerSeesItsWilayaAndIsRefusedAnother() throws Exception {
		var wilaya16 = DemoUsers.as(users, "wilaya16");
		mvc.perform(get("/organisation/units/" + id("CCL-16-1")).with(wilaya16)).andExpect(status().isOk());
		mvc.perform(get("/organisation/units/" + id("SW-31")).with(wilaya16)).andExpect(status().isForbidden());
		mvc.perform(get("/organisation/units/" + id("CCL-31-1")).with(wilaya16)).andExpect(status().isForbidden());
		mvc.perform(get("/api/organisation/units/" + id("CCL-16-1")).with(wilaya16)).andExpect(status().isOk());
		mvc.perform(get("/api/organisation/units/" + id("CCL-31-1")).with(wilaya16)).andExpect(status().isForbidden());
		mvc.perform(get("/api/organisation/tree").with(wilaya16)).andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].code").value("SW-16"));
		mvc.perform(get("/organisation/units?wilayaCode=31").with(wilaya16)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("CCL-31-1"))));
		mvc.perform(get("/api/organisation/units?q=CCL-31").with(wilaya16))
			.andExpect(jsonPath("$.content", hasSize(0)));
	}

	@Test
	void theTreePageOpensLevelByLevelWithinTheScope() throws Exception {
		var wilaya16 = DemoUsers.as(users, "wilaya16");
		// the scope's root comes open with its establishments; nothing of another wilaya
		mvc.perform(get("/organisation/tree").with(wilaya16)).andExpect(status().isOk())
			.andExpect(content().string(containsString(href("SW-16"))))
			.andExpect(content().string(containsString(href("CCL-16-1"))))
			.andExpect(content().string(not(containsString(href("CCL-31-1")))));
		mvc.perform(get("/organisation/tree/children").param("parent", "" + id("SW-16")).with(wilaya16))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(href("CCL-16-1"))));
		mvc.perform(get("/organisation/tree/children").param("parent", "" + id("SW-31")).with(wilaya16))
			.andExpect(status().isForbidden());
		// a national user gets the roots open, and the wilaya services as branches fetched when opened
		mvc.perform(get("/organisation/tree").with(DemoUsers.as(users, "dgsn"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/organisation/tree/children?parent=")))
			.andExpect(content().string(not(containsString(href("CCL-31-1")))));
	}

	@Test
	void establishmentHeadSeesOnlyItsEstablishment() throws Exception {
		var head = DemoUsers.as(users, "head");
		mvc.perform(get("/api/organisation/units/" + id("CCL-16-1")).with(head)).andExpect(status().isOk());
		mvc.perform(get("/api/organisation/units/" + id("EPE-16-1")).with(head)).andExpect(status().isForbidden());
		mvc.perform(get("/api/organisation/tree").with(head)).andExpect(jsonPath("$[0].code").value("CCL-16-1"))
			.andExpect(jsonPath("$[0].children", hasSize(0)));
	}

	@Test
	void nationalRolesSeeEverything() throws Exception {
		mvc.perform(get("/api/organisation/units/" + id("CCL-31-1")).with(DemoUsers.as(users, "dgsn")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/organisation/tree").with(DemoUsers.as(users, "committee")))
			.andExpect(jsonPath("$", hasSize(2)));
	}

	@Test
	void unknownUnitGetsATranslatedNotFoundPageWithAReference() throws Exception {
		mvc.perform(get("/organisation/units/987654?lang=fr").accept(MediaType.TEXT_HTML)
			.with(DemoUsers.as(users, "admin")))
			.andExpect(status().isNotFound());
	}
}
