package dz.sanad.training;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Training figures published for the steering of the agreement (counts only, never a person), by the centre
 * (organisation unit id) that ran the session. Other modules read these, never the training tables.
 */
@Service
@Transactional(readOnly = true)
public class TrainingFigures {

	private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");

	private final JdbcClient jdbc;

	TrainingFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Certificates issued in a year (Algiers time) and not revoked, per centre. */
	public Map<Long, Long> certificatesByCentre(int year) {
		Map<Long, Long> m = new LinkedHashMap<>();
		jdbc.sql("""
				select s.centre_id, count(*) from training_certificate c join training_session s on s.id = c.session_id
				where not c.revoked and c.issued_at >= ? and c.issued_at < ? group by 1 order by 1""")
			.param(start(year)).param(start(year + 1))
			.query((rs, i) -> m.put(rs.getLong(1), rs.getLong(2))).list();
		return m;
	}

	/** People (distinct members) who completed a session that ended in the year, per centre. */
	public Map<Long, Long> trainedByCentre(int year) {
		Map<Long, Long> m = new LinkedHashMap<>();
		jdbc.sql("""
				select s.centre_id, count(distinct n.member_id) from training_nomination n
				join training_session s on s.id = n.session_id
				where n.completed and s.end_date >= ? and s.end_date < ? group by 1 order by 1""")
			.param(LocalDate.of(year, 1, 1)).param(LocalDate.of(year + 1, 1, 1))
			.query((rs, i) -> m.put(rs.getLong(1), rs.getLong(2))).list();
		return m;
	}

	private static java.sql.Timestamp start(int year) {
		return java.sql.Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(ALGIERS).toInstant());
	}
}
