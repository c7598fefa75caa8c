package dz.sanad.holidays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Holiday figures published for the steering of the agreement (counts only), by wilaya code, over the seasons of
 * a year. Other modules read these, never the holidays tables.
 */
@Service
@Transactional(readOnly = true)
public class HolidayFigures {

	/** Applications and the places they obtained in a wilaya. */
	public record Placement(long applications, long placed) {
	}

	private final JdbcClient jdbc;

	HolidayFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, Placement> placementsByWilaya(int year) {
		Map<String, Placement> m = new LinkedHashMap<>();
		jdbc.sql("""
				select a.wilaya_code, count(*), count(*) filter (where a.status in ('PLACED', 'CONFIRMED'))
				from holiday_application a join holiday_season s on s.id = a.season_id
				where s.year = ? group by 1 order by 1""").param(year)
			.query((rs, i) -> m.put(rs.getString(1), new Placement(rs.getLong(2), rs.getLong(3)))).list();
		return m;
	}
}
