package dz.sanad.training;

import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static dz.sanad.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every training rule against the 12 demo users, then the scopes: the centre coordinator only for their centre,
 * a trainer only for their sessions, a wilaya officer only for its members and wilaya.
 */
class TrainingAccessTest extends TrainingTestBase {

	static final String[] SESSION_VIEW = { "ministry", "centre", "trainer", "dgsn", "wilaya16" };

	static final String[] CATALOGUE = { "ministry", "centre", "trainer", "dgsn", "wilaya16", "head" };

	static final String NONE = "999999";

	@Autowired
	TrainingSessions sessions;

	@Autowired
	TrainingCertificates certificates;

	@Autowired
	People people;

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	Session demo(String centrePrefix, SessionState state) {
		actAs("ministry");
		Session s = sessions.searchAll(user("ministry"), new TrainingSessions.SessionFilter(centrePrefix, state, null,
				null, null)).get(0);
		SecurityContextHolder.clearContext();
		return s;
	}

	@Test
	void cataloguePagesAndApi() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/training/programmes"), CATALOGUE);
		RoleMatrix.check(mvc, users, () -> get("/training/programmes/export"), CATALOGUE);
		RoleMatrix.check(mvc, users, () -> get("/api/training/programmes"), CATALOGUE);
		RoleMatrix.check(mvc, users, () -> get("/training/programmes/new"), "ministry");
		RoleMatrix.check(mvc, users, () -> post("/training/programmes/new").with(csrf()), "ministry");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/api/training/programmes").with(csrf())
			.contentType("application/json").content("{}"), "ministry");
		RoleMatrix.check(mvc, users, () -> get("/training/domains"), "ministry");
		RoleMatrix.check(mvc, users, () -> get("/api/training/domains"), "ministry");
		RoleMatrix.check(mvc, users, () -> post("/training/domains").with(csrf()).param("nameAr", "")
			.param("nameFr", ""), "ministry");
		RoleMatrix.check(mvc, users, () -> get("/training/rooms"), "ministry", "centre");
		RoleMatrix.check(mvc, users, () -> get("/training/trainers/export"), "ministry", "centre");
		RoleMatrix.check(mvc, users, () -> get("/api/training/trainers"), "ministry", "centre");
	}

	@Test
	void needs() throws Exception {
		String[] viewers = { "ministry", "dgsn", "wilaya16", "head" };
		RoleMatrix.check(mvc, users, () -> get("/training/needs"), viewers);
		RoleMatrix.check(mvc, users, () -> get("/training/needs/export"), viewers);
		RoleMatrix.check(mvc, users, () -> get("/api/training/needs"), viewers);
		RoleMatrix.check(mvc, users, () -> get("/training/needs/new"), "dgsn", "wilaya16", "head");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/api/training/needs").with(csrf()).contentType("application/json")
			.content("{}"), "dgsn", "wilaya16", "head");
		String[] national = { "ministry", "dgsn", "committee", "cochair.ministry", "cochair.dgsn" };
		RoleMatrix.check(mvc, users, () -> get("/training/needs/dashboard"), national);
		RoleMatrix.check(mvc, users, () -> get("/training/needs/dashboard/data"), national);
		RoleMatrix.check(mvc, users, () -> get("/training/needs/dashboard/cells"), national);
		RoleMatrix.check(mvc, users, () -> get("/training/needs/dashboard/export"), national);
		RoleMatrix.check(mvc, users, () -> get("/api/training/needs/summary"), national);
	}

	@Test
	void sessionsNominationsDeliveryAndCertificates() throws Exception {
		Session running = demo("CNFPS", SessionState.RUNNING);
		Session closed = demo("CNFPS", SessionState.CLOSED);
		RoleMatrix.check(mvc, users, () -> get("/training/sessions"), SESSION_VIEW);
		RoleMatrix.check(mvc, users, () -> get("/training/sessions/export"), SESSION_VIEW);
		RoleMatrix.check(mvc, users, () -> get("/api/training/sessions"), SESSION_VIEW);
		RoleMatrix.check(mvc, users, () -> get("/training/sessions/" + running.getId()), SESSION_VIEW);
		RoleMatrix.check(mvc, users, () -> get("/api/training/sessions/" + running.getId()), SESSION_VIEW);
		RoleMatrix.check(mvc, users, () -> get("/training/sessions/" + running.getId() + "/nominations/export"),
				SESSION_VIEW);
		RoleMatrix.check(mvc, users, () -> get("/training/sessions/new"), "ministry", "centre");
		RoleMatrix.check(mvc, users, () -> get("/training/sessions/" + running.getId() + "/quotas"), "ministry",
				"centre");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/training/sessions/" + NONE + "/move").with(csrf())
			.param("move", "OPEN"), "ministry", "centre");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/api/training/sessions/" + NONE + "/moves").with(csrf())
			.contentType("application/json").content("{\"move\":\"OPEN\"}"), "ministry", "centre");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/training/sessions/" + NONE + "/nominate").with(csrf())
			.param("memberId", NONE), "dgsn", "wilaya16");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/api/training/sessions/" + NONE + "/nominations").with(csrf())
			.contentType("application/json").content("{\"memberId\":" + NONE + "}"), "dgsn", "wilaya16");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/training/nominations/" + NONE + "/accept").with(csrf()), "ministry");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/api/training/nominations/" + NONE + "/refuse").with(csrf())
			.contentType("application/json").content("{\"reason\":\"x\"}"), "ministry");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/training/nominations/" + NONE + "/withdraw").with(csrf()),
				"ministry", "dgsn", "wilaya16");
		RoleMatrix.check(mvc, users, () -> get("/training/sessions/" + running.getId() + "/attendance"), "ministry",
				"centre", "trainer");
		RoleMatrix.check(mvc, users, () -> get("/training/sessions/" + running.getId() + "/attendance.pdf"),
				"ministry", "centre", "trainer");
		RoleMatrix.check(mvc, users, () -> get("/training/sessions/" + running.getId() + "/assessments"), "ministry",
				"centre", "trainer");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/training/sessions/" + NONE + "/certificates").with(csrf()),
				"ministry", "centre");
		RoleMatrix.check(mvc, users, () -> get("/training/certificates"), "ministry", "centre", "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/api/training/certificates"), "ministry", "centre", "dgsn");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/training/certificates/" + NONE + "/revoke").with(csrf()),
				"ministry", "centre");
		Certificate cert = certificates.ofSession(closed.getId()).get(0);
		RoleMatrix.check(mvc, users, () -> get("/training/certificates/" + cert.getId() + "/pdf"), "ministry",
				"centre", "dgsn", "wilaya16");
		RoleMatrix.check(mvc, users, () -> get("/verify/" + cert.getCode()), dz.sanad.support.DemoUsers.ALL);
		mvc.perform(get("/verify/" + cert.getCode())).andExpect(status().isOk());
	}

	@Test
	void reportsHistoryAndSelfService() throws Exception {
		String[] national = { "ministry", "dgsn", "committee", "cochair.ministry", "cochair.dgsn" };
		RoleMatrix.check(mvc, users, () -> get("/training/reports"), national);
		RoleMatrix.check(mvc, users, () -> get("/training/reports/data"), national);
		RoleMatrix.check(mvc, users, () -> get("/training/reports/export").param("kind", "WILAYA"), national);
		RoleMatrix.check(mvc, users, () -> get("/api/training/reports/sessions"), national);
		RoleMatrix.check(mvc, users, () -> get("/training/my"), "member");
		RoleMatrix.check(mvc, users, () -> get("/training/my/export"), "member");
		RoleMatrix.check(mvc, users, () -> get("/api/training/my"), "member");
		Long karim = user("member").memberId();
		RoleMatrix.check(mvc, users, () -> get("/training/members/" + karim + "/history"), "ministry", "dgsn",
				"wilaya16");
		RoleMatrix.check(mvc, users, () -> get("/api/training/members/" + karim + "/history"), "ministry", "dgsn",
				"wilaya16");
	}

	@Test
	void aCentreCoordinatorOnlyManagesTheirCentre() throws Exception {
		Session constantine = demo("CNFPH", SessionState.CONFIRMED);
		mvc.perform(get("/training/sessions/" + constantine.getId()).with(as(users, "centre")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/training/sessions/" + constantine.getId()).with(as(users, "centre")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/training/sessions/" + constantine.getId() + "/move").with(csrf()).with(as(users, "centre"))
			.param("move", "START")).andExpect(status().isForbidden());
		mvc.perform(get("/training/sessions/" + constantine.getId() + "/attendance.pdf").with(as(users, "centre")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/training/sessions/" + constantine.getId() + "/quotas").with(as(users, "centre")))
			.andExpect(status().isForbidden());
		// the list shows only their centre's sessions
		actAs("centre");
		assertThat(sessions.searchAll(user("centre"), new TrainingSessions.SessionFilter(null, null, null, null, null)))
			.isNotEmpty().noneMatch(s -> s.getCode().startsWith("CNFPH"));
	}

	@Test
	void aTrainerOnlySeesTheirSessions() throws Exception {
		Session constantine = demo("CNFPH", SessionState.CONFIRMED);
		Session running = demo("CNFPS", SessionState.RUNNING);
		mvc.perform(get("/training/sessions/" + constantine.getId()).with(as(users, "trainer")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/training/sessions/" + constantine.getId() + "/attendance").with(as(users, "trainer")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/training/sessions/" + constantine.getId()).with(as(users, "trainer")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/training/sessions/" + running.getId() + "/attendance").with(as(users, "trainer")))
			.andExpect(status().isOk());
		actAs("trainer");
		assertThat(sessions.searchAll(user("trainer"), new TrainingSessions.SessionFilter(null, null, null, null, null)))
			.extracting(Session::getId).contains(running.getId()).doesNotContain(constantine.getId());
	}

	@Test
	void aWilayaOfficerOnlyNominatesItsOwnMembers() throws Exception {
		Session open = demo("CNFPS", SessionState.OPEN);
		Member oran = newMember("31", dz.sanad.people.MemberFunction.EDUCATOR, null);
		mvc.perform(post("/api/training/sessions/" + open.getId() + "/nominations").with(csrf())
			.with(as(users, "wilaya16")).contentType("application/json").content("{\"memberId\":" + oran.getId() + "}"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(oran.getLastNameLat()))));
		mvc.perform(post("/training/sessions/" + open.getId() + "/nominate").with(csrf()).with(as(users, "wilaya16"))
			.param("memberId", oran.getId().toString())).andExpect(status().isNotFound());
		// the search only proposes members of Algiers
		actAs("wilaya16");
		assertThat(people.lookup(user("wilaya16"), "Test", "16", 50)).allMatch(m -> "16".equals(m.getWilayaCode()));
		// drafts are not shown to wilayas, and they see only their wilaya's nominations
		Session draft = demo("CNFPS", SessionState.DRAFT);
		mvc.perform(get("/training/sessions/" + draft.getId()).with(as(users, "wilaya16")))
			.andExpect(status().isForbidden());
		Session constantine = demo("CNFPH", SessionState.CONFIRMED);
		String json = mvc.perform(get("/api/training/sessions/" + constantine.getId() + "/nominations")
			.with(as(users, "wilaya16"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json).isEqualTo("[]");
		String all = mvc.perform(get("/api/training/sessions/" + constantine.getId() + "/nominations")
			.with(as(users, "dgsn"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(all).contains("\"wilayaCode\":\"25\"");
	}

	@Test
	void othersCannotReadSomeoneElsesTrainingRecords() throws Exception {
		Session closed = demo("CNFPS", SessionState.CLOSED);
		Certificate cert = certificates.ofSession(closed.getId()).get(0);
		mvc.perform(get("/training/certificates/" + cert.getId() + "/pdf").with(as(users, "member")))
			.andExpect(status().isForbidden());
		Long karim = user("member").memberId();
		mvc.perform(get("/training/members/" + karim + "/history").with(as(users, "head")))
			.andExpect(status().isNotFound());
		Long nomination = cert.getNominationId();
		mvc.perform(get("/training/nominations/" + nomination + "/convocation.pdf").with(as(users, "member")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/training/nominations/" + nomination + "/convocation.pdf").with(as(users, "wilaya16")))
			.andExpect(status().isOk());
	}
}
