package dz.sanad.steering;

import dz.sanad.platform.Dates;
import jakarta.mail.MessagingException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * On the first day of each month: the report of the month just ended (and on 1 January the annual report of the
 * year ended) is issued, then every report not yet mailed is sent as PDF (Arabic and French) to the committee.
 * Once across nodes (ShedLock), and each report is claimed in the database before it is sent.
 */
@Component
class ReportMailer {

	private static final Logger log = LoggerFactory.getLogger(ReportMailer.class);

	private final Reports reports;

	private final JavaMailSender mail;

	private final String from;

	ReportMailer(Reports reports, JavaMailSender mail, @Value("${sanad.mail.from:sanad@localhost}") String from) {
		this.reports = reports;
		this.mail = mail;
		this.from = from;
	}

	@Scheduled(cron = "${sanad.steering.report-cron:0 0 6 1 * *}", zone = "Africa/Algiers")
	@SchedulerLock(name = "steering.monthly-report", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void monthly() {
		LocalDate lastMonth = Dates.today().minusMonths(1);
		reports.issueScheduled(lastMonth.getYear(), lastMonth.getMonthValue());
		if (Dates.today().getDayOfYear() == 1) {
			reports.issueScheduled(lastMonth.getYear(), null);
		}
		mailPending();
	}

	/** Sends every report not yet mailed; a report is claimed first, so no two nodes send it. */
	void mailPending() {
		var to = reports.recipients();
		if (to.isEmpty()) {
			return;
		}
		for (Reports.Report r : reports.reports()) {
			if (r.mailedAt() != null || !reports.claimMailing(r.id())) {
				continue;
			}
			try {
				var message = mail.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
				helper.setFrom(from);
				helper.setTo(to.toArray(String[]::new));
				helper.setSubject("تقرير لجنة المتابعة — Rapport du comité de suivi " + r.reference());
				helper.setText("تجدون مرفقًا التقرير " + r.reference() + " بالعربية والفرنسية.\n\n"
						+ "Veuillez trouver ci-joint le rapport " + r.reference() + " en arabe et en français.");
				helper.addAttachment("rapport-" + r.reference() + "-ar.pdf", new ByteArrayResource(reports.pdf(r.id(), "ar")));
				helper.addAttachment("rapport-" + r.reference() + "-fr.pdf", new ByteArrayResource(reports.pdf(r.id(), "fr")));
				mail.send(message);
			}
			catch (MessagingException | MailException e) {
				log.warn("steering report {} could not be mailed: {}", r.reference(), e.getMessage());
			}
		}
	}
}
