package dz.sanad.activities;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The daily reminder job and the email it triggers. The email is sent by an application-module listener: after
 * the claiming transaction committed, asynchronously, and recorded in the event publication registry so a failed
 * send is retried on restart rather than lost.
 */
@Component
class PartnershipReminders {

	private static final Logger log = LoggerFactory.getLogger(PartnershipReminders.class);

	private final AssociationService service;

	private final JavaMailSender mail;

	private final MessageSource messages;

	private final String from;

	PartnershipReminders(AssociationService service, JavaMailSender mail, MessageSource messages,
			@Value("${sanad.mail.from:sanad@localhost}") String from) {
		this.service = service;
		this.mail = mail;
		this.messages = messages;
		this.from = from;
	}

	/**
	 * Once across nodes (ShedLock); and each reminder is claimed by a conditional update of its reminder_sent_on
	 * before its mail is published, so a second run never sends it again.
	 */
	@Scheduled(cron = "${sanad.activities.reminder-cron:0 0 7 * * *}", zone = "Africa/Algiers")
	@SchedulerLock(name = "activities.partnership-reminders", lockAtMostFor = "PT30M",
			lockAtLeastFor = "${sanad.activities.reminder-lock-at-least:PT5M}")
	void daily() {
		int n = service.sendDueReminders(LocalDate.now());
		if (n > 0) {
			log.info("{} partnership expiry reminder(s) queued", n);
		}
	}

	@ApplicationModuleListener
	void send(PartnershipExpiring e) {
		// bilingual: the establishments read Arabic first, French second
		String end = e.endsOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		Object[] args = { e.title(), e.associationName(), end };
		SimpleMailMessage m = new SimpleMailMessage();
		m.setFrom(from);
		m.setTo(e.notifyEmail());
		m.setSubject(messages.getMessage("act.mail.expiring.subject", args, new Locale("ar")) + " / "
				+ messages.getMessage("act.mail.expiring.subject", args, Locale.FRENCH));
		m.setText(messages.getMessage("act.mail.expiring.body", args, new Locale("ar")) + "\n\n---\n\n"
				+ messages.getMessage("act.mail.expiring.body", args, Locale.FRENCH));
		mail.send(m);
	}
}
