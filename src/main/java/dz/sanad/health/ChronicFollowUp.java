package dz.sanad.health;

import dz.sanad.organisation.Organisation;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Chronic follow-up lists (diabetes, hypertension, asthma) of the families a centre serves: everyone with an open
 * problem of that group, their last follow-up visit and values, the next due date (the next scheduled appointment,
 * else the last visit plus the code's follow-up interval) and how many appointments they missed. Overdue first.
 */
@Service
@Transactional(readOnly = true)
public class ChronicFollowUp {

	public enum Group {
		DIABETES, HYPERTENSION, ASTHMA;

		public String messageKey() {
			return "health.chronic.group." + name();
		}
	}

	public record Row(long recordId, Long memberId, Long familyMemberId, String nameAr, String nameLat, String code,
			LocalDate lastVisit, Integer systolic, Integer diastolic, BigDecimal glucose, Integer peakFlow,
			LocalDate nextDue, boolean scheduled, int missed) {

		Row named(String ar, String lat) {
			return new Row(recordId, memberId, familyMemberId, ar, lat, code, lastVisit, systolic, diastolic, glucose,
					peakFlow, nextDue, scheduled, missed);
		}

		public boolean overdue(LocalDate today) {
			return nextDue == null || nextDue.isBefore(today);
		}
	}

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final HealthNames names;

	ChronicFollowUp(JdbcClient jdbc, Organisation organisation, HealthNames names) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.names = names;
	}

	public List<Row> list(SanadUser user, Group group, boolean overdueOnly, int limit) {
		if (!HealthAccess.isCareTeam(user)) {
			throw new AccessDeniedException("care team only");
		}
		if (group == null) {
			throw BusinessException.onField("group", "health.error.required");
		}
		String wilaya = organisation.scopeOf(user).wilayaCode();
		List<Row> rows = jdbc.sql("""
				with people as (
				  select distinct on (r.id) r.id, r.member_id, r.family_member_id, p.code, c.follow_up_days
				  from health_problem p join health_problem_code c on c.code = p.code
				  join health_record r on r.id = p.record_id
				  where p.status <> 'RESOLVED' and c.chronic_group = ? and r.wilaya_code = ?
				  order by r.id, p.recorded_at desc)
				select x.id, x.member_id, x.family_member_id, x.code, v.visited_on, v.systolic, v.diastolic, v.glucose,
				       v.peak_flow, coalesce(nx.starts_on, v.visited_on + coalesce(x.follow_up_days, 90)) next_due,
				       nx.starts_on is not null,
				       (select count(*) from health_appointment a where a.record_id = x.id and a.status = 'MISSED') missed
				from people x
				left join lateral (select visited_on, systolic, diastolic, glucose, peak_flow from health_visit hv
				                   where hv.record_id = x.id order by visited_on desc, id desc limit 1) v on true
				left join lateral (select min((a.starts_at at time zone 'Africa/Algiers')::date) starts_on
				                   from health_appointment a where a.record_id = x.id and a.status = 'SCHEDULED'
				                   and a.starts_at > now()) nx on true
				where not ? or coalesce(nx.starts_on, v.visited_on + coalesce(x.follow_up_days, 90)) is null
				       or coalesce(nx.starts_on, v.visited_on + coalesce(x.follow_up_days, 90)) < current_date
				order by next_due nulls first, x.id limit ?""")
			.params(group.name(), wilaya, overdueOnly, Math.max(1, Math.min(limit, 2000)))
			.query((rs, n) -> new Row(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3), null, null,
					rs.getString(4), toDate(rs.getDate(5)), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
					rs.getBigDecimal(8), (Integer) rs.getObject(9), toDate(rs.getDate(10)), rs.getBoolean(11),
					rs.getInt(12)))
			.list();
		return names.named(rows);
	}

	private static LocalDate toDate(Date d) {
		return d == null ? null : d.toLocalDate();
	}
}
