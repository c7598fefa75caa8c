package dz.sanad.platform;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The header's search box for staff: each module contributes what the user may open, grouped by kind, each result
 * linking to its page; a record outside the user's scope never appears.
 */
@IntegrationTest
class SearchTest {

	static final String[] STAFF = { "admin", "ministry", "centre", "trainer", "dgsn", "wilaya16", "head",
			"psychologist", "psychologist2", "health", "committee", "cochair.ministry", "cochair.dgsn", "dpo",
			"psylead", "physician" };

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	String body(String username, String path, String q, String lang) throws Exception {
		return mvc.perform(get(path).param("q", q).param("lang", lang).with(DemoUsers.as(users, username)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void staffSearchMembersAreRefused() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/search").param("q", "M-16"), STAFF);
		RoleMatrix.check(mvc, users, () -> get("/api/search").param("q", "M-16"), STAFF);
		RoleMatrix.check(mvc, users, () -> get("/search"), STAFF);
	}

	@Test
	void headerHasTheBoxForStaffOnly() throws Exception {
		assertThat(body("wilaya16", "/", "", "ar")).contains("id=\"header-search\"").contains("action=\"/search\"");
		assertThat(body("member", "/", "", "ar")).doesNotContain("header-search");
	}

	@Test
	void aMemberByMatriculeOrNameWithinScopeOnly() throws Exception {
		Map<String, Object> other = jdbc.sql("select id, matricule from people_member where wilaya_code = '31'"
				+ " order by id limit 1").query().singleRow();
		String href = "/people/members/" + other.get("id");
		String matricule = (String) other.get("matricule");
		assertThat(body("dgsn", "/api/search", matricule, "fr")).contains(href).contains("people.search.kind");
		assertThat(body("dgsn", "/search", matricule.toLowerCase(), "ar")).contains("href=\"" + href + "\"");
		assertThat(body("wilaya16", "/api/search", matricule, "fr")).doesNotContain(href)
			.doesNotContain("people.search.kind");
		assertThat(body("wilaya16", "/search", matricule, "fr")).doesNotContain(href);
		// the officer finds the members of its own wilaya, by a piece of the matricule or the name in one word
		Long karim = jdbc.sql("select id from people_member where matricule = 'M-16-0001'").query(Long.class).single();
		assertThat(body("wilaya16", "/api/search", "M-16", "fr")).contains("/people/members/" + karim);
		assertThat(body("wilaya16", "/api/search", "بنعلي", "ar")).contains("/people/members/" + karim);
		// roles that cannot open a member's record are offered none
		assertThat(body("ministry", "/api/search", "M-16-0001", "fr")).doesNotContain("/people/members/");
	}

	@Test
	void sessionsByCodeOrProgrammeTitle() throws Exception {
		Map<String, Object> s = jdbc.sql("select s.id, s.code, p.title_fr from training_session s join"
				+ " training_programme p on p.id = s.programme_id where s.state <> 'DRAFT' order by s.id limit 1")
			.query().singleRow();
		String href = "/training/sessions/" + s.get("id");
		assertThat(body("ministry", "/api/search", (String) s.get("code"), "fr")).contains(href)
			.contains("training.search.kind");
		String word = (String) s.get("title_fr");
		assertThat(body("ministry", "/search", word, "fr")).contains("href=\"" + href + "\"");
		// the DPO does not read sessions
		assertThat(body("dpo", "/api/search", (String) s.get("code"), "fr")).doesNotContain(href);
	}

	@Test
	void activitiesByTitleWithinTheEstablishmentsInScope() throws Exception {
		Map<String, Object> a = jdbc.sql("select id, title_fr from activities_activity a where wilaya_code <> '16'"
				+ " and not exists (select 1 from activities_activity b where b.wilaya_code = '16' and b.title_fr ="
				+ " a.title_fr) order by id limit 1").query().singleRow();
		String href = "/activities/" + a.get("id");
		assertThat(body("dgsn", "/api/search", (String) a.get("title_fr"), "fr")).contains(href)
			.contains("act.search.kind");
		assertThat(body("wilaya16", "/api/search", (String) a.get("title_fr"), "fr")).doesNotContain(href);
	}

	@Test
	void holidayApplicationsByNumberWithinTheWilaya() throws Exception {
		Long elsewhere = jdbc.sql("select id from holiday_application where wilaya_code <> '16' order by id limit 1")
			.query(Long.class).single();
		Long here = jdbc.sql("select id from holiday_application where wilaya_code = '16' order by id limit 1")
			.query(Long.class).single();
		assertThat(body("dgsn", "/api/search", "#" + elsewhere, "fr")).contains("/holidays/applications/" + elsewhere)
			.contains("holidays.search.kind");
		assertThat(body("wilaya16", "/api/search", String.valueOf(elsewhere), "fr"))
			.doesNotContain("/holidays/applications/" + elsewhere);
		assertThat(body("wilaya16", "/search", String.valueOf(here), "ar"))
			.contains("href=\"/holidays/applications/" + here + "\"");
	}

	@Test
	void pageGroupsByKindInEveryLanguage() throws Exception {
		for (String lang : new String[] { "ar", "fr", "en" }) {
			String page = body("dgsn", "/search", "M-16-0001", lang);
			assertThat(page).as(lang).doesNotContain("??").contains("data-kind=\"people.search.kind\"")
				.contains("M-16-0001");
			assertThat(body("dgsn", "/search", "zzqqxxnothing", lang)).as(lang).doesNotContain("??")
				.contains("id=\"search-none\"");
			assertThat(body("dgsn", "/search", "z", lang)).as(lang).contains("id=\"search-short\"");
		}
		assertThat(body("dgsn", "/search", "M-16-0001", "ar")).contains("المنتسبون");
		assertThat(body("dgsn", "/search", "M-16-0001", "fr")).contains("Membres");
	}
}
