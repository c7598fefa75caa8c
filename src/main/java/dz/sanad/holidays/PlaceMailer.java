package dz.sanad.holidays;

import dz.sanad.platform.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;

/** Tells the family by email, once the placement is committed; a mail failure is logged, never fatal. */
@Component
class PlaceMailer {

	private static final Logger log = LoggerFactory.getLogger(PlaceMailer.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JavaMailSender mail;

	private final String from;

	private final Notifications notifications;

	PlaceMailer(JavaMailSender mail, @Value("${sanad.mail.from:sanad@localhost}") String from,
			Notifications notifications) {
		this.mail = mail;
		this.from = from;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(PlaceOffered e) {
		String starts = e.startsOn() == null ? "" : DATE.format(e.startsOn());
		String deadline = e.confirmBy() == null ? "" : DATE.format(e.confirmBy());
		if (e.memberId() != null) {
			notifications.toMember(e.memberId(), "/holidays/applications/" + e.applicationId(),
					notifications.message("holidays.notify.place-offered", e.nameAr(), e.siteAr(), e.shiftLabel(),
							starts, deadline, e.nameLat(), e.siteFr()));
		}
		if (e.email() == null || e.email().isBlank()) {
			log.info("Holiday application {}: place offered, no email address to tell", e.applicationId());
			return;
		}
		SimpleMailMessage m = new SimpleMailMessage();
		m.setFrom(from);
		m.setTo(e.email());
		m.setSubject("سند — مكان في المخيم الصيفي / Sanad — place en colonie de vacances");
		m.setText("""
				تم منح مكان لـ %s في %s (%s، ابتداء من %s).
				يرجى التأكيد قبل %s عبر فضاء المنتسب، وإلا يمنح المكان للمسجل التالي في قائمة الانتظار.

				Une place a été attribuée à %s à %s (%s, à partir du %s).
				Merci de confirmer avant le %s dans votre espace, sinon la place ira au suivant sur la liste d'attente.

				Réf. %d
				""".formatted(e.nameAr(), e.siteAr(), e.shiftLabel(), starts, deadline, e.nameLat(), e.siteFr(),
				e.shiftLabel(), starts, deadline, e.applicationId()));
		try {
			mail.send(m);
		}
		catch (RuntimeException ex) {
			log.warn("Holiday application {}: could not send the email to {}: {}", e.applicationId(), e.email(),
					ex.getMessage());
		}
	}
}
