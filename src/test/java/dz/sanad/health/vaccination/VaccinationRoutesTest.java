package dz.sanad.health.vaccination;

import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every vaccination route against every demo role; then the scope rules: a member never opens another family's
 * child, the centre's staff never a child of a family outside their centre's wilaya.
 */
@IntegrationTest
class VaccinationRoutesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	long iyad;

	long rim;

	long elsewhere;

	long calendar;

	@BeforeEach
	void ids() {
		iyad = child("Iyad");
		rim = child("Rim");
		elsewhere = jdbc.sql("""
				select f.id from people_family_member f join people_member m on m.id = f.member_id
				where f.relation = 'CHILD' and f.active and m.wilaya_code <> '16' and f.birth_date > date '2017-01-01'
				order by f.id limit 1""").query(Long.class).single();
		calendar = jdbc.sql("select id from vaccination_calendar where code = 'DZ-2023'").query(Long.class).single();
	}

	long child(String firstLat) {
		return jdbc.sql("select id from people_family_member where first_name_lat = ? and relation = 'CHILD' "
				+ "order by id desc limit 1").param(firstLat).query(Long.class).single();
	}

	@Test
	void centrePages() throws Exception {
		String[] care = { "health", "physician" };
		RoleMatrix.check(mvc, users, () -> get("/health/vaccination"), care);
		RoleMatrix.check(mvc, users, () -> get("/health/vaccination").param("status", "OVERDUE").param("antigen", "HEXA"),
				care);
		RoleMatrix.check(mvc, users, () -> get("/health/vaccination/export").param("status", "MISSED"), care);
		RoleMatrix.check(mvc, users, () -> get("/health/vaccination/family").param("matricule", "M-16-0001"), care);
		RoleMatrix.check(mvc, users, () -> get("/health/vaccination/catch-up"), care);
		RoleMatrix.check(mvc, users, () -> get("/health/vaccination/children/" + iyad), care);
		RoleMatrix.check(mvc, users, () -> get("/health/vaccination/children/" + iyad + "/booklet").param("lang", "fr"),
				care);
		// a form refused for want of a dose: proves only who gets past security, and records nothing
		RoleMatrix.passesSecurity(mvc, users, () -> post("/health/vaccination/children/" + iyad + "/doses").with(csrf()),
				care);
		RoleMatrix.passesSecurity(mvc, users,
				() -> post("/health/vaccination/children/" + iyad + "/records/99999999/error").with(csrf()), care);
		RoleMatrix.check(mvc, users, () -> get("/api/health/vaccination/children/" + iyad), care);
		RoleMatrix.check(mvc, users, () -> get("/api/health/vaccination/due"), care);
	}

	@Test
	void memberPages() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/health/vaccination/my"), "member");
		RoleMatrix.check(mvc, users, () -> get("/health/vaccination/my/" + iyad + "/booklet"), "member");
		RoleMatrix.check(mvc, users, () -> get("/api/health/vaccination/my"), "member");
	}

	@Test
	void administratorPages() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/health/vaccination/calendars"), "admin");
		RoleMatrix.check(mvc, users, () -> get("/health/vaccination/calendars/" + calendar), "admin");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/health/vaccination/calendars").with(csrf()), "admin");
		RoleMatrix.passesSecurity(mvc, users,
				() -> post("/health/vaccination/calendars/" + calendar + "/doses").with(csrf()), "admin");
		RoleMatrix.passesSecurity(mvc, users,
				() -> post("/health/vaccination/calendars/" + calendar + "/doses/99999999/delete").with(csrf()), "admin");
		// publishing a published version is refused (flash, redirect): nothing recomputed
		RoleMatrix.passesSecurity(mvc, users,
				() -> post("/health/vaccination/calendars/" + calendar + "/publish").with(csrf()), "admin");
		RoleMatrix.passesSecurity(mvc, users, () -> get("/health/vaccination/jobs/99999999"), "admin");
		RoleMatrix.passesSecurity(mvc, users, () -> get("/health/vaccination/jobs/99999999/progress"), "admin");
	}

	@Test
	void scopes() throws Exception {
		// the member's own minor child only
		mvc.perform(get("/health/vaccination/my/" + rim + "/booklet").with(DemoUsers.as(users, "member")))
			.andExpect(status().isNotFound());
		// the centre sees its wilaya's families only
		mvc.perform(get("/health/vaccination/children/" + elsewhere).with(DemoUsers.as(users, "health")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/health/vaccination/children/" + elsewhere).with(DemoUsers.as(users, "physician")))
			.andExpect(status().isNotFound());
		// a health officer of another wilaya's centre does not see Algiers children
		Long otherCentre = jdbc.sql("""
				select id from organisation_unit where kind = 'SOCIAL_MEDICAL_CENTRE' and wilaya_code <> '16'
				order by id limit 1""").query(Long.class).optional().orElse(null);
		if (otherCentre != null) {
			SanadUser officer = new SanadUser(876543L, "health.elsewhere", null, "x", Role.HEALTH_OFFICER, otherCentre,
					null, true, false);
			mvc.perform(get("/health/vaccination/children/" + iyad).with(user(officer))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/health/vaccination/family").param("matricule", "M-16-0001")
				.with(DemoUsers.as(users, "health"))).andExpect(status().isOk());
	}
}
