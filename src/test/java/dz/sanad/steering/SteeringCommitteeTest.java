package dz.sanad.steering;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The committee's work: who reaches it, who approves, decisions and actions, carried actions, frozen minutes. */
@IntegrationTest
class SteeringCommitteeTest {

	static final String[] COMMITTEE = { "committee", "cochair.ministry", "cochair.dgsn" };

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Meetings meetings;

	@Autowired
	Agreements agreements;

	@Autowired
	JdbcClient jdbc;

	SanadUser user(String name) {
		return (SanadUser) users.loadUserByUsername(name);
	}

	@Test
	void onlyTheCommitteeReachesSteeringAndSeesNoPerson() throws Exception {
		Long meeting = meetings.meetings().get(meetings.meetings().size() - 1).id();
		Long indicator = jdbc.sql("select id from steering_indicator where code = 'IND-CERT'").query(Long.class).single();
		for (String path : new String[] { "/steering", "/steering/agreement", "/steering/meetings",
				"/steering/meetings/" + meeting, "/steering/actions", "/steering/indicators/" + indicator,
				"/api/steering/indicators", "/steering/meetings/" + meeting + "/minutes.pdf" }) {
			RoleMatrix.check(mvc, users, () -> get(path), COMMITTEE);
		}
		// aggregates only: the dashboard and its API carry counts, never a matricule or a member's name
		String api = mvc.perform(get("/api/steering/indicators").with(DemoUsers.as(users, "cochair.dgsn")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(api).contains("IND-CERT").contains("\"threshold\"").doesNotContainPattern("M1\\d{5}");
		String agreement = mvc.perform(get("/steering/agreement").param("lang", "fr").with(DemoUsers.as(users, "committee")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(agreement).contains("23/11/2025").contains("Birkhadem").contains("Coprésident");
	}

	@Test
	void aCoChairApprovesAVersionAnOrdinaryMemberCannotAndAChangedTextNeedsANewApproval() throws Exception {
		Agreements.Version v = agreements.amend(user("committee"), LocalDate.of(2026, 6, 1), "ملحق: مادة جديدة",
				"Avenant : article nouveau");
		assertThatThrownBy(() -> agreements.approve(user("committee"), v.id()))
			.isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("steering.error.coChairOnly");
		mvc.perform(post("/steering/versions/" + v.id() + "/approve").with(csrf()).param("lang", "fr")
			.with(DemoUsers.as(users, "committee")))
			.andExpect(flash().attribute("error", "Seuls les coprésidents approuvent."));
		Agreements.Version one = agreements.approve(user("cochair.ministry"), v.id());
		assertThat(one.approved()).isFalse();
		// the text changes: the ministry's approval was given to the old text and no longer counts
		Agreements.Version edited = agreements.edit(user("committee"), v.id(), "ملحق: مادة جديدة معدلة",
				"Avenant : article nouveau, corrigé");
		assertThat(edited.hash()).isNotEqualTo(one.hash());
		assertThat(edited.approvals()).singleElement().satisfies(a -> assertThat(a.valid()).isFalse());
		agreements.approve(user("cochair.dgsn"), v.id());
		assertThat(agreements.version(v.id()).approved()).isFalse();
		Agreements.Version both = agreements.approve(user("cochair.ministry"), v.id());
		assertThat(both.approved()).isTrue();
		assertThat(both.approvals()).allSatisfy(a -> assertThat(a.hash()).isEqualTo(both.hash()));
		assertThatThrownBy(() -> agreements.edit(user("committee"), v.id(), "x", "y"))
			.isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("steering.error.versionApproved");
		// an annex travels with the version, kept with its hash
		Agreements.Annex annex = agreements.addAnnex(user("committee"), v.id(), "Liste des centres", "centres.pdf",
				"application/pdf", "%PDF-1.4 annexe".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(annex.sha256()).hasSize(64);
		mvc.perform(get("/steering/annexes/" + annex.id()).with(DemoUsers.as(users, "cochair.dgsn")))
			.andExpect(status().isOk()).andExpect(content().string("%PDF-1.4 annexe"));
		assertThat(agreements.inForce(LocalDate.of(2026, 7, 1))).hasValueSatisfying(x -> assertThat(x.id()).isEqualTo(v.id()));
	}

	@Test
	void decisionsAreNumberedActionsCarriedAndApprovedMinutesFrozen() throws Exception {
		OffsetDateTime at = OffsetDateTime.parse("2027-03-10T09:00:00+01:00");
		Meetings.Meeting m = meetings.plan(user("committee"), "ORDINARY", at, "Alger");
		// the demo meeting's open action is on the new meeting's agenda by itself
		assertThat(meetings.items(m.id())).anySatisfy(i -> assertThat(i.carriedOutcomeId()).isNotNull());
		Meetings.Item item = meetings.addItem(user("committee"), m.id(), "Bilan des formations", null, null, null);
		meetings.convene(user("committee"), m.id());
		meetings.open(user("cochair.dgsn"), m.id(), Map.of("cochair.dgsn", true, "cochair.ministry", true));
		Meetings.Outcome d1 = meetings.record(user("cochair.dgsn"), item.id(), "DECISION", "Ouvrir une session à Oran", null, null);
		Meetings.Outcome d2 = meetings.record(user("cochair.dgsn"), item.id(), "DECISION", "Doubler les quotas", null, null);
		assertThat(d1.decisionYear()).isEqualTo(2027);
		assertThat(d2.decisionNumber()).isEqualTo(d1.decisionNumber() + 1);
		Meetings.Outcome action = meetings.record(user("committee"), item.id(), "ACTION", "Préparer le calendrier",
				"cochair.ministry", LocalDate.of(2027, 4, 1));
		assertThatThrownBy(() -> meetings.record(user("committee"), item.id(), "ACTION", "x", "ministry", LocalDate.of(2027, 4, 1)))
			.isInstanceOf(BusinessException.class);
		meetings.saveMinutes(user("committee"), m.id(), "Séance tenue ; décisions 1 et 2.");
		assertThatThrownBy(() -> meetings.approveMinutes(user("cochair.ministry"), m.id()))
			.isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("steering.error.notClosed");
		meetings.close(user("committee"), m.id());
		assertThatThrownBy(() -> meetings.approveMinutes(user("committee"), m.id()))
			.isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("steering.error.coChairOnly");
		meetings.approveMinutes(user("cochair.ministry"), m.id());
		// a change after one approval voids it
		meetings.saveMinutes(user("committee"), m.id(), "Séance tenue ; décisions 1 et 2 ; action confiée.");
		assertThat(meetings.minutesApprovals(m.id())).isEmpty();
		meetings.approveMinutes(user("cochair.ministry"), m.id());
		Meetings.Meeting frozen = meetings.approveMinutes(user("cochair.dgsn"), m.id());
		assertThat(frozen.frozen()).isTrue();
		assertThat(frozen.minutesHash()).isEqualTo(meetings.minutesHash(frozen));
		assertThatThrownBy(() -> meetings.saveMinutes(user("committee"), m.id(), "réécrit"))
			.isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("steering.error.minutesFrozen");
		mvc.perform(post("/steering/meetings/" + m.id() + "/minutes").with(csrf()).param("minutes", "réécrit")
			.param("lang", "fr").with(DemoUsers.as(users, "cochair.dgsn")))
			.andExpect(flash().attribute("error", "Le procès-verbal est approuvé et figé : il ne se modifie plus."));
		assertThatThrownBy(() -> meetings.record(user("committee"), item.id(), "INFORMATION", "ajout", null, null))
			.isInstanceOf(BusinessException.class);
		// the next meeting carries the action still open, not the decisions
		Meetings.Meeting next = meetings.plan(user("committee"), "EXTRAORDINARY", at.plusMonths(1), "Alger");
		assertThat(meetings.items(next.id())).anySatisfy(i -> assertThat(i.carriedOutcomeId()).isEqualTo(action.id()));
		meetings.setActionStatus(user("cochair.ministry"), action.id(), "DONE");
		Meetings.Meeting third = meetings.plan(user("committee"), "ORDINARY", at.plusMonths(2), "Alger");
		assertThat(meetings.items(third.id())).noneSatisfy(i -> assertThat(i.carriedOutcomeId()).isEqualTo(action.id()));
		// the minutes PDF renders in both languages
		for (String lang : new String[] { "ar", "fr" }) {
			byte[] pdf = mvc.perform(get("/steering/meetings/" + m.id() + "/minutes.pdf").param("lang", lang)
				.with(DemoUsers.as(users, "committee"))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsByteArray();
			assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		}
	}

	@Test
	void anOverdueActionShowsOnItsOwnersHomePageOnly() throws Exception {
		// the demo meeting's action, owned by the ordinary member, was due five days ago
		mvc.perform(get("/").param("lang", "fr").with(DemoUsers.as(users, "committee")))
			.andExpect(content().string(containsString("du comité de suivi en retard")))
			.andExpect(content().string(containsString("href=\"/steering/actions\"")));
		mvc.perform(get("/").param("lang", "fr").with(DemoUsers.as(users, "cochair.dgsn")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("du comité de suivi en retard"))));
		assertThatThrownBy(() -> meetings.plan(user("admin"), "ORDINARY", OffsetDateTime.now(), "x"))
			.isInstanceOf(AccessDeniedException.class);
	}
}
