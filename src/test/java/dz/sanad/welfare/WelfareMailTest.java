package dz.sanad.welfare;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.FreePort;
import dz.sanad.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The member with an address on record is mailed the handler's answer: reference only, never the subject. */
@IntegrationTest
class WelfareMailTest {

	static final int SMTP_PORT = FreePort.get();

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAnswerIsMailedWithoutTheSubject() throws Exception {
		jdbc.sql("update people_member set email = 'karim.benali@example.dz' where matricule = 'M-16-0001'").update();
		String body = mvc.perform(post("/api/welfare/my").with(DemoUsers.as(users, "member")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"categoryCode\":\"HEALTH\",\"subject\":\"Sujet très intime\",\"description\":\"d\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.concern.id")).longValue();
		String reference = com.jayway.jsonpath.JsonPath.read(body, "$.concern.reference");
		String officer = com.jayway.jsonpath.JsonPath.read(body, "$.concern.assignedTo");
		mvc.perform(post("/api/welfare/concerns/" + id + "/answer").with(DemoUsers.as(users, officer)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Réponse\"}"))
			.andExpect(status().isOk());
		assertThat(greenMail.waitForIncomingEmail(30_000, 1)).isTrue();
		MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> GreenMailUtil.getBody(m) != null && safeSubject(m).contains(reference)).findFirst().orElseThrow();
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("karim.benali@example.dz");
		String text = String.valueOf(mail.getContent());
		assertThat(text).contains(reference).contains("répondu").doesNotContain("intime");
	}

	static String safeSubject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			return "";
		}
	}
}
