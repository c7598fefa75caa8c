package dz.sanad.platform;

import dz.sanad.people.People;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** {@code %} and {@code _} typed in a text filter are matched literally: they no longer match every row. */
@IntegrationTest
class LikeFiltersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	People people;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void escapesWildcardsAndTheEscapeCharacter() {
		assertThat(Like.contains(" 50%_a\\B ")).isEqualTo("%50\\%\\_a\\\\b%");
		assertThat(Like.escape("x")).isEqualTo("x");
	}

	@ParameterizedTest
	@CsvSource({ "/api/organisation/units,admin", "/api/training/programmes,ministry", "/api/training/sessions,ministry",
			"/api/training/certificates,ministry", "/api/activities,dgsn", "/api/activities/registrations,dgsn",
			"/api/activities/associations,dgsn", "/api/activities/partnerships,dgsn", "/api/activities/talents,dgsn",
			"/api/activities/care/applications,dgsn", "/api/activities/clubs/athletes,dgsn", "/api/holidays/seasons,dgsn",
			"/api/people/members,dgsn" })
	void wildcardsOnlyFindRowsContainingThem(String list, String user) throws Exception {
		assertThat(rows(list, null, user)).as("%s has rows to filter", list).isNotEmpty();
		for (String q : List.of("%", "_", "\\")) {
			for (JsonNode row : rows(list, q, user)) {
				assertThat(row.toString()).as("%s?q=%s returned a row without it", list, q).contains(q.equals("\\") ? "\\\\" : q);
			}
		}
	}

	@Test
	void memberPickListIsLiteral() {
		SanadUser dgsn = (SanadUser) users.loadUserByUsername("dgsn");
		assertThat(people.lookup(dgsn, null, "16", 5)).isNotEmpty();
		assertThat(people.lookup(dgsn, "%", null, 5)).isEmpty();
		assertThat(people.lookup(dgsn, "_", null, 5)).isEmpty();
	}

	@Test
	void accountsFilterIsLiteral() throws Exception {
		assertThat(page("/admin/accounts", null)).contains("wilaya16");
		assertThat(page("/admin/accounts", "%")).doesNotContain("wilaya16");
		assertThat(page("/admin/accounts", "_")).doesNotContain("wilaya16");
		assertThat(page("/admin/accounts", "wilaya1_")).doesNotContain("wilaya16");
	}

	private String page(String path, String q) throws Exception {
		var request = get(path).with(DemoUsers.as(users, "admin"));
		if (q != null) {
			request.param("q", q);
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private List<JsonNode> rows(String path, String q, String user) throws Exception {
		var request = get(path).accept("application/json").with(DemoUsers.as(users, user));
		if (q != null) {
			request.param("q", q);
		}
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("%s?q=%s", path, q).isEqualTo(200);
		JsonNode root = json.readTree(response.getContentAsString());
		JsonNode items = root.isArray() ? root : root.get("content");
		assertThat(items).as("%s answers a list", path).isNotNull();
		List<JsonNode> rows = new ArrayList<>();
		items.forEach(rows::add);
		return rows;
	}
}
