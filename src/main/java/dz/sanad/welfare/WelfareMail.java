package dz.sanad.welfare;

import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails the member what the inbox told them (an answer, a request for documents, a decision), when their record has
 * an address: after commit, asynchronously, so a missing SMTP server never breaks the handler's action. The mail
 * names the reference only, never the subject; Arabic first, then French.
 */
@Component
class WelfareMail {

	/** Published in the transaction that told the member. */
	record MemberTold(long memberId, String key, String reference) {
	}

	private static final Logger log = LoggerFactory.getLogger(WelfareMail.class);

	private final JavaMailSender mail;

	private final MessageSource messages;

	private final People people;

	private final String from;

	WelfareMail(JavaMailSender mail, MessageSource messages, People people,
			@Value("${sanad.mail.from:sanad@localhost}") String from) {
		this.mail = mail;
		this.messages = messages;
		this.people = people;
		this.from = from;
	}

	@Async
	@TransactionalEventListener
	void on(MemberTold e) {
		Member m = people.member(e.memberId());
		if (m.getEmail() == null || m.getEmail().isBlank()) {
			return;
		}
		Object[] args = { e.reference() };
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(m.getEmail());
		message.setSubject(messages.getMessage("welfare.mail.subject", args, Languages.ARABIC) + " — "
				+ messages.getMessage("welfare.mail.subject", args, Languages.FRENCH));
		message.setText(messages.getMessage(e.key(), args, Languages.ARABIC) + "\n\n"
				+ messages.getMessage(e.key(), args, Languages.FRENCH) + "\n\n"
				+ messages.getMessage("welfare.mail.footer", null, Languages.FRENCH));
		try {
			mail.send(message);
		}
		catch (RuntimeException ex) {
			log.warn("welfare mail {} to member {} not sent: {}", e.key(), e.memberId(), ex.getMessage());
		}
	}
}
