package dz.sanad.health;

import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.Dates;
import dz.sanad.platform.Languages;
import dz.sanad.platform.confidential.CaseConsents;
import dz.sanad.platform.confidential.Subject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * Reminders of health appointments and due doses, by mail and SMS, in neutral wording: the text names the day and
 * the centre, never the service, the vaccine or a diagnosis. A minor child's reminder goes to the member (the parent);
 * an adult relative has no contact of their own on record and gets none. Nothing is sent without the REMINDERS
 * consent of the person (given by the parent for a minor), and nothing once it is withdrawn. Each message is claimed
 * in {@code health_message} before it is sent (once per person, kind, day and channel, across nodes) and its
 * outcome recorded, in transactions of their own so the caller's rollback never erases what was sent.
 */
@Service
public class HealthReminders {

	/** The consent scope that allows reminders; the consent's case is the person ({@link Subjects#key}). */
	public static final String SCOPE = "REMINDERS";

	public enum Outcome {
		/** At least one channel carried it. */
		SENT,
		/** Consent absent or withdrawn: nothing sent. */
		NO_CONSENT,
		/** No phone nor address on record for whoever receives this person's reminders. */
		NO_CONTACT,
		/** Already sent for that person, kind and day. */
		ALREADY_SENT,
		/** Every channel failed (recorded with the error). */
		FAILED
	}

	private static final Logger log = LoggerFactory.getLogger(HealthReminders.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final People people;

	private final CaseConsents consents;

	private final JdbcClient jdbc;

	private final JavaMailSender mail;

	private final SmsGateway sms;

	private final MessageSource messages;

	private final TransactionTemplate tx;

	private final String from;

	HealthReminders(People people, CaseConsents consents, JdbcClient jdbc, JavaMailSender mail, SmsGateway sms,
			MessageSource messages, PlatformTransactionManager txm,
			@Value("${sanad.mail.from:sanad@localhost}") String from) {
		this.people = people;
		this.consents = consents;
		this.jdbc = jdbc;
		this.mail = mail;
		this.sms = sms;
		this.messages = messages;
		this.tx = new TransactionTemplate(txm);
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.from = from;
	}

	/** Records (or renews) the person's consent to reminders. */
	public void allow(Subject subject) {
		consents.record(HealthDomain.NAME, Subjects.key(subject), subject, Set.of(SCOPE));
	}

	/** Withdraws it: no reminder is sent from now on. */
	public void withdraw(Subject subject) {
		if (allowed(subject)) {
			consents.withdraw(HealthDomain.NAME, Subjects.key(subject), SCOPE);
		}
	}

	public boolean allowed(Subject subject) {
		return consents.allows(HealthDomain.NAME, Subjects.key(subject), SCOPE);
	}

	/**
	 * Reminds the person (or, for a minor child, the parent) of something on {@code date}. {@code kind} says what for
	 * the record only ("appointment", "vaccination", at most 40 characters); it never reaches the text.
	 */
	public Outcome send(Subject subject, String kind, LocalDate date) {
		if (!allowed(subject)) {
			return Outcome.NO_CONSENT;
		}
		Optional<Recipient> to = recipient(subject);
		if (to.isEmpty()) {
			return Outcome.NO_CONTACT;
		}
		Recipient r = to.get();
		boolean any = false;
		boolean claimed = false;
		if (r.email() != null) {
			Optional<Long> id = claim(subject, kind, date, "MAIL", r.email());
			claimed |= id.isPresent();
			any |= id.map(m -> deliver(m, () -> mail(r, date))).orElse(false);
		}
		if (r.phone() != null && sms.enabled()) {
			Optional<Long> id = claim(subject, kind, date, "SMS", r.phone());
			claimed |= id.isPresent();
			any |= id.map(m -> deliver(m, () -> sms.send(r.phone(), text("health.reminder.sms", r, date, Languages.ARABIC))))
				.orElse(false);
		}
		if (!claimed) {
			return r.email() == null && !sms.enabled() ? Outcome.NO_CONTACT : Outcome.ALREADY_SENT;
		}
		return any ? Outcome.SENT : Outcome.FAILED;
	}

	/** Who receives the person's reminders, with the first name the text uses for a child (null for oneself). */
	record Recipient(String email, String phone, String childName) {
	}

	private Optional<Recipient> recipient(Subject s) {
		Member m;
		String child = null;
		if (s.memberId() != null) {
			m = people.member(s.memberId());
		}
		else {
			FamilyMember f = people.familyMember(s.familyMemberId());
			if (!f.isChild() || f.getBirthDate() == null || f.ageOn(Dates.today()) >= 18) {
				return Optional.empty();
			}
			m = people.member(f.getMemberId());
			child = f.getFirstNameAr();
		}
		String email = blank(m.getEmail()) ? null : m.getEmail().trim();
		String phone = blank(m.getPhone()) ? null : m.getPhone().trim();
		return email == null && phone == null ? Optional.empty() : Optional.of(new Recipient(email, phone, child));
	}

	private Optional<Long> claim(Subject s, String kind, LocalDate date, String channel, String recipient) {
		return tx.execute(st -> jdbc.sql("""
				insert into health_message (member_id, family_member_id, kind, due_on, channel, recipient, status, created_at)
				values (?, ?, ?, ?, ?, ?, 'CLAIMED', ?) on conflict do nothing returning id""")
			.params(s.memberId(), s.familyMemberId(), kind, date, channel, recipient, Timestamp.from(Instant.now()))
			.query(Long.class).optional());
	}

	interface Delivery {
		void run() throws Exception;
	}

	private boolean deliver(long messageId, Delivery d) {
		String error = null;
		try {
			d.run();
		}
		catch (Exception ex) {
			error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			log.warn("health reminder {} not delivered: {}", messageId, error);
		}
		String err = error == null ? null : error.substring(0, Math.min(300, error.length()));
		tx.executeWithoutResult(st -> jdbc.sql("update health_message set status = ?, error = ?, sent_at = ? where id = ?")
			.params(err == null ? "SENT" : "FAILED", err, Timestamp.from(Instant.now()), messageId).update());
		return err == null;
	}

	private void mail(Recipient r, LocalDate date) {
		SimpleMailMessage m = new SimpleMailMessage();
		m.setFrom(from);
		m.setTo(r.email());
		m.setSubject(messages.getMessage("health.reminder.subject", null, Languages.ARABIC) + " — "
				+ messages.getMessage("health.reminder.subject", null, Languages.FRENCH));
		m.setText(text("health.reminder.mail", r, date, Languages.ARABIC) + "\n\n"
				+ text("health.reminder.mail", r, date, Languages.FRENCH));
		mail.send(m);
	}

	private String text(String key, Recipient r, LocalDate date, java.util.Locale locale) {
		String forWhom = r.childName() == null ? messages.getMessage("health.reminder.self", null, locale)
				: messages.getMessage("health.reminder.child", new Object[] { r.childName() }, locale);
		return messages.getMessage(key, new Object[] { forWhom, date.format(DAY) }, locale);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
