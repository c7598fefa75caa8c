package dz.sanad.activities;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dz.sanad.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import dz.sanad.support.FreePort;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** An agreement coming to its end sends one bilingual reminder, after commit, and only once. */
@IntegrationTest
class PartnershipReminderTest {

	static final int SMTP_PORT = FreePort.get();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	AssociationService associations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void expiringAgreementsAreRemindedOnceByEmail() throws Exception {
		int sent = associations.sendDueReminders(LocalDate.now());
		assertThat(sent).isGreaterThanOrEqualTo(1); // "Ateliers de lecture pour enfants" ends in 20 days
		assertThat(mail.waitForIncomingEmail(30_000, sent)).isTrue();
		MimeMessage m = mail.getReceivedMessages()[0];
		assertThat(m.getAllRecipients()[0].toString()).isEqualTo("ccl16@sanad.example.dz");
		assertThat(m.getSubject()).contains("Ateliers de lecture pour enfants").contains("تنتهي").contains("expire");
		assertThat(jdbc.sql("select reminder_sent_on from activities_partnership where title = 'Ateliers de lecture pour enfants'")
			.query(LocalDate.class).single()).isEqualTo(LocalDate.now());
		// a second run sends nothing more; an expired or distant agreement never got one
		assertThat(associations.sendDueReminders(LocalDate.now())).isZero();
		assertThat(jdbc.sql("select count(*) from activities_partnership where reminder_sent_on is not null and title in ('Sport adapté', 'Stages techniques')")
			.query(Integer.class).single()).isZero();
	}
}
