package dz.sanad.psychology;

import dz.sanad.people.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The right of access lists the person's psychological records and appointments: how and when each was opened, its
 * state and the referrer's outcome. Notes are not exported here (the member asks their psychologist, who decides
 * with them); process notes are excluded from every export.
 */
@Component
class PsychologyPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	PsychologyPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String sectionKey() {
		return "psychology.access.section";
	}

	@Override
	public List<Map<String, Object>> recordsFor(Long memberId, Long familyMemberId) {
		String who = familyMemberId == null ? "c.member_id = ?" : "c.family_member_id = ?";
		return jdbc.sql("""
				select c.reference, c.route, c.state, c.outcome, c.opened_at, c.closed_at,
				  (select count(*) from psy_appointment a where a.case_id = c.id and a.status = 'HELD') held,
				  (select min(a.starts_at) from psy_appointment a where a.case_id = c.id and a.status = 'BOOKED'
				   and a.starts_at > now()) next_at
				from psy_case c""" + " where " + who + " order by c.opened_at desc")
			.param(familyMemberId == null ? memberId : familyMemberId).query((rs, i) -> {
				Map<String, Object> r = new LinkedHashMap<>();
				r.put("psyRecord", rs.getString("reference"));
				r.put("psyRoute", Route.valueOf(rs.getString("route")));
				r.put("psyState", CaseState.valueOf(rs.getString("state")));
				r.put("psyOutcome", rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")));
				r.put("psyOpenedAt", rs.getTimestamp("opened_at").toInstant());
				r.put("psyClosedAt", rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant());
				r.put("psySessionsHeld", rs.getLong("held"));
				r.put("psyNextAppointment", rs.getTimestamp("next_at") == null ? null : rs.getTimestamp("next_at").toInstant());
				return r;
			}).list();
	}
}
