package dz.sanad.health;

import dz.sanad.platform.Dates;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.WorkItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The care team's home page: today's appointments at the centre, the members' requests and the waiting list to
 * schedule, referrals waiting for the facility's report. Indexed counts on the user's centre only.
 */
@Component
class HealthWorkItems implements WorkItems {

	private final JdbcClient jdbc;

	HealthWorkItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<WorkItem> itemsFor(SanadUser user) {
		if (!HealthAccess.isCareTeam(user) || user.scopeUnitId() == null) {
			return List.of();
		}
		LocalDate today = Dates.today();
		long todays = jdbc.sql("""
				select count(*) from health_appointment a join health_service s on s.id = a.service_id
				where s.centre_id = ? and a.status in ('SCHEDULED', 'ARRIVED') and a.starts_at >= ? and a.starts_at < ?""")
			.params(user.scopeUnitId(), Timestamp.from(today.atStartOfDay(HealthAppointments.ZONE).toInstant()),
					Timestamp.from(today.plusDays(1).atStartOfDay(HealthAppointments.ZONE).toInstant()))
			.query(Long.class).single();
		long toSchedule = jdbc.sql("""
				select count(*) from health_appointment a join health_service s on s.id = a.service_id
				where s.centre_id = ? and a.status in ('REQUESTED', 'WAITING')""")
			.param(user.scopeUnitId()).query(Long.class).single();
		long reports = jdbc.sql("select count(*) from health_referral where centre_id = ? and status = 'SEEN'")
			.param(user.scopeUnitId()).query(Long.class).single();
		List<WorkItem> out = new ArrayList<>();
		if (todays > 0) {
			out.add(new WorkItem(todays, "health.work.today", "/health/appointments"));
		}
		if (toSchedule > 0) {
			out.add(new WorkItem(toSchedule, "health.work.to-schedule", "/health/appointments?day=" + today));
		}
		if (reports > 0) {
			out.add(new WorkItem(reports, "health.work.reports", "/health/referrals?state=SEEN"));
		}
		return out;
	}
}
