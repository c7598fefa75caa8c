package dz.sanad.platform.confidential;

import dz.sanad.audit.ReadLog;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static dz.sanad.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The layer's own pages: the member's "who looked", the DPO's read log, the reviewers' queue. */
@IntegrationTest
class ConfidentialPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReadLog log;

	@Autowired
	BreakGlass glass;

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	private SanadUser actAs(String username) {
		return dz.sanad.support.DemoUsers.actAs(users, username);
	}

	@Test
	void eachPageIsForItsReaderOnly() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/me/record-access"), "member");
		RoleMatrix.check(mvc, users, () -> get("/api/me/record-access"), "member");
		RoleMatrix.check(mvc, users, () -> get("/dpo/reads"), "dpo");
		RoleMatrix.check(mvc, users, () -> get("/dpo/reads/export"), "dpo");
		RoleMatrix.check(mvc, users, () -> get("/api/dpo/reads"), "dpo");
		RoleMatrix.check(mvc, users, () -> get("/api/dpo/reads/verify"), "dpo");
		// the queue: the reviewers of some domain (psychology: its lead; health: the DPO, see HealthDomain)
		RoleMatrix.check(mvc, users, () -> get("/confidential/glass"), "psylead", "dpo");
		for (String refused : new String[] { "admin", "committee", "member", "psychologist", "physician", "health" }) {
			mvc.perform(get("/confidential/glass").with(as(users, refused))).andExpect(status().isForbidden());
		}
	}

	@Test
	void theMemberSeesTheRoleAndReasonButNoUsernameInTheirLanguage() throws Exception {
		SanadUser member = actAs("member");
		actAs("psychologist");
		log.record(TestConfidentialDomain.NAME, "case", "P-77", Subject.member(member.memberId()), "reads.domain.health");
		SecurityContextHolder.clearContext();
		String ar = mvc.perform(get("/me/record-access").with(as(users, "member")).param("lang", "ar")).andReturn()
			.getResponse().getContentAsString();
		assertThat(ar).contains("أخصائي نفساني").contains("الرعاية الصحية").doesNotContain(">psychologist<");
		String fr = mvc.perform(get("/me/record-access").with(as(users, "member")).param("lang", "fr")).andReturn()
			.getResponse().getContentAsString();
		assertThat(fr).contains("Qui a consulté mon dossier").contains("Soins de santé");
		String json = mvc.perform(get("/api/me/record-access").with(as(users, "member"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(json).contains("PSYCHOLOGIST").doesNotContain("\"psychologist\"");
		String dpo = mvc.perform(get("/dpo/reads").with(as(users, "dpo")).param("lang", "fr").param("actor", "psychologist"))
			.andReturn().getResponse().getContentAsString();
		assertThat(dpo).contains("P-77").contains("psychologist");
	}

	@Test
	void theLeadReviewsFromTheQueueWithATranslatedRefusal() throws Exception {
		SanadUser member = actAs("member");
		actAs("psychologist2");
		Grant grant = glass.open(TestConfidentialDomain.NAME, "case", "Q-" + System.nanoTime(),
				Subject.member(member.memberId()), GlassReason.LIFE_THREAT, "appel de la famille", "sanad-demo-2026");
		SecurityContextHolder.clearContext();
		String page = mvc.perform(get("/confidential/glass").with(as(users, "psylead")).param("lang", "fr")).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("appel de la famille").contains("Danger pour la vie");
		String home = mvc.perform(get("/").with(as(users, "psylead")).param("lang", "fr")).andReturn().getResponse()
			.getContentAsString();
		assertThat(home).contains("href=\"/confidential/glass\"").contains("accès d’urgence à revoir");
		long awaiting = glass.countAwaiting((SanadUser) users.loadUserByUsername("psylead"));
		mvc.perform(post("/confidential/glass/" + grant.id() + "/review").with(as(users, "psylead")).with(csrf())
			.param("lang", "fr")).andExpect(flash().attribute("error", "Choisissez un avis."));
		mvc.perform(post("/confidential/glass/" + grant.id() + "/review").with(as(users, "psylead")).with(csrf())
			.param("verdict", "JUSTIFIED")).andExpect(flash().attribute("success", "confidential.glass.reviewed"));
		assertThat(glass.countAwaiting((SanadUser) users.loadUserByUsername("psylead"))).isEqualTo(awaiting - 1);
	}
}
