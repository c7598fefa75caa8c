package dz.sanad.health;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.People;
import dz.sanad.platform.confidential.Subject;
import dz.sanad.support.FreePort;
import dz.sanad.support.IntegrationTest;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders against an SMPP server started in the test (jSMPP's server side) and a GreenMail SMTP server: neutral
 * text in Arabic (UCS-2) to the parent for a minor child, every message recorded, once per person, kind and day,
 * nothing without consent or once it is withdrawn, nothing for an adult relative (no contact of their own).
 */
@IntegrationTest
class HealthRemindersTest {

	static final int SMTP_PORT = FreePort.get();

	static final int SMPP_PORT = FreePort.get();

	static final List<String> SMS = new CopyOnWriteArrayList<>();

	static final List<String> BINDS = new CopyOnWriteArrayList<>();

	static SMPPServerSessionListener server;

	static Thread acceptor;

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void gateways(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("sanad.health.sms.enabled", () -> "true");
		registry.add("sanad.health.sms.host", () -> "localhost");
		registry.add("sanad.health.sms.port", () -> SMPP_PORT);
		registry.add("sanad.health.sms.system-id", () -> "sanad");
		registry.add("sanad.health.sms.password", () -> "secret");
	}

	@BeforeAll
	static void smsc() throws Exception {
		server = new SMPPServerSessionListener(SMPP_PORT);
		AtomicInteger ids = new AtomicInteger();
		server.setMessageReceiverListener(new Receiver(ids));
		acceptor = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				try {
					SMPPServerSession session = server.accept();
					BindRequest bind = session.waitForBind(5000);
					BINDS.add(bind.getSystemId() + ":" + bind.getPassword());
					bind.accept("smsc");
				}
				catch (Exception closed) {
					return;
				}
			}
		}, "test-smsc");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	@AfterAll
	static void stop() throws Exception {
		acceptor.interrupt();
		server.close();
	}

	@Autowired
	HealthReminders reminders;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	long karim() {
		return people.byMatricule("M-16-0001").orElseThrow().getId();
	}

	@Test
	void aMinorsReminderGoesToTheParentInNeutralWordingByMailAndSms() throws Exception {
		jdbc.sql("update people_member set email = 'karim.benali@example.dz' where id = ?").param(karim()).update();
		FamilyMember child = people.familyOf(karim()).stream().filter(FamilyMember::isChild).reduce((a, b) -> b).orElseThrow();
		Subject s = Subject.family(child.getId());
		reminders.allow(s);
		LocalDate day = LocalDate.now().plusDays(40);
		SMS.clear();
		assertThat(reminders.send(s, "vaccination", day)).isEqualTo(HealthReminders.Outcome.SENT);
		String dayText = day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		// only this reminder's messages: the daily job may send tomorrow's while the test runs
		assertThat(SMS.stream().filter(x -> x.contains(dayText))).hasSize(1);
		String sms = SMS.stream().filter(x -> x.contains(dayText)).findFirst().orElseThrow();
		assertThat(sms).startsWith("213550123456 ").contains(child.getFirstNameAr())
			.doesNotContain("لقاح").doesNotContain("vaccin");
		assertThat(BINDS).contains("sanad:secret");
		var mails = greenMail.getReceivedMessagesForDomain("example.dz");
		String body = GreenMailUtil.getBody(mails[mails.length - 1]);
		assertThat(mails[mails.length - 1].getAllRecipients()[0].toString()).isEqualTo("karim.benali@example.dz");
		assertThat(body).doesNotContainIgnoringCase("vaccin");
		// recorded, once: the same reminder again sends nothing
		assertThat(jdbc.sql("select count(*) from health_message where family_member_id = ? and kind = 'vaccination' "
				+ "and status = 'SENT'").param(child.getId()).query(Integer.class).single()).isEqualTo(2);
		assertThat(reminders.send(s, "vaccination", day)).isEqualTo(HealthReminders.Outcome.ALREADY_SENT);
		assertThat(SMS.stream().filter(x -> x.contains(dayText))).hasSize(1);
	}

	@Test
	void nothingIsSentOnceConsentIsWithdrawnNorForAnAdultRelative() {
		FamilyMember child = people.familyOf(karim()).stream().filter(FamilyMember::isChild).findFirst().orElseThrow();
		Subject s = Subject.family(child.getId());
		reminders.allow(s);
		reminders.withdraw(s);
		SMS.clear();
		assertThat(reminders.send(s, "appointment", LocalDate.now().plusDays(41))).isEqualTo(HealthReminders.Outcome.NO_CONSENT);
		FamilyMember spouse = people.familyOf(karim()).stream().filter(f -> !f.isChild()).findFirst().orElseThrow();
		reminders.allow(Subject.family(spouse.getId()));
		assertThat(reminders.send(Subject.family(spouse.getId()), "appointment", LocalDate.now().plusDays(41)))
			.isEqualTo(HealthReminders.Outcome.NO_CONTACT);
		String dayText = LocalDate.now().plusDays(41).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		assertThat(SMS.stream().filter(x -> x.contains(dayText))).isEmpty();
		assertThat(jdbc.sql("select count(*) from health_message where family_member_id in (?, ?) and due_on = ?")
			.params(child.getId(), spouse.getId(), LocalDate.now().plusDays(41)).query(Integer.class).single()).isZero();
	}

	/** The test SMSC: keeps every submitted text (UCS-2 decoded) and answers with a message id. */
	record Receiver(AtomicInteger ids) implements ServerMessageReceiverListener {

		@Override
		public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source) {
			byte[] text = submit.getShortMessage();
			if (text == null || text.length == 0) {
				text = submit.getOptionalParameters() == null ? new byte[0]
						: java.util.Arrays.stream(submit.getOptionalParameters())
							.filter(p -> p.tag == org.jsmpp.bean.OptionalParameter.Tag.MESSAGE_PAYLOAD.code())
							.map(p -> ((org.jsmpp.bean.OptionalParameter.OctetString) p).getValue()).findFirst().orElse(new byte[0]);
			}
			SMS.add(submit.getDestAddress() + " " + new String(text, StandardCharsets.UTF_16BE));
			try {
				return new SubmitSmResult(new MessageId(Integer.toHexString(ids.incrementAndGet())), new org.jsmpp.bean.OptionalParameter[0]);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}

		@Override
		public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) {
			return null;
		}

		@Override
		public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) {
			return null;
		}

		@Override
		public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) {
		}

		@Override
		public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) {
		}

		@Override
		public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) {
			return null;
		}

		@Override
		public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source) {
		}

		@Override
		public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source) {
			return null;
		}

		@Override
		public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
			return null;
		}
	}
}
