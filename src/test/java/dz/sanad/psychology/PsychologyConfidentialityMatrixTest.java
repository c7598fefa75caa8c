package dz.sanad.psychology;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The confidentiality regression matrix: every psychology page, API route, list, export and count against every
 * demo role, on a record followed by {@code psychologist} with a progress note, a process note, an appointment and
 * referrals. Only the care team and the lead reach the record; what each other role reaches (lists, the member's
 * state page, the referrer's outcome, the committee's figures) never shows a note; the process note only its author.
 * The route walk fails as soon as a psychology route exists that this matrix does not list (OpenEMR's
 * GHSA-j4mm-wg7q-v57q: a sensitivity rule that silently stopped being enforced).
 */
@IntegrationTest
class PsychologyConfidentialityMatrixTest {

	static final Set<String> CLINICIANS = Set.of("psychologist", "psylead");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	PsyFixtures fx;

	long id;

	long appointment;

	long openReferral;

	long closedReferral;

	long administration;

	long alert;

	String reference;

	String progress;

	String process;

	String reason;

	/** One matrix line: the mapping it covers, the request, and who may reach it. */
	record Line(String route, Supplier<MockHttpServletRequestBuilder> request, String... allowed) {
	}

	@BeforeEach
	void record() throws Exception {
		fx = new PsyFixtures(mvc, users, jdbc);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		id = fx.followedByPsychologist("FOLLOW_UP", "SHARE_PHYSICIAN", "REFER_MINISTRY", "ANONYMOUS_STATS");
		reference = jdbc.sql("select reference from psy_case where id = ?").param(id).query(String.class).single();
		progress = "progress-" + tag;
		process = "process-" + tag;
		reason = "reason-" + tag;
		fx.note(id, "psychologist", "PROGRESS", progress);
		fx.note(id, "psychologist", "PROCESS", process);
		String day = LocalDate.now().plusDays(60 + (int) (id % 200)).toString();
		mvc.perform(post("/psychology/cases/" + id + "/appointments").with(fx.as("psychologist")).with(csrf())
			.param("start", day + "T" + String.format("%02d", 8 + id % 8) + ":00").param("minutes", "30")
			.param("kind", "INDIVIDUAL").param("mode", "IN_PERSON"));
		appointment = jdbc.sql("select max(id) from psy_appointment where case_id = ?").param(id).query(Long.class).single();
		for (String target : new String[] { "PSYCHIATRIST", "MINISTRY" }) {
			mvc.perform(post("/psychology/cases/" + id + "/referrals").with(fx.as("psychologist")).with(csrf())
				.param("target", target).param("reason", reason));
		}
		List<Long> refs = jdbc.sql("select id from psy_referral where case_id = ? order by id").param(id)
			.query(Long.class).list();
		openReferral = refs.get(0);
		closedReferral = refs.get(1);
		mvc.perform(post("/psychology/cases/" + id + "/referrals/" + closedReferral + "/close").with(fx.as("psychologist"))
			.with(csrf()).param("outcome", "done-" + tag));
		// a PHQ-9 with item 9 above 0: the questionnaire's result and its safety alert join the matrix
		var phq9 = post("/psychology/cases/" + id + "/questionnaires").with(fx.as("psychologist")).with(csrf())
			.param("instrument", "PHQ9");
		for (int i = 0; i < 9; i++) {
			phq9 = phq9.param("answers[" + i + "]", i == 8 ? "1" : "0");
		}
		mvc.perform(phq9);
		administration = jdbc.sql("select max(id) from psy_administration where record_id = ?").param(id)
			.query(Long.class).single();
		alert = jdbc.sql("select max(id) from psy_safety_alert where administration_id = ?").param(administration)
			.query(Long.class).single();
	}

	String c(String path) {
		return "/psychology/cases/" + id + path;
	}

