package dz.sanad.training;

import dz.sanad.people.PersonalDataSource;
import dz.sanad.platform.Formats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The right of access lists the member's nominations and certificates (training holds nothing on family members). */
@Component
class TrainingPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	private final Formats fmt = new Formats();

	TrainingPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String sectionKey() {
		return "training.access.section";
	}

	@Override
	public List<Map<String, Object>> recordsFor(Long memberId, Long familyMemberId) {
		if (familyMemberId != null) {
			return List.of();
		}
		return jdbc.sql("""
				select s.code, p.title_ar, p.title_fr, s.start_date, s.end_date, n.status, n.reason, n.created_at,
				       n.attendance_rate, c.serial, c.issued_at, c.revoked
				from training_nomination n join training_session s on s.id = n.session_id
				join training_programme p on p.id = s.programme_id
				left join training_certificate c on c.nomination_id = n.id
				where n.member_id = ? order by n.created_at desc""")
			.param(memberId).query((rs, i) -> {
				Map<String, Object> r = new LinkedHashMap<>();
				r.put("sessionCode", rs.getString("code"));
				r.put("programme", rs.getString("title_ar") + " — " + rs.getString("title_fr"));
				r.put("startDate", rs.getDate("start_date").toLocalDate());
				r.put("endDate", rs.getDate("end_date").toLocalDate());
				r.put("nominationStatus", NominationStatus.valueOf(rs.getString("status")));
				r.put("reason", rs.getString("reason"));
				r.put("nominatedAt", rs.getTimestamp("created_at").toInstant());
				Object rate = rs.getObject("attendance_rate");
				r.put("attendanceRate", rate == null ? null : fmt.percent(((Number) rate).doubleValue()));
				r.put("certificateSerial", rs.getString("serial"));
				r.put("certificateIssuedAt", rs.getTimestamp("issued_at") == null ? null : rs.getTimestamp("issued_at").toInstant());
				r.put("certificateRevoked", rs.getString("serial") == null ? null : rs.getBoolean("revoked"));
				return r;
			}).list();
	}
}
