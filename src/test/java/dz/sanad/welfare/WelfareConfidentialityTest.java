package dz.sanad.welfare;

import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every welfare page and API route against every demo role, with a normal, a restricted and a sealed concern; the
 * head of the Algiers social service (social16) and its second officer (wilaya16b), and an officer of another
 * wilaya, checked on top. A sealed concern's subject never reaches another handler's list, export or API.
 */
@IntegrationTest
class WelfareConfidentialityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	long normal;

	long restricted;

	long sealed;

	String sealedSubject;

	RequestPostProcessor as(String username) {
		return DemoUsers.as(users, username);
	}

	/** An officer of another wilaya (no demo account): a real principal scoped to that wilaya's service. */
	RequestPostProcessor otherWilaya() {
		long unit = jdbc.sql("select id from organisation_unit where code like 'SW-%' and code <> 'SW-16' order by code "
				+ "limit 1").query(Long.class).single();
		return user(new SanadUser(987654L, "officer.elsewhere", null, "x", Role.WILAYA_OFFICER, unit, null, true, false));
	}

	long submit(String subject, String level, String sealedTo) throws Exception {
		String body = mvc.perform(post("/api/welfare/my").with(as("member")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"categoryCode":"WORK.SCHEDULE","subject":"%s","description":"d","confidentiality":"%s"%s}"""
					.formatted(subject, level, sealedTo == null ? "" : ",\"sealedTo\":\"" + sealedTo + "\"")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.concern.id")).longValue();
	}

	void assignTo(long id, String handler) throws Exception {
		mvc.perform(post("/api/welfare/concerns/" + id + "/assign").with(as("social16")).with(csrf())
				.param("reason", "test").contentType(MediaType.APPLICATION_JSON)
				.content("{\"assignee\":\"" + handler + "\",\"reason\":\"matrix\"}"))
			.andExpect(status().isOk());
	}

	@BeforeEach
	void concerns() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		normal = submit("normal-" + tag, "NORMAL", null);
		assignTo(normal, "wilaya16");
		restricted = submit("restricted-" + tag, "RESTRICTED", null);
		assignTo(restricted, "wilaya16");
		sealedSubject = "sealed-" + tag;
		sealed = submit(sealedSubject, "SEALED", "wilaya16b");
	}

	@Test
	void pagesAndApiByRole() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/welfare/my"), "member");
		RoleMatrix.check(mvc, users, () -> get("/welfare/my/new"), "member");
		RoleMatrix.check(mvc, users, () -> get("/welfare/my/" + normal), "member");
		RoleMatrix.check(mvc, users, () -> get("/welfare/follow"), "member");
		RoleMatrix.check(mvc, users, () -> get("/api/welfare/my"), "member");
		RoleMatrix.check(mvc, users, () -> get("/api/welfare/my/" + sealed), "member");
		RoleMatrix.check(mvc, users, () -> get("/welfare/concerns"), "wilaya16", "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/welfare/concerns/export"), "wilaya16", "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/api/welfare/concerns"), "wilaya16", "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/welfare/concerns/" + normal), "wilaya16", "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/api/welfare/concerns/" + normal), "wilaya16", "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/welfare/concerns/" + restricted), "wilaya16");
		RoleMatrix.check(mvc, users, () -> get("/api/welfare/concerns/" + restricted), "wilaya16");
		RoleMatrix.check(mvc, users, () -> get("/welfare/concerns/" + sealed));
		RoleMatrix.check(mvc, users, () -> get("/api/welfare/concerns/" + sealed));
		long file = attachment(normal);
		RoleMatrix.check(mvc, users, () -> get("/welfare/concerns/" + normal + "/files/" + file), "wilaya16", "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/welfare/my/" + normal + "/files/" + file), "member");
		RoleMatrix.check(mvc, users, () -> post("/api/welfare/concerns/" + normal + "/answer").with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"ok\"}"), "wilaya16");
		RoleMatrix.check(mvc, users, () -> post("/api/welfare/my/" + normal + "/messages").with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"merci\"}"), "member");
		RoleMatrix.check(mvc, users, () -> post("/welfare/concerns/" + normal + "/take").with(csrf()), "wilaya16");
		RoleMatrix.check(mvc, users, () -> post("/api/welfare/concerns/" + sealed + "/answer").with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"ok\"}"));
		RoleMatrix.passesSecurity(mvc, users, () -> get("/api/welfare/follow/NOSUCHCODE"), "member");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/welfare/concerns/bulk-decide").with(csrf()), "wilaya16",
				"dgsn");
		RoleMatrix.check(mvc, users, () -> get("/welfare/stats"), "wilaya16", "dgsn", "committee", "cochair.ministry", "cochair.dgsn");
		RoleMatrix.check(mvc, users, () -> get("/welfare/stats/export"), "wilaya16", "dgsn", "committee", "cochair.ministry", "cochair.dgsn");
	}

	@Test
	void theCommitteeSeesAggregatesOnlySuppressedBelowFive() throws Exception {
		String page = mvc.perform(get("/welfare/stats").with(as("committee")).param("lang", "fr"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("normal-").doesNotContain(sealedSubject).doesNotContain("PRE-")
			.contains("Par catégorie").contains("&lt;5");
		mvc.perform(get("/welfare/concerns").with(as("committee"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/welfare/concerns/" + normal).with(as("committee"))).andExpect(status().isForbidden());
	}

	long attachment(long id) throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
				"/welfare/my/" + id + "/documents").file(new org.springframework.mock.web.MockMultipartFile("file",
						"x.pdf", "application/pdf", WelfareJourneyTest.PDF)).with(as("member")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("select max(id) from welfare_attachment where concern_id = ?").param(id).query(Long.class)
			.single();
	}

	@Test
	void theHeadOpensARestrictedConcernWithAReasonTheMemberSeesTheOpening() throws Exception {
		mvc.perform(get("/welfare/concerns/" + restricted).with(as("social16"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"reason\"")))
			.andExpect(content().string(not(containsString("restricted-"))));
		mvc.perform(get("/api/welfare/concerns/" + restricted).with(as("social16")).param("lang", "fr"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.message").value(containsString("motif")));
		mvc.perform(get("/welfare/concerns/" + restricted).with(as("social16")).param("reason", "appeal review"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("restricted-")));
		assertThat(jdbc.sql("select reason from welfare_read where concern_id = ? and username = 'social16'")
			.param(restricted).query(String.class).list()).contains("appeal review");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'READ' and entity_type = 'welfare-concern' "
				+ "and entity_id = ?").param(String.valueOf(restricted)).query(Long.class).single()).isPositive();
		mvc.perform(get("/welfare/concerns/" + restricted).with(as("wilaya16b"))).andExpect(status().isNotFound());
		mvc.perform(get("/welfare/my/" + restricted).with(as("member")).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Chargé des affaires sociales de Sûreté de wilaya")))
			.andExpect(content().string(not(containsString("social16"))));
	}

	@Test
	void aSealedConcernIsOpenOnlyToItsNamedHandlerAndNeverListedElsewhere() throws Exception {
		mvc.perform(get("/welfare/concerns/" + sealed).with(as("wilaya16b"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(sealedSubject)));
		for (String other : new String[] { "wilaya16", "social16", "dgsn" }) {
			mvc.perform(get("/welfare/concerns/" + sealed).with(as(other))).andExpect(status().isNotFound());
			mvc.perform(get("/welfare/concerns").with(as(other)).param("size", "200")).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(sealedSubject))));
			// the search box echoes the words typed: what must be absent is the concern itself
			mvc.perform(get("/welfare/concerns").with(as(other)).param("q", sealedSubject)).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("/welfare/concerns/" + sealed + "\""))));
			mvc.perform(get("/api/welfare/concerns").with(as(other)).param("size", "200")).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(sealedSubject))));
			byte[] xlsx = mvc.perform(get("/welfare/concerns/export").with(as(other))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
			assertThat(xlsxText(xlsx)).doesNotContain(sealedSubject).contains("normal-");
		}
		mvc.perform(get("/welfare/concerns").with(as("wilaya16b")).param("q", sealedSubject))
			.andExpect(status().isOk()).andExpect(content().string(containsString(sealedSubject)));
		mvc.perform(get("/welfare/concerns").with(as("wilaya16"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"hidden\"")));
	}

	@Test
	void anotherWilayaSeesNothing() throws Exception {
		mvc.perform(get("/welfare/concerns/" + normal).with(otherWilaya())).andExpect(status().isNotFound());
		mvc.perform(get("/api/welfare/concerns").with(otherWilaya()).param("size", "200")).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.hidden").value("<5"));
	}

	@Test
	void aPseudonymousConcernKeepsNoLinkToTheMember() throws Exception {
		String body = mvc.perform(post("/api/welfare/my").with(as("member")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"categoryCode":"WORK.SUPERIOR","subject":"pseudo","description":"mon chef","pseudonymous":true}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String code = com.jayway.jsonpath.JsonPath.read(body, "$.followCode");
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.concern.id")).longValue();
		assertThat(jdbc.sql("select member_id from welfare_concern where id = ?").param(id).query(Long.class).list())
			.containsOnlyNulls();
		assertThat(jdbc.sql("select follow_code_hash from welfare_concern where id = ?").param(id)
			.query(String.class).single()).isNotEqualTo(code).hasSize(64);
		assertThat(jdbc.sql("select distinct actor from audit_entry where entity_type = 'welfare-concern' and entity_id = ?")
			.param(String.valueOf(id)).query(String.class).list()).containsOnly("system");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'welfare-concern' and entity_id = ? "
				+ "and (ip is not null or actor_role is not null)").param(String.valueOf(id)).query(Long.class).single())
			.as("no address nor role recorded with a pseudonymous submission").isZero();
		assertThat(jdbc.sql("select distinct actor from case_transition where case_type = ? and case_id = ?")
			.params(WelfareCases.TYPE, id).query(String.class).list()).containsOnly("system");
		mvc.perform(get("/api/welfare/my").with(as("member"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("\"id\":" + id + ","))));
		mvc.perform(get("/welfare/follow/" + code).with(as("member"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("pseudo")));
		mvc.perform(post("/api/welfare/follow/" + code + "/messages").with(as("member")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"complément\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.messages[0].author").value(MemberConcerns.PSEUDONYM));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
				"/welfare/follow/" + code + "/documents").file(new org.springframework.mock.web.MockMultipartFile("file",
						"x.pdf", "application/pdf", WelfareJourneyTest.PDF)).with(as("member")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select distinct actor from audit_entry where entity_type = 'welfare-concern' and entity_id = ?")
			.param(String.valueOf(id)).query(String.class).list()).as("later steps name nobody either")
			.containsOnly("system");
		assertThat(jdbc.sql("select count(*) from welfare_attachment where concern_id = ?").param(id)
			.query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/welfare/follow/WRONGCODE").with(as("member"))).andExpect(status().isNotFound());
		mvc.perform(post("/welfare/follow/" + code + "/reveal").with(as("member")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from welfare_concern where id = ? and member_id is not null").param(id)
			.query(Long.class).single()).as("revealed by the member's own choice").isEqualTo(1);
		mvc.perform(get("/welfare/my/" + id).with(as("member"))).andExpect(status().isOk());
		mvc.perform(post("/welfare/follow/" + code + "/reveal").with(as("member")).with(csrf()).param("lang", "fr"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "Cette préoccupation nomme déjà son fonctionnaire."));
		mvc.perform(get("/api/welfare/concerns/" + id).with(as("social16"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.concern.subject").value("pseudo"));
	}

	static String xlsxText(byte[] xlsx) throws Exception {
		StringBuilder sb = new StringBuilder();
		try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			wb.getFirstSheet().read().forEach(r -> r.forEach(c -> sb.append(c == null ? "" : c.getText()).append('\t')));
		}
		return sb.toString();
	}
}
