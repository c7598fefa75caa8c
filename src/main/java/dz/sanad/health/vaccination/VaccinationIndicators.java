package dz.sanad.health.vaccination;

import dz.sanad.platform.Dates;
import dz.sanad.steering.IndicatorSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The steering indicator "vaccination coverage of members' children", per wilaya: among the children with a dose
 * due in the year (up to today), those who had every such dose (given here or elsewhere) over all of them. Counts
 * only; steering applies the sensitive threshold (10) before anyone sees them.
 */
@Component
class VaccinationIndicators implements IndicatorSource {

	static final String COVERAGE = "health.vaccination-coverage";

	private final JdbcClient jdbc;

	VaccinationIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> keys() {
		return Set.of(COVERAGE);
	}

	@Override
	public Map<String, Figure> figures(String key, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate until = LocalDate.of(year, 12, 31);
		LocalDate today = Dates.today();
		Map<String, Figure> figures = new LinkedHashMap<>();
		jdbc.sql("""
				select coalesce(wilaya_code, '') as scope, count(*) filter (where all_done) as covered, count(*) as due
				from (select family_member_id, wilaya_code, bool_and(done) as all_done from vaccination_due
				      where due_date between ? and ? and not refused group by family_member_id, wilaya_code) c
				group by 1 order by 1""")
			.params(from, until.isAfter(today) ? today : until)
			.query(rs -> {
				figures.put(rs.getString("scope"), new Figure(rs.getLong("covered"), rs.getLong("due")));
			});
		return figures;
	}
}