	List<Line> matrix() {
		String[] readers = { "psychologist", "psychologist2", "psylead" };
		String[] figures = { "committee", "cochair.ministry", "cochair.dgsn", "psylead" };
		String[] referrers = { "head", "wilaya16", "dgsn", "physician" };
		return List.of(
				new Line("GET /psychology/caseload", () -> get("/psychology/caseload"), readers),
				new Line("GET /psychology/caseload/export", () -> get("/psychology/caseload/export"), readers),
				new Line("GET /psychology/cases/{id}", () -> get(c("")), "psychologist", "psylead"),
				new Line("GET /psychology/my", () -> get("/psychology/my"), "member"),
				new Line("GET /psychology/my/new", () -> get("/psychology/my/new"), "member"),
				new Line("GET /psychology/my/{id}", () -> get("/psychology/my/" + id), "member"),
				new Line("GET /psychology/referrals", () -> get("/psychology/referrals"), referrers),
				new Line("GET /psychology/glass", () -> get("/psychology/glass").param("matricule", "M-16-0001"),
						"psychologist", "psychologist2"),
				// the care team is sent on to the record; nobody else holds a grant
				new Line("GET /psychology/glass/{id}", () -> get("/psychology/glass/" + id), "psychologist"),
				new Line("GET /psychology/agenda", () -> get("/psychology/agenda"), readers),
				new Line("GET /psychology/on-call", () -> get("/psychology/on-call"), readers),
				new Line("GET /psychology/incidents", () -> get("/psychology/incidents"), readers),
				new Line("GET /psychology/figures", () -> get("/psychology/figures"), figures),
				new Line("GET /psychology/figures/export", () -> get("/psychology/figures/export"), figures),
				new Line("GET /api/psychology/caseload", () -> get("/api/psychology/caseload"), readers),
				new Line("GET /api/psychology/cases/{id}", () -> get("/api/psychology/cases/" + id), "psychologist",
						"psylead"),
				new Line("GET /api/psychology/figures", () -> get("/api/psychology/figures"), figures),
				// writes, each with a value its service refuses, so that who reaches it is shown without changing it
				new Line("POST /psychology/cases/{id}/assign", () -> post(c("/assign")).param("psychologist", "nobody"),
						"psylead"),
				new Line("POST /psychology/cases/{id}/consent", () -> post(c("/consent")).param("scopes", "BOGUS"),
						"psychologist", "psylead"),
				new Line("POST /psychology/cases/{id}/consent/withdraw",
						() -> post(c("/consent/withdraw")).param("scope", "BOGUS"), "psychologist", "psylead"),
				new Line("POST /psychology/cases/{id}/outcome", () -> post(c("/outcome")), "psychologist", "psylead"),
				new Line("POST /psychology/cases/{id}/close", () -> post(c("/close")), "psychologist", "psylead"),
				new Line("POST /psychology/cases/{id}/reopen", () -> post(c("/reopen")), "psychologist", "psylead"),
				new Line("POST /psychology/cases/{id}/notes", () -> post(c("/notes")).param("body", "x"), "psychologist",
						"psylead"),
				new Line("POST /psychology/cases/{id}/appointments", () -> post(c("/appointments")), "psychologist",
						"psylead"),
				new Line("POST /psychology/cases/{id}/appointments/{appointment}",
						() -> post(c("/appointments/" + appointment)), "psychologist", "psylead"),
				new Line("POST /psychology/cases/{id}/referrals", () -> post(c("/referrals")), "psychologist", "psylead"),
				new Line("POST /psychology/cases/{id}/referrals/{referral}/accept",
						() -> post(c("/referrals/" + closedReferral + "/accept")), "psychologist", "psylead"),
				new Line("POST /psychology/cases/{id}/referrals/{referral}/close",
						() -> post(c("/referrals/" + closedReferral + "/close")), "psychologist", "psylead"),
				new Line("POST /psychology/my", () -> post("/psychology/my"), "member"),
				new Line("POST /psychology/my/{id}/withdraw",
						() -> post("/psychology/my/" + id + "/withdraw").param("scope", "BOGUS"), "member"),
				new Line("POST /psychology/referrals", () -> post("/psychology/referrals"), referrers),
				// only today's on-call (psychologist2 in the demo rota) may break the glass
				new Line("POST /psychology/glass", () -> post("/psychology/glass").param("caseId", String.valueOf(id)),
						"psychologist2"),
				new Line("POST /psychology/on-call", () -> post("/psychology/on-call"), "psylead"),
				new Line("POST /psychology/incidents", () -> post("/psychology/incidents"), "psychologist",
						"psychologist2"),
				// questionnaires within the record (engineer C's pages, behind the record's access check)
				new Line("GET /psychology/cases/{id}/questionnaires", () -> get(c("/questionnaires")), "psychologist",
						"psylead"),
				new Line("GET /psychology/cases/{id}/questionnaires/new", () -> get(c("/questionnaires/new")),
						"psychologist", "psylead"),
				new Line("GET /psychology/cases/{id}/questionnaires/{administration}",
						() -> get(c("/questionnaires/" + administration)), "psychologist", "psylead"),
				new Line("GET /api/psychology/cases/{id}/questionnaires/trend",
						() -> get("/api/psychology/cases/" + id + "/questionnaires/trend"), "psychologist", "psylead"),
				new Line("POST /psychology/cases/{id}/questionnaires",
						() -> post(c("/questionnaires")).param("instrument", "PHQ9").param("answers[0]", "9"),
						"psychologist", "psylead"),
				// the safety alert reaches the lead and today's on-call (psychologist2), who must act at once
				new Line("GET /psychology/alerts", () -> get("/psychology/alerts"), readers),
				new Line("GET /psychology/alerts/{id}", () -> get("/psychology/alerts/" + alert), "psychologist2",
						"psylead"),
				new Line("POST /psychology/alerts/{id}/handle", () -> post("/psychology/alerts/" + alert + "/handle"),
						"psychologist2", "psylead"));
	}

