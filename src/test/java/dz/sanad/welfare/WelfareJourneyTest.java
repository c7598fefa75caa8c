package dz.sanad.welfare;

import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.platform.cases.Clock;
import dz.sanad.platform.cases.ClockView;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The member's journey through pages (Arabic, then French): submits with a document, the officer answers and asks
 * for a document (clocks paused), the member adds it (clocks resume), the officer decides and closes, the member
 * rates; then the API's refusals, and escalation to the ladder.
 */
@IntegrationTest
class WelfareJourneyTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseEngine engine;

	RequestPostProcessor as(String username) {
		return DemoUsers.as(users, username);
	}

	String state(long id) {
		return jdbc.sql("select state from welfare_concern where id = ?").param(id).query(String.class).single();
	}

	String assignee(long id) {
		return jdbc.sql("select assigned_to from welfare_concern where id = ?").param(id).query(String.class).single();
	}

	Map<Clock, ClockView> clocks(long id) {
		return engine.clocks(WelfareCases.ref(id), Instant.now()).stream()
			.collect(Collectors.toMap(ClockView::clock, v -> v));
	}

	long submit(String lang, String subject, MockMultipartFile file) throws Exception {
		String location = mvc.perform(multipart("/welfare/my").file(file).with(as("member")).with(csrf())
				.param("lang", lang).param("categoryCode", "HOUSING.SOCIAL").param("subject", subject)
				.param("description", "غرفة واحدة لخمسة أفراد").param("priority", "NORMAL")
				.param("confidentiality", "NORMAL"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void fromSubmissionToRatingInArabic() throws Exception {
		journey("ar", "سكن اجتماعي — مسار", "في انتظار المنتسب", "تقييمك: 5/5");
	}

	@Test
	void fromSubmissionToRatingInFrench() throws Exception {
		journey("fr", "Logement — parcours", "En attente du fonctionnaire", "Votre note : 5/5");
	}

	void journey(String lang, String subject, String waitingLabel, String ratedLabel) throws Exception {
		long id = submit(lang, subject, new MockMultipartFile("file", "bail.pdf", "application/pdf", PDF));
		assertThat(state(id)).isEqualTo("ASSIGNED");
		String officer = assignee(id);
		assertThat(officer).isIn("wilaya16", "wilaya16b");
		String reference = jdbc.sql("select reference from welfare_concern where id = ?").param(id)
			.query(String.class).single();
		assertThat(reference).matches("PRE-\\d{4}-\\d{6}");

		mvc.perform(get("/welfare/concerns/" + id).with(as(officer)).param("lang", lang)).andExpect(status().isOk())
			.andExpect(content().string(containsString(subject))).andExpect(content().string(containsString("bail.pdf")));
		mvc.perform(post("/welfare/concerns/" + id + "/answer").with(as(officer)).with(csrf())
				.param("body", "وصلنا طلبكم")).andExpect(status().is3xxRedirection());
		assertThat(state(id)).isEqualTo("IN_PROGRESS");
		assertThat(clocks(id).get(Clock.FIRST_RESPONSE).stopped()).isTrue();

		mvc.perform(post("/welfare/concerns/" + id + "/request-document").with(as(officer)).with(csrf())
				.param("body", "أرفقوا عقد الإيجار")).andExpect(status().is3xxRedirection());
		assertThat(state(id)).isEqualTo("WAITING_MEMBER");
		assertThat(clocks(id).get(Clock.RESOLUTION).paused()).as("the clock pauses while the member is asked").isTrue();
		mvc.perform(get("/").with(as("member")).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("en attente de votre réponse ou d’un document")));
		mvc.perform(get("/").with(as(officer)).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/welfare/concerns?mine=true")));
		assertThat(jdbc.sql("select count(*) from platform_notification where member_id = (select member_id from "
				+ "welfare_concern where id = ?) and text_ar like ?").params(id, "%" + reference + "%")
			.query(Long.class).single()).isGreaterThanOrEqualTo(2);
		mvc.perform(get("/welfare/my/" + id).with(as("member")).param("lang", lang)).andExpect(status().isOk())
			.andExpect(content().string(containsString(waitingLabel)))
			.andExpect(content().string(containsString("أرفقوا عقد الإيجار")));

		// a program renamed .pdf is refused from its content, and nothing is attached
		mvc.perform(multipart("/welfare/my/" + id + "/documents")
				.file(new MockMultipartFile("file", "contrat.pdf", "application/pdf", "MZ\u0090\u0000".getBytes()))
				.with(as("member")).with(csrf()).param("lang", "fr")).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("error",
					"Fichier : Seuls les documents PDF, JPEG et PNG sont acceptés (vérifié d’après le contenu du fichier)."));
		assertThat(state(id)).isEqualTo("WAITING_MEMBER");
		mvc.perform(multipart("/welfare/my/" + id + "/documents")
				.file(new MockMultipartFile("file", "contrat.png", "image/png", PNG)).with(as("member")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(state(id)).isEqualTo("IN_PROGRESS");
		assertThat(clocks(id).get(Clock.RESOLUTION).paused()).isFalse();
		long file = jdbc.sql("select min(id) from welfare_attachment where concern_id = ?").param(id)
			.query(Long.class).single();
		mvc.perform(get("/welfare/my/" + id + "/files/" + file).with(as("member"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get("/welfare/concerns/" + id + "/files/" + file).with(as("head"))).andExpect(status().isForbidden());

		mvc.perform(post("/welfare/concerns/" + id + "/decide").with(as(officer)).with(csrf())
				.param("outcome", "GRANTED").param("grounds", "الملف مستوفٍ").param("authority", "لجنة السكن الولائية"))
			.andExpect(status().is3xxRedirection());
		assertThat(state(id)).isEqualTo("DECIDED");
		assertThat(engine.lastDecision(WelfareCases.ref(id))).get()
			.satisfies(d -> assertThat(d.decision().outcome()).isEqualTo("GRANTED"));
		mvc.perform(post("/welfare/concerns/" + id + "/close").with(as(officer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(state(id)).isEqualTo("CLOSED");
		mvc.perform(post("/welfare/my/" + id + "/rating").with(as("member")).with(csrf()).param("rating", "5"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/welfare/my/" + id).with(as("member")).param("lang", lang)).andExpect(status().isOk())
			.andExpect(content().string(containsString(ratedLabel)));
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'welfare-concern' and entity_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void theApiRefusesWithTranslatedMessages() throws Exception {
		String body = mvc.perform(post("/api/welfare/my").with(as("member")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"categoryCode":"TRAINING","subject":"Formation","description":"Je souhaite une formation."}"""))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.concern.state").value("ASSIGNED"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.concern.id")).longValue();
		String officer = assignee(id);
		mvc.perform(post("/api/welfare/concerns/" + id + "/decide").with(as(officer)).with(csrf()).param("lang", "fr")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"GRANTED\",\"grounds\":\"ok\",\"authority\":\"SW-16\",\"amount\":5000}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(containsString("aide financière")));
		mvc.perform(post("/api/welfare/concerns/" + id + "/close").with(as(officer)).with(csrf()).param("lang", "ar"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.message").value(containsString("مغلق")));
		mvc.perform(post("/api/welfare/my").with(as("member")).with(csrf()).param("lang", "fr")
				.contentType(MediaType.APPLICATION_JSON).content("{\"categoryCode\":\"NOPE\",\"subject\":\"x\",\"description\":\"y\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.message").value(containsString("catégorie")));
		mvc.perform(post("/api/welfare/concerns/" + id + "/answer").with(as(officer)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Réponse\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.concern.state").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.clocks.length()").value(3));
	}

	@Test
	void escalationsReachTheHeadThenTheCentralDirectorate() throws Exception {
		long id = submit("ar", "تصعيد", new MockMultipartFile("file", "a.pdf", "application/pdf", PDF));
		String reference = jdbc.sql("select reference from welfare_concern where id = ?").param(id)
			.query(String.class).single();
		engine.sweep(Instant.now().plus(Duration.ofDays(400)));
		assertThat(engine.escalations(WelfareCases.ref(id))).extracting(e -> e.escalateTo()).contains("HEAD", "CENTRAL");
		long head = jdbc.sql("select count(*) from platform_notification where username = 'social16' and text_fr like ?")
			.param("%" + reference + "%").query(Long.class).single();
		long central = jdbc.sql("select count(*) from platform_notification where username = 'dgsn' and text_fr like ?")
			.param("%" + reference + "%").query(Long.class).single();
		assertThat(head).isPositive();
		assertThat(central).isPositive();
		mvc.perform(get("/api/welfare/concerns").with(as("social16")).param("breaching", "true").param("size", "200"))
			.andExpect(status().isOk()).andExpect(content().string(containsString(reference)));
		mvc.perform(get("/welfare/concerns").with(as("social16")).param("breaching", "true").param("size", "200"))
			.andExpect(status().isOk()).andExpect(content().string(containsString(reference)));
	}

	@Test
	void appealGoesToTheHeadAndAReferralNeedsTheMembersConsent() throws Exception {
		long id = submit("fr", "Recours", new MockMultipartFile("file", "a.pdf", "application/pdf", PDF));
		String officer = assignee(id);
		mvc.perform(post("/api/welfare/concerns/" + id + "/decide").with(as(officer)).with(csrf()).param("lang", "fr")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"REFERRED\",\"grounds\":\"ministère\",\"authority\":\"SW-16\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(containsString("consentement")));
		mvc.perform(post("/api/welfare/concerns/" + id + "/decide").with(as(officer)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"REFUSED\",\"grounds\":\"hors critères\",\"authority\":\"SW-16\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.decision.appealUntil").isNotEmpty());
		mvc.perform(get("/welfare/my/" + id).with(as("member"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/appeal")));
		mvc.perform(post("/welfare/my/" + id + "/appeal").with(as("member")).with(csrf()).param("body", "Je conteste"))
			.andExpect(status().is3xxRedirection());
		assertThat(state(id)).isEqualTo("APPEALED");
		assertThat(assignee(id)).isEqualTo("social16");
		mvc.perform(post("/people/me/consents").with(as("member")).with(csrf()).param("purpose", "SOCIAL_REFERRAL"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/welfare/concerns/" + id + "/decide").with(as("social16")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"REFERRED\",\"grounds\":\"ministère\",\"authority\":\"Chef de service\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.concern.state").value("DECIDED"));
		String referral = "/welfare/concerns/" + id + "/referral";
		mvc.perform(post(referral).with(as("social16")).with(csrf()).param("status", "DONE").param("outcome", "x")
				.param("lang", "fr"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "Étape : Cette étape ne suit pas l’état actuel de l’orientation."));
		mvc.perform(post(referral).with(as("social16")).with(csrf()).param("status", "ACCEPTED"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("success", "welfare.referral.saved"));
		mvc.perform(post(referral).with(as("social16")).with(csrf()).param("status", "DONE"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "النتيجة : هذا الحقل إلزامي."));
		mvc.perform(post(referral).with(as("social16")).with(csrf()).param("status", "DONE")
				.param("outcome", "Prise en charge par la DAS d'Alger")).andExpect(status().is3xxRedirection());
		mvc.perform(post(referral).with(as("wilaya16b")).with(csrf()).param("status", "DONE").param("outcome", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/welfare/my/" + id).with(as("member")).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Réalisée")))
			.andExpect(content().string(containsString("Prise en charge par la DAS")));
		mvc.perform(post("/api/welfare/concerns/" + id + "/close").with(as("social16")).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(post("/welfare/my/" + id + "/reopen").with(as("member")).with(csrf()).param("body", "Rien reçu"))
			.andExpect(status().is3xxRedirection());
		assertThat(state(id)).isEqualTo("REOPENED");
		assertThat(engine.history(WelfareCases.ref(id))).extracting(t -> t.to())
			.containsSubsequence("ASSIGNED", "DECIDED", "APPEALED", "DECIDED", "CLOSED", "REOPENED");
	}

	@Test
	void bulkDisposalDecidesEachOrNone() throws Exception {
		long a = submit("fr", "Groupé A", new MockMultipartFile("file", "a.pdf", "application/pdf", PDF));
		long b = submit("fr", "Groupé B", new MockMultipartFile("file", "b.pdf", "application/pdf", PDF));
		long c = submit("fr", "Groupé C", new MockMultipartFile("file", "c.pdf", "application/pdf", PDF));
		String decision = "\"decision\":{\"outcome\":\"REFUSED\",\"grounds\":\"hors barème\",\"authority\":\"SW-16\"}";
		mvc.perform(post("/api/welfare/concerns/bulk-decide").with(as("social16")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"ids\":[" + a + "," + b + "]," + decision + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.decided").value(2));
		assertThat(state(a)).isEqualTo("DECIDED");
		assertThat(state(b)).isEqualTo("DECIDED");
		for (long id : new long[] { a, b }) {
			assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DECIDE' and entity_id = ?")
				.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
		}
		String refB = jdbc.sql("select reference from welfare_concern where id = ?").param(b).query(String.class).single();
		mvc.perform(post("/api/welfare/concerns/bulk-decide").with(as("social16")).with(csrf()).param("lang", "fr")
				.contentType(MediaType.APPLICATION_JSON).content("{\"ids\":[" + c + "," + b + "]," + decision + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(containsString(refB)))
			.andExpect(jsonPath("$.message").value(containsString("Rien n’a été décidé")));
		assertThat(state(c)).as("all or none").isEqualTo("ASSIGNED");
	}
}
