package dz.sanad.activities;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every page and API family of the activities module against the 12 demo users, and the scope refusals. */
@IntegrationTest
class ActivitiesAccessTest {

	static final String[] MANAGERS = { "dgsn", "wilaya16", "head" };

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	long id(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).list().get(0);
	}

	long unit(String code) {
		return id("select id from organisation_unit where code = ?", code);
	}

	long activity(String titleFr, String unitCode) {
		return id("select id from activities_activity where title_fr = ? and unit_id = ?", titleFr, unit(unitCode));
	}

	@Test
	void staffPagesAreForManagers() throws Exception {
		long chess = activity("Club d’échecs des enfants", "CCL-16-1");
		long programme = id("select id from activities_programme where unit_id = ?", unit("CCL-16-1"));
		long karate = id("select id from activities_club_section where discipline = 'KARATE' and unit_id = ?", unit("CCL-16-1"));
		long talent = id("select id from activities_talent where unit_id = ? order by id", unit("CCL-16-1"));
		long association = id("select id from activities_association where unit_id = ? order by id", unit("CCL-16-1"));
		long partnership = id("select id from activities_partnership where unit_id = ? order by id", unit("CCL-16-1"));
		long occurrence = id("select id from activities_occurrence where activity_id = ? and day < current_date order by day", chess);
		for (String path : new String[] { "/activities", "/activities/export", "/activities/new",
				"/activities/" + chess + "/edit", "/activities/registrations", "/activities/registrations/export",
				"/activities/programmes", "/activities/programmes/export", "/activities/programmes/" + programme,
				"/activities/programmes/" + programme + "/export", "/activities/clubs", "/activities/clubs/export",
				"/activities/clubs/" + karate, "/activities/clubs/athletes", "/activities/clubs/athletes/export",
				"/activities/talents", "/activities/talents/export", "/activities/talents/" + talent,
				"/activities/talents/domains", "/activities/talents/domains/export", "/activities/care",
				"/activities/care/export", "/activities/care/applications", "/activities/care/applications/export",
				"/activities/associations", "/activities/associations/export", "/activities/associations/" + association,
				"/activities/partnerships", "/activities/partnerships/export", "/activities/partnerships/" + partnership,
				"/activities/dashboard", "/activities/occurrences/" + occurrence + "/attendance",
				"/activities/unit-options?wilaya=16" }) {
			RoleMatrix.check(mvc, users, () -> get(path), MANAGERS);
		}
	}

	@Test
	void staffActionsAreForManagers() throws Exception {
		long draft = activity("Atelier de théâtre d’été", "CCL-16-1");
		// refused by a rule (closing a draft), not by security: allowed roles get a redirect with the message
		RoleMatrix.check(mvc, users, () -> post("/activities/" + draft + "/close").with(csrf()), MANAGERS);
		RoleMatrix.passesSecurity(mvc, users, () -> post("/activities/programmes/new").param("year", "1").with(csrf()), MANAGERS);
		RoleMatrix.passesSecurity(mvc, users, () -> post("/activities/care/groups").with(csrf()), MANAGERS);
		RoleMatrix.passesSecurity(mvc, users, () -> post("/activities/talents/new").with(csrf()), MANAGERS);
		RoleMatrix.passesSecurity(mvc, users, () -> post("/activities/associations/new").with(csrf()), MANAGERS);
		RoleMatrix.passesSecurity(mvc, users, () -> post("/api/activities/" + draft + "/close").with(csrf()), MANAGERS);
	}

	@Test
	void memberPagesAreForMembers() throws Exception {
		long member = id("select id from people_member where matricule = 'M-16-0001'");
		long reg = id("select id from activities_registration where member_id = ? order by id", member);
		for (String path : new String[] { "/activities/catalogue", "/activities/catalogue/export", "/activities/my",
				"/activities/my/export", "/activities/care/my", "/activities/care/my/export",
				"/activities/registrations/" + reg + "/survey", "/api/activities/catalogue", "/api/activities/my",
				"/api/activities/care/my" }) {
			RoleMatrix.check(mvc, users, () -> get(path), "member");
		}
		RoleMatrix.check(mvc, users, () -> post("/activities/care/apply").with(csrf()), "member");
	}

	@Test
	void activityPageIsSharedByManagersAndMembers() throws Exception {
		long chess = activity("Club d’échecs des enfants", "CCL-16-1");
		long draft = activity("Atelier de théâtre d’été", "CCL-16-1");
		RoleMatrix.check(mvc, users, () -> get("/activities/" + chess), "dgsn", "wilaya16", "head", "member");
		RoleMatrix.check(mvc, users, () -> get("/api/activities/" + chess), "dgsn", "wilaya16", "head", "member");
		// registering to a draft is refused by a rule (422 / message), not by security
		RoleMatrix.check(mvc, users, () -> post("/activities/" + draft + "/register").with(csrf()), "dgsn", "wilaya16",
				"head", "member");
		// a member does not see drafts
		mvc.perform(get("/activities/" + draft).with(DemoUsers.as(users, "member"))).andExpect(status().isForbidden());
	}

	@Test
	void apiFamiliesAreForManagers() throws Exception {
		long chess = activity("Club d’échecs des enfants", "CCL-16-1");
		for (String path : new String[] { "/api/activities", "/api/activities/registrations", "/api/activities/programmes",
				"/api/activities/clubs", "/api/activities/clubs/athletes", "/api/activities/talents",
				"/api/activities/talents/domains", "/api/activities/care/groups", "/api/activities/care/applications",
				"/api/activities/care/occupancy", "/api/activities/associations", "/api/activities/partnerships",
				"/api/activities/dashboard/" + unit("CCL-16-1"), "/api/activities/" + chess + "/registrations",
				"/api/activities/" + chess + "/occurrences" }) {
			RoleMatrix.check(mvc, users, () -> get(path), MANAGERS);
		}
	}

	@Test
	void aggregatesAreForManagersAndTheCommittee() throws Exception {
		for (String path : new String[] { "/activities/stats", "/activities/stats/export", "/api/activities/stats" }) {
			RoleMatrix.check(mvc, users, () -> get(path), "dgsn", "wilaya16", "head", "committee", "cochair.ministry", "cochair.dgsn");
		}
	}

	@Test
	void committeeSeesNoSmallCounts() throws Exception {
		// CCL-06-1 has a handful of registrations: shown to the DGSN, hidden from the committee
		mvc.perform(get("/api/activities/stats").with(DemoUsers.as(users, "dgsn")))
			.andExpect(jsonPath("$.counts.rows[?(@.key == '16')].cells[1]").isNotEmpty());
		mvc.perform(get("/api/activities/stats").with(DemoUsers.as(users, "committee")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("participant"))))
			.andExpect(jsonPath("$.counts.rows[?(@.key == '16')].cells[3]").value(org.hamcrest.Matchers.contains(7)))
			.andExpect(jsonPath("$.counts.threshold").value(5));
	}

	@Test
	void headIsRefusedAnotherEstablishment() throws Exception {
		long oran = activity("Atelier de musique", "CCL-31-1");
		long judo = id("select id from activities_club_section where discipline = 'JUDO' and unit_id = ?", unit("CLUB-16-1"));
		long careApp = id("select id from activities_care_application where unit_id = ? order by id", unit("EPE-16-1"));
		var head = DemoUsers.as(users, "head");
		mvc.perform(get("/activities/" + oran).with(head)).andExpect(status().isForbidden());
		mvc.perform(get("/api/activities/" + oran).with(head)).andExpect(status().isForbidden());
		mvc.perform(get("/activities/clubs/" + judo).with(head)).andExpect(status().isForbidden());
		mvc.perform(get("/api/activities/clubs/" + judo).with(head)).andExpect(status().isForbidden());
		mvc.perform(get("/activities/care/applications/" + careApp).with(head)).andExpect(status().isForbidden());
		mvc.perform(get("/api/activities/dashboard/" + unit("EPE-16-1")).with(head)).andExpect(status().isForbidden());
		mvc.perform(get("/activities/dashboard").param("unitId", String.valueOf(unit("CLUB-16-1"))).with(head))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/activities/" + oran + "/cancel").with(head).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/api/activities/care/groups/" + id("select group_id from activities_care_application where id = ?", careApp)
				+ "/allocate").with(head).with(csrf())).andExpect(status().isForbidden());
		// lists only show the head's establishment
		mvc.perform(get("/api/activities").param("size", "200").with(head))
			.andExpect(jsonPath("$.content[*].unitId").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is((int) unit("CCL-16-1")))));
		// while the wilaya officer of Algiers reaches the club and the child-care institution of the wilaya
		var w16 = DemoUsers.as(users, "wilaya16");
		mvc.perform(get("/activities/clubs/" + judo).with(w16)).andExpect(status().isOk());
		mvc.perform(get("/activities/care/applications/" + careApp).with(w16)).andExpect(status().isOk());
	}

	@Test
	void nationalUsersPickAWilayaThenAnEstablishmentOthersOnlyTheirs() throws Exception {
		String algiers = "value=\"" + unit("CCL-16-1") + "\"";
		String oran = "value=\"" + unit("CCL-31-1") + "\"";
		var dgsn = DemoUsers.as(users, "dgsn");
		// the DGSN: a wilaya list, and only the chosen wilaya's establishments
		mvc.perform(get("/activities/dashboard").param("wilaya", "31").with(dgsn)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"wilaya\"")))
			.andExpect(content().string(containsString(oran))).andExpect(content().string(not(containsString(algiers))));
		// the wilaya of the establishment shown when only the establishment is given
		mvc.perform(get("/activities/dashboard").param("unitId", String.valueOf(unit("CCL-16-1"))).with(dgsn))
			.andExpect(content().string(containsString(algiers))).andExpect(content().string(not(containsString(oran))));
		mvc.perform(get("/activities/unit-options").param("wilaya", "16").param("all", "true").with(dgsn))
			.andExpect(content().string(containsString(algiers))).andExpect(content().string(not(containsString(oran))));
		// the wilaya filter of the lists
		mvc.perform(get("/api/activities/registrations").param("wilaya", "31").param("size", "200").with(dgsn))
			.andExpect(jsonPath("$.content[*].unitId").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not((int) unit("CCL-16-1")))));
		mvc.perform(get("/api/activities").param("wilaya", "31").param("size", "200").with(dgsn))
			.andExpect(jsonPath("$.content[*].wilayaCode").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("31"))));
		// a head or a wilaya officer asking for another wilaya still gets only their own establishments
		var head = DemoUsers.as(users, "head");
		mvc.perform(get("/activities/unit-options").param("wilaya", "31").with(head))
			.andExpect(content().string(containsString(algiers))).andExpect(content().string(not(containsString(oran))));
		mvc.perform(get("/activities/dashboard").param("wilaya", "31").with(head))
			.andExpect(content().string(not(containsString("id=\"wilaya\"")))).andExpect(content().string(not(containsString(oran))));
		mvc.perform(get("/activities/registrations").param("wilaya", "31").with(DemoUsers.as(users, "wilaya16")))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString(oran))));
	}

	@Test
	void wilayaOfficerIsRefusedAnotherWilaya() throws Exception {
		long oran = activity("Atelier de musique", "CCL-31-1");
		var w16 = DemoUsers.as(users, "wilaya16");
		mvc.perform(get("/activities/" + oran).with(w16)).andExpect(status().isForbidden());
		mvc.perform(get("/api/activities/" + oran).with(w16)).andExpect(status().isForbidden());
		mvc.perform(get("/api/activities/dashboard/" + unit("CCL-31-1")).with(w16)).andExpect(status().isForbidden());
		mvc.perform(post("/activities/" + oran + "/publish").with(w16).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/api/activities").param("unitId", String.valueOf(unit("CCL-31-1"))).with(w16))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/activities/" + oran).with(DemoUsers.as(users, "dgsn"))).andExpect(status().isOk());
	}

	@Test
	void memberIsRefusedAnotherMembersChildren() throws Exception {
		long me = id("select id from people_member where matricule = 'M-16-0001'");
		long drawing = activity("Atelier de dessin", "CCL-16-1");
		long otherChild = id("select f.id from people_family_member f where f.member_id <> ? and f.relation = 'CHILD' order by f.id", me);
		long otherReg = id("select id from activities_registration where member_id <> ? order by id", me);
		var member = DemoUsers.as(users, "member");
		mvc.perform(post("/api/activities/" + drawing + "/registrations").with(member).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"familyMemberId\": " + otherChild + "}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/activities/" + drawing + "/register").param("familyMemberId", String.valueOf(otherChild))
			.with(member).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/api/activities/registrations/" + otherReg + "/cancel").with(member).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/activities/registrations/" + otherReg + "/survey").with(member)).andExpect(status().isForbidden());
		mvc.perform(get("/api/activities/my").with(member))
			.andExpect(jsonPath("$[*].memberId").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is((int) me))));
	}
}
