package dz.sanad.access;

import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every page family and API family of the foundation: who gets in and who is refused. */
@IntegrationTest
class AccessRulesTest {

	static final String[] STAFF_VIEWERS = { "admin", "ministry", "centre", "dgsn", "wilaya16", "head", "committee", "cochair.ministry", "cochair.dgsn",
			"dpo" };

	@Autowired
	dz.sanad.organisation.Organisation organisation;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void anonymousPagesRedirectToLoginAndApiAnswers401Json() throws Exception {
		mvc.perform(get("/organisation/units")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		mvc.perform(get("/api/territory/wilayas")).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("unauthenticated"));
		mvc.perform(get("/login")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	/** What no handler serves is a 404 for a signed-in user; anonymous visitors cannot tell it from a real route. */
	@Test
	void unknownPathsAreNotFoundOnceSignedIn() throws Exception {
		for (String user : dz.sanad.support.DemoUsers.ALL) {
			mvc.perform(get("/some/path/nobody/declared").with(dz.sanad.support.DemoUsers.as(users, user)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/nobody/declared").with(dz.sanad.support.DemoUsers.as(users, user)))
				.andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("not-found"))
				.andExpect(jsonPath("$.message").isNotEmpty());
		}
		mvc.perform(get("/some/path/nobody/declared")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		mvc.perform(get("/api/nobody/declared")).andExpect(status().isUnauthorized());
	}

	/** Deny by default still holds for every known route: a method no rule declares is refused to every role. */
	@Test
	void undeclaredUsesOfKnownRoutesAreDenied() throws Exception {
		RoleMatrix.check(mvc, users, () -> post("/api/me").with(csrf()));
		RoleMatrix.check(mvc, users, () -> post("/").with(csrf()));
	}

	@Test
	void homeIsForEveryLoggedInUser() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/"), dz.sanad.support.DemoUsers.ALL);
		RoleMatrix.check(mvc, users, () -> get("/api/me"), dz.sanad.support.DemoUsers.ALL);
	}

	@Test
	void territoryIsReferenceDataForAll() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/api/territory/wilayas"), dz.sanad.support.DemoUsers.ALL);
		RoleMatrix.check(mvc, users, () -> get("/territory/wilayas"), dz.sanad.support.DemoUsers.ALL);
	}

	@Test
	void organisationPages() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/organisation/units"), STAFF_VIEWERS);
		RoleMatrix.check(mvc, users, () -> get("/organisation/tree"), STAFF_VIEWERS);
		// a branch of the tree: the centre coordinator is a viewer, but this establishment is outside its scope
		long ccl = organisation.findByCode("CCL-16-1").orElseThrow().getId();
		RoleMatrix.check(mvc, users, () -> get("/organisation/tree/children").param("parent", "" + ccl), "admin",
				"ministry", "dgsn", "wilaya16", "head", "committee", "cochair.ministry", "cochair.dgsn", "dpo");
		RoleMatrix.check(mvc, users, () -> get("/organisation/units/export"), STAFF_VIEWERS);
		RoleMatrix.check(mvc, users, () -> get("/api/organisation/tree"), STAFF_VIEWERS);
		RoleMatrix.check(mvc, users, () -> get("/api/organisation/units"), STAFF_VIEWERS);
		RoleMatrix.check(mvc, users, () -> get("/organisation/units/new"), "admin");
		RoleMatrix.check(mvc, users, () -> post("/organisation/units/new").with(csrf()), "admin");
	}

	@Test
	void accountAdministrationIsForAdministratorsOnly() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/admin/accounts"), "admin");
		RoleMatrix.check(mvc, users, () -> get("/admin/accounts/export"), "admin");
		RoleMatrix.check(mvc, users, () -> get("/admin/accounts/new"), "admin");
	}

	@Test
	void auditTrailIsForTheDataProtectionOfficerOnly() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/audit"), "dpo");
		RoleMatrix.check(mvc, users, () -> get("/audit/export"), "dpo");
		RoleMatrix.check(mvc, users, () -> get("/api/audit"), "dpo");
		RoleMatrix.check(mvc, users, () -> post("/audit/verify").with(csrf()), "dpo");
	}

	@Test
	void apiDocsAndMetricsAreForAdministratorsOnly() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/api/docs"), "admin");
		RoleMatrix.check(mvc, users, () -> get("/actuator/prometheus"), "admin");
	}

	@Test
	void securityHeadersAreSet() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"ar\" dir=\"rtl\">")));
	}
}
