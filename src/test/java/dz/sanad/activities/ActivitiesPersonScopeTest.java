package dz.sanad.activities;

import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static dz.sanad.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person named by matricule, member id or family-member id outside the caller's scope (another wilaya; for a
 * head, another establishment) answers exactly like an unknown one, by API and by page, and never echoes the name.
 */
@IntegrationTest
class ActivitiesPersonScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	long id(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).list().get(0);
	}

	long chess() {
		return id("select a.id from activities_activity a join organisation_unit u on u.id = a.unit_id "
				+ "where a.title_fr = 'Club d’échecs des enfants' and u.code = 'CCL-16-1'");
	}

	Map<String, Object> memberWhere(String where) {
		return jdbc.sql("select m.id, m.matricule, m.last_name_ar, m.last_name_lat, f.id as fid, f.first_name_ar as fname "
				+ "from people_member m join people_family_member f on f.member_id = m.id where " + where
				+ " and m.last_name_lat is not null order by m.id limit 1").query().singleRow();
	}

	String register(String user, String body, int expected) throws Exception {
		return mvc.perform(post("/api/activities/" + chess() + "/registrations").with(as(users, user)).with(csrf())
			.param("lang", "fr").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
	}

	void refused(String user, Map<String, Object> p) throws Exception {
		String unknown = register(user, "{\"matricule\":\"M-NOPE-0\"}", 422);
		String byMatricule = register(user, "{\"matricule\":\"" + p.get("matricule") + "\"}", 422);
		assertThat(byMatricule.replace((String) p.get("matricule"), "M-NOPE-0")).isEqualTo(unknown);
		String missingId = register(user, "{\"memberId\":999999999}", 404);
		String byId = register(user, "{\"memberId\":" + p.get("id") + "}", 404);
		assertThat(byId.replace(String.valueOf(p.get("id")), "999999999")).isEqualTo(missingId);
		String withFamily = register(user, "{\"memberId\":" + p.get("id") + ",\"familyMemberId\":" + p.get("fid") + "}", 404);
		String page = mvc.perform(get("/activities/" + chess()).param("matricule", (String) p.get("matricule"))
			.with(as(users, user)).param("lang", "fr")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		for (String out : new String[] { byMatricule, byId, withFamily, page }) {
			assertThat(out).doesNotContain((String) p.get("last_name_ar")).doesNotContain((String) p.get("last_name_lat"))
				.doesNotContain((String) p.get("fname"));
		}
	}

	@Test
	void aMemberOfAnotherWilayaIsUnknownToTheWilayaOfficerAndTheHead() throws Exception {
		Map<String, Object> other = memberWhere("m.wilaya_code <> '16'");
		refused("wilaya16", other);
		refused("head", other);
	}

	@Test
	void theStaffOfAnotherEstablishmentAreUnknownToTheHead() throws Exception {
		// a head serves the members of the establishment's wilaya, but not the staff of the wilaya's other establishments
		Map<String, Object> other = memberWhere("m.wilaya_code = '16' and m.unit_id in (select id from organisation_unit "
				+ "where kind in ('CULTURAL_CENTRE', 'CHILD_CARE', 'SPORTS_CLUB', 'HOLIDAY_CENTRE', 'SOCIAL_MEDICAL_CENTRE') "
				+ "and code <> 'CCL-16-1' and path not like (select path from organisation_unit where code = 'CCL-16-1') || '%')");
		refused("head", other);
	}
}
