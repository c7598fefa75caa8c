package dz.sanad.health;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * Daily: remind tomorrow's scheduled appointments (neutral text, consent checked, each message claimed once in
 * {@code health_message}), and mark yesterday's unattended ones missed. Once across nodes (ShedLock).
 */
@Component
class HealthJobs {

	private static final Logger log = LoggerFactory.getLogger(HealthJobs.class);

	private final JdbcClient jdbc;

	private final HealthReminders reminders;

	private final HealthAppointments appointments;

	HealthJobs(JdbcClient jdbc, HealthReminders reminders, HealthAppointments appointments) {
		this.jdbc = jdbc;
		this.reminders = reminders;
		this.appointments = appointments;
	}

	@Scheduled(cron = "${sanad.health.reminder-cron:0 0 18 * * *}", zone = "Africa/Algiers")
	@SchedulerLock(name = "health.appointment-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void remindTomorrow() {
		int sent = remind(LocalDate.now(HealthAppointments.ZONE).plusDays(1));
		if (sent > 0) {
			log.info("{} appointment reminder(s) sent", sent);
		}
	}

	@Scheduled(cron = "${sanad.health.missed-cron:0 30 0 * * *}", zone = "Africa/Algiers")
	@SchedulerLock(name = "health.missed-appointments", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	void markMissed() {
		appointments.markMissed(LocalDate.now(HealthAppointments.ZONE));
	}

	/** Reminds every appointment scheduled on that day; a person with several that day gets one reminder. */
	int remind(LocalDate day) {
		var people = jdbc.sql("""
				select distinct r.member_id, r.family_member_id from health_appointment a
				join health_record r on r.id = a.record_id
				where a.status = 'SCHEDULED' and a.starts_at >= ? and a.starts_at < ?""")
			.params(Timestamp.from(day.atStartOfDay(HealthAppointments.ZONE).toInstant()),
					Timestamp.from(day.plusDays(1).atStartOfDay(HealthAppointments.ZONE).toInstant()))
			.query((rs, n) -> Subjects.of((Long) rs.getObject(1), (Long) rs.getObject(2))).list();
		int sent = 0;
		for (var s : people) {
			if (reminders.send(s, "appointment", day) == HealthReminders.Outcome.SENT) {
				sent++;
			}
		}
		return sent;
	}
}
