package dz.sanad.training;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static dz.sanad.support.DemoUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every training page renders, in Arabic and French, for the roles that use it. */
class TrainingPagesTest extends TrainingTestBase {

	@Autowired
	TrainingSessions sessions;

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	Long sessionId(String codePrefix, SessionState state) {
		actAs("ministry");
		return sessions.searchAll(user("ministry"), new TrainingSessions.SessionFilter(null, state, null, null, null))
			.stream().filter(s -> s.getCode().startsWith(codePrefix)).findFirst().orElseThrow().getId();
	}

	void page(String user, String path, String expected) throws Exception {
		for (String lang : new String[] { "ar", "fr" }) {
			mvc.perform(get(path).param("lang", lang).with(as(users, user))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(expected)));
		}
	}

	@Test
	void ministryPagesRender() throws Exception {
		Long closed = sessionId("CNFPS", SessionState.CLOSED);
		page("ministry", "/training/sessions", "CNFPS-");
		page("ministry", "/training/sessions/" + closed, "nominations");
		page("ministry", "/training/sessions/" + closed + "/quotas", "q_16");
		page("ministry", "/training/programmes", "PRG-EDS-01");
		page("ministry", "/training/domains", "SPEC_EDU");
		// rooms by their name in the page's language
		mvc.perform(get("/training/rooms").param("lang", "ar").with(as(users, "ministry"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("القاعة أ")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(">Salle A<"))));
		mvc.perform(get("/training/rooms").param("lang", "fr").with(as(users, "ministry"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Salle A")));
		page("ministry", "/training/trainers", "Nadia");
		page("ministry", "/training/needs", "<table");
		page("ministry", "/training/needs/dashboard", "training-chart");
		page("ministry", "/training/needs/dashboard", "/training/needs/dashboard/cells");
		page("ministry", "/training/needs/dashboard/cells?wilayaCode=16", "<td>16</td>");
		page("ministry", "/training/certificates", "CNF-");
		page("ministry", "/training/reports", "training-chart");
		page("ministry", "/training/programmes/new", "targetFunctions");
		page("ministry", "/training/sessions/new", "programmeId");
		page("ministry", "/training/sessions/" + closed + "/assessments", "rows[0].post");
	}

	@Test
	void otherRolesPagesRender() throws Exception {
		Long running = sessionId("CNFPS", SessionState.RUNNING);
		Long open = sessionId("CNFPS", SessionState.OPEN);
		page("trainer", "/training/sessions/" + running + "/attendance", "attendance-form");
		page("trainer", "/training/sessions", "CNFPS-");
		page("centre", "/training/sessions/" + running, "move-CLOSE");
		page("wilaya16", "/training/sessions/" + open, "member-search");
		page("wilaya16", "/training/needs/new", "justification");
		page("head", "/training/needs", "<table");
		page("member", "/training/my", "<main");
		page("committee", "/training/reports", "training-chart");
		page("dgsn", "/training/sessions/" + open + "/nominate/search?q=M1", "list-group");
	}

	@Test
	void pdfsRender() throws Exception {
		Long running = sessionId("CNFPS", SessionState.RUNNING);
		mvc.perform(get("/training/sessions/" + running + "/attendance.pdf").with(as(users, "trainer")))
			.andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
	}
}
