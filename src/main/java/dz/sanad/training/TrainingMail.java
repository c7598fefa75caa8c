package dz.sanad.training;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.Formats;
import dz.sanad.platform.Languages;
import dz.sanad.platform.Notifications;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * E-mails everyone concerned once a decision has committed: the trainee (with the convocation PDF when accepted)
 * and the centre. Runs after commit, asynchronously: a missing or failing SMTP server never breaks a request, it
 * is logged. Messages are bilingual, Arabic first.
 */
@Component
class TrainingMail {

	private static final Logger log = LoggerFactory.getLogger(TrainingMail.class);

	private final JavaMailSender mail;

	private final MessageSource messages;

	private final Nominations nominations;

	private final Sessions sessions;

	private final Catalogue catalogue;

	private final People people;

	private final Organisation organisation;

	private final TrainingDocuments documents;

	private final TrainingRules rules;

	private final String from;

	private final Formats fmt = new Formats();

	private final Notifications notifications;

	TrainingMail(JavaMailSender mail, MessageSource messages, Nominations nominations, Sessions sessions,
			Catalogue catalogue, People people, Organisation organisation, TrainingDocuments documents,
			TrainingRules rules, @Value("${sanad.mail.from:sanad@localhost}") String from, Notifications notifications) {
		this.notifications = notifications;
		this.mail = mail;
		this.messages = messages;
		this.nominations = nominations;
		this.sessions = sessions;
		this.catalogue = catalogue;
		this.people = people;
		this.organisation = organisation;
		this.documents = documents;
		this.rules = rules;
		this.from = from;
	}

	@ApplicationModuleListener
	void on(Events.NominationAccepted e) {
		Nomination n = nominations.findById(e.nominationId()).orElseThrow();
		Session s = sessions.findById(e.sessionId()).orElseThrow();
		List<String> to = recipients(s, e.memberId());
		tell(e.memberId(), e.promoted() ? "training.mail.promoted" : "training.mail.accepted", s, null);
		// the convocation is rendered only when someone will receive it
		send(to, e.promoted() ? "training.mail.promoted" : "training.mail.accepted", s, e.memberId(), null,
				to.isEmpty() ? null : documents.convocation(s, n), "convocation-" + s.getCode() + ".pdf");
	}

	@ApplicationModuleListener
	void on(Events.NominationRefused e) {
		Session s = sessions.findById(e.sessionId()).orElseThrow();
		tell(e.memberId(), "training.mail.refused", s, e.reason());
		send(recipients(s, e.memberId()), "training.mail.refused", s, e.memberId(), e.reason(), null, null);
	}

	@ApplicationModuleListener
	void on(Events.NominationWaitlisted e) {
		Session s = sessions.findById(e.sessionId()).orElseThrow();
		tell(e.memberId(), "training.mail.waitlisted", s, String.valueOf(e.rank()));
		send(recipients(s, e.memberId()), "training.mail.waitlisted", s, e.memberId(), String.valueOf(e.rank()), null,
				null);
	}

	@ApplicationModuleListener
	void on(Events.SessionCancelled e) {
		Session s = sessions.findById(e.sessionId()).orElseThrow();
		for (Nomination n : nominations.findBySessionIdOrderByCreatedAt(s.getId())) {
			if (n.getStatus().isLive()) {
				tell(n.getMemberId(), "training.mail.cancelled", s, e.reason());
				send(recipients(null, n.getMemberId()), "training.mail.cancelled", s, n.getMemberId(), e.reason(), null,
						null);
			}
		}
	}

	@ApplicationModuleListener
	void on(Delivery.FollowUpDue e) {
		if (e.supervisorEmail() == null) {
			log.info("No supervisor e-mail for follow-up of nomination {}", e.nominationId());
			return;
		}
		Nomination n = nominations.findById(e.nominationId()).orElseThrow();
		Session s = sessions.findById(n.getSessionId()).orElseThrow();
		send(List.of(e.supervisorEmail()), "training.mail.followup", s, n.getMemberId(),
				rules.publicUrl() + "/training/follow-up/" + e.token(), null, null);
	}

	/** The member's inbox gets the mail's subject line, in each language, whether or not they have an address. */
	private void tell(Long memberId, String key, Session s, String extra) {
		Member m = people.member(memberId);
		Programme p = catalogue.programme(s.getProgrammeId());
		var centre = organisation.get(s.getCentreId());
		notifications.toMember(memberId, "/training/my", locale -> messages.getMessage(key + ".subject",
				args(m, p, centre, s, extra, locale), locale));
	}

	private Object[] args(Member m, Programme p, Unit centre, Session s, String extra,
			Locale locale) {
		return new Object[] { m.name(locale), p.title(locale), centre.name(locale), fmt.date(s.getStartDate()),
				fmt.date(s.getEndDate()), s.getCode(), extra == null ? "" : extra };
	}

	private List<String> recipients(Session s, Long memberId) {
		List<String> to = new ArrayList<>();
		Member m = people.member(memberId);
		if (m.getEmail() != null && !m.getEmail().isBlank()) {
			to.add(m.getEmail());
		}
		if (s != null) {
			organisation.find(s.getCentreId()).map(u -> u.getEmail()).filter(Objects::nonNull).ifPresent(to::add);
		}
		return to;
	}

	private void send(List<String> to, String key, Session s, Long memberId, String extra, byte[] attachment,
			String attachmentName) {
		if (to.isEmpty()) {
			log.info("No e-mail address for {} of session {}", key, s.getCode());
			return;
		}
		try {
			Member m = people.member(memberId);
			Programme p = catalogue.programme(s.getProgrammeId());
			var centre = organisation.get(s.getCentreId());
			StringBuilder body = new StringBuilder();
			String subject = null;
			for (Locale locale : List.of(Languages.ARABIC, Languages.FRENCH)) {
				Object[] args = args(m, p, centre, s, extra, locale);
				String subj = messages.getMessage(key + ".subject", args, locale);
				subject = subject == null ? subj : subject + " / " + subj;
				body.append(messages.getMessage(key + ".body", args, locale)).append("\n\n");
			}
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, attachment != null, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to.toArray(String[]::new));
			helper.setSubject(subject);
			helper.setText(body.toString());
			if (attachment != null) {
				helper.addAttachment(attachmentName, new ByteArrayResource(attachment), "application/pdf");
			}
			mail.send(message);
		}
		catch (Exception e) {
			// a mail server down must not undo a committed decision: log it, the decision stands
			log.warn("Could not send {} for session {}: {}", key, s.getCode(), e.toString());
		}
	}
}