	@Test
	void everyRouteAgainstEveryRole() throws Exception {
		for (Line l : matrix()) {
			Supplier<MockHttpServletRequestBuilder> r = l.route().startsWith("POST")
					? () -> l.request().get().with(csrf()) : l.request();
			try {
				RoleMatrix.check(mvc, users, r, l.allowed());
			}
			catch (AssertionError e) {
				throw new AssertionError(l.route() + ": " + e.getMessage(), e);
			}
		}
		// the writes above were all refused: nothing changed on the record
		assertThat(jdbc.sql("select state from psy_case where id = ?").param(id).query(String.class).single())
			.isEqualTo("ACTIVE");
		assertThat(jdbc.sql("select count(*) from psy_note where case_id = ?").param(id).query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void noPageListExportOrCountShowsContentOutsideTheCareTeam() throws Exception {
		List<String> leaks = new ArrayList<>();
		for (Line l : matrix()) {
			if (!l.route().startsWith("GET")) {
				continue;
			}
			for (String u : DemoUsers.ALL) {
				String body = text(mvc.perform(l.request().get().with(fx.as(u))).andReturn().getResponse());
				if (!CLINICIANS.contains(u) && (body.contains(progress) || body.contains(reason))) {
					leaks.add(u + " reads a note or reason on " + l.route());
				}
				if (!u.equals("psychologist") && body.contains(process)) {
					leaks.add(u + " reads the process note on " + l.route());
				}
				// the on-call psychologist finds a person's record references (no content) to break the glass
				boolean onCallSearch = u.equals("psychologist2")
						&& (l.route().equals("GET /psychology/glass") || l.route().startsWith("GET /psychology/alerts"));
				if (!CLINICIANS.contains(u) && !u.equals("member") && !onCallSearch && body.contains(reference)) {
					leaks.add(u + " sees the record's reference on " + l.route());
				}
			}
		}
		for (String u : DemoUsers.ALL) {
			String body = mvc.perform(get("/search").param("q", reference).with(fx.as(u))).andReturn().getResponse()
				.getContentAsString();
			if (body.contains(progress) || body.contains(process)) {
				leaks.add(u + " finds content with the header search");
			}
		}
		String dpo = mvc.perform(get("/dpo/reads").with(fx.as("dpo"))).andReturn().getResponse().getContentAsString();
		if (dpo.contains(progress) || dpo.contains(process) || dpo.contains(reason)) {
			leaks.add("the DPO's read log shows content");
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void everyPsychologyRouteIsInTheMatrix() {
		Set<String> declared = new TreeSet<>(matrix().stream().map(Line::route).toList());
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
			if (methods.isEmpty()) {
				methods.add("ANY");
			}
			for (String p : info.getPatternValues()) {
				if (p.startsWith("/psychology") || p.startsWith("/api/psychology")) {
					methods.forEach(m -> served.add(m + " " + p));
				}
			}
		});
		assertThat(served).as("psychology routes without a line in the confidentiality matrix")
			.isSubsetOf(declared);
		assertThat(declared).as("matrix lines for routes that no longer exist").isSubsetOf(served);
	}

	/** The response as text; a spreadsheet's XML parts unzipped, so an export is searched like a page. */
	static String text(MockHttpServletResponse r) throws Exception {
		byte[] body = r.getContentAsByteArray();
		if (body.length > 4 && body[0] == 'P' && body[1] == 'K') {
			StringBuilder s = new StringBuilder();
			java.nio.file.Path file = java.nio.file.Files.createTempFile("psy-export", ".xlsx");
			try {
				java.nio.file.Files.write(file, body);
				try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
					for (ZipEntry e : java.util.Collections.list(zip.entries())) {
						s.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			finally {
				java.nio.file.Files.deleteIfExists(file);
			}
			return s.toString();
		}
		return new String(body, StandardCharsets.UTF_8);
	}
}
