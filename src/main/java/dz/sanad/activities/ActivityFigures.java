package dz.sanad.activities;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Activity figures published for the steering of the agreement (counts only), by wilaya code. Other modules read
 * these, never the activities tables.
 */
@Service
@Transactional(readOnly = true)
public class ActivityFigures {

	private final JdbcClient jdbc;

	ActivityFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Activities run (not cancelled) that started in the year, per wilaya. */
	public Map<String, Long> activitiesByWilaya(int year) {
		return count("""
				select wilaya_code, count(*) from activities_activity
				where status <> 'CANCELLED' and start_date >= ? and start_date < ? group by 1 order by 1""", year);
	}

	/** Confirmed participants in activities that started in the year, per wilaya. */
	public Map<String, Long> participantsByWilaya(int year) {
		return count("""
				select wilaya_code, coalesce(sum(confirmed_count), 0) from activities_activity
				where status <> 'CANCELLED' and start_date >= ? and start_date < ? group by 1 order by 1""", year);
	}

	private Map<String, Long> count(String sql, int year) {
		Map<String, Long> m = new LinkedHashMap<>();
		jdbc.sql(sql).param(LocalDate.of(year, 1, 1)).param(LocalDate.of(year + 1, 1, 1))
			.query((rs, i) -> m.put(rs.getString(1), rs.getLong(2))).list();
		return m;
	}
}
