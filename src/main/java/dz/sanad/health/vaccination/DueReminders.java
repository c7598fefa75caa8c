package dz.sanad.health.vaccination;

import dz.sanad.people.ConsentPurpose;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.People;
import dz.sanad.people.PeopleConsents;
import dz.sanad.platform.Dates;
import dz.sanad.platform.Notifications;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Reminds the parent (the member) once of each dose that became due, in neutral wording (the date, never the
 * vaccine). Never for a dose already given or given elsewhere, one the parent refused, a child come of age, or a
 * child whose health-care consent is not (or no longer) on record. Each reminder is claimed in the database
 * first ({@code reminded_on}), so two nodes never send it twice.
 */
@Component
public class DueReminders {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JdbcClient jdbc;

	private final Schedules schedules;

	private final People people;

	private final PeopleConsents consents;

	private final Notifications notifications;

	private final TransactionTemplate tx;

	DueReminders(JdbcClient jdbc, Schedules schedules, People people, PeopleConsents consents,
			Notifications notifications, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.schedules = schedules;
		this.people = people;
		this.consents = consents;
		this.notifications = notifications;
		this.tx = tx;
	}

	@Scheduled(cron = "${sanad.vaccination.reminder-cron:0 0 9 * * *}", zone = "Africa/Algiers")
	@SchedulerLock(name = "vaccination.reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
	public void daily() {
		sendDue();
	}

	/** Sends today's reminders; how many were sent. */
	public int sendDue() {
		LocalDate today = Dates.today();
		LocalDate[] due = schedules.thresholds().dueDates(DoseStatus.DUE, today);
		List<Object[]> candidates = jdbc.sql("""
				select d.family_member_id, d.member_id, min(d.due_date) from vaccination_due d
				where not d.done and not d.refused and d.reminded_on is null and d.due_date between ? and ?
				group by d.family_member_id, d.member_id""")
			.params(due[0], due[1])
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class) }).list();
		int sent = 0;
		for (Object[] c : candidates) {
			long childId = (Long) c[0];
			FamilyMember child = people.findFamilyMember(childId).orElse(null);
			if (child == null || !child.isActive() || child.ageOn(today) >= 18
					|| !consents.hasConsent((Long) c[1], childId, ConsentPurpose.HEALTH_CARE)) {
				continue;
			}
			Boolean claimed = tx.execute(s -> {
				int n = jdbc.sql("""
						update vaccination_due set reminded_on = ? where family_member_id = ? and not done and not refused
						  and reminded_on is null and due_date between ? and ?""")
					.params(today, childId, due[0], due[1]).update();
				if (n > 0) {
					remind((Long) c[1], child, (LocalDate) c[2]);
				}
				return n > 0;
			});
			sent += Boolean.TRUE.equals(claimed) ? 1 : 0;
		}
		return sent;
	}

	/**
	 * The one place a due-dose reminder leaves: the member's notifications (the health module's mail and SMS
	 * reminders take it over when they land).
	 */
	void remind(long memberId, FamilyMember child, LocalDate due) {
		String date = DAY.format(due);
		notifications.toMember(memberId, "/health/vaccination/my", locale -> notifications.message(
				"vaccination.reminder", "ar".equals(locale.getLanguage()) || child.getFirstNameLat() == null
						? child.getFirstNameAr() : child.getFirstNameLat(), date).apply(locale));
	}
}
