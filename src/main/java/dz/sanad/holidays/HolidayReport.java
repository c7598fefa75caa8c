package dz.sanad.holidays;

import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The season report: counts by status, wilaya, criterion and choice, small counts hidden from the committee. */
@Service
@Transactional(readOnly = true)
public class HolidayReport {

	public record Count(String key, long applications, long placed) {
	}

	public record Report(long applications, long placed, long waiting, long capacity, long taken, double fillRate,
			Map<String, Long> byStatus, List<Count> byWilaya, List<Count> byCriterion, List<Count> byChoice) {
	}

	/** Below this, a count by wilaya or by criterion is not shown to readers of aggregates only. */
	public static final int SMALL_CELL = 5;

	public static final String SMALL_CELL_TEXT = "<" + SMALL_CELL;

	/** A cell as shown to readers of aggregates only: the count, or "<5". */
	public record Cell(String key, String applications, String placed) {
		static Cell of(Count c) {
			return new Cell(c.key(), shown(c.applications()), shown(c.placed()));
		}

		private static String shown(long n) {
			return n < SMALL_CELL ? SMALL_CELL_TEXT : String.valueOf(n);
		}
	}

	/**
	 * The season report for the follow-up committee: national totals as they are, but every count by wilaya or by
	 * criterion below {@link #SMALL_CELL} is replaced by "<5", so no family can be singled out.
	 */
	public record AggregateReport(long applications, long placed, long waiting, long capacity, long taken,
			double fillRate, Map<String, Long> byStatus, List<Cell> byWilaya, List<Cell> byCriterion,
			List<Count> byChoice) {
		static AggregateReport of(Report r) {
			return new AggregateReport(r.applications(), r.placed(), r.waiting(), r.capacity(), r.taken(),
					r.fillRate(), r.byStatus(), r.byWilaya().stream().map(Cell::of).toList(),
					r.byCriterion().stream().map(Cell::of).toList(), r.byChoice());
		}
	}

	private final HolidaySeasons seasons;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	HolidayReport(HolidaySeasons seasons, JdbcClient jdbc, JsonMapper json) {
		this.seasons = seasons;
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The report as the user may read it: the directorate in full, the follow-up committee with small counts
	 * suppressed ({@link AggregateReport}); anyone else is refused.
	 */
	public Object reportFor(SanadUser user, Long seasonId) {
		seasons.season(seasonId);
		return switch (user.role()) {
			case DGSN_SOCIAL -> report(seasonId);
			case COMMITTEE -> AggregateReport.of(report(seasonId));
			default -> throw new AccessDeniedException("season report: directorate and committee only");
		};
	}

	public Report report(Long seasonId) {
		Map<String, Long> byStatus = new LinkedHashMap<>();
		for (ApplicationStatus s : ApplicationStatus.values()) {
			byStatus.put(s.name(), 0L);
		}
		jdbc.sql("select status, count(*) from holiday_application where season_id = ? group by status")
			.param(seasonId).query(rs -> {
				byStatus.put(rs.getString(1), rs.getLong(2));
			});
		long apps = byStatus.values().stream().mapToLong(Long::longValue).sum();
		long placed = byStatus.get("PLACED") + byStatus.get("CONFIRMED");
		long[] cap = new long[2];
		jdbc.sql("""
				select coalesce(sum(s.capacity), 0), coalesce(sum(s.taken), 0) from holiday_shift s
				join holiday_offer o on o.id = s.offer_id where o.season_id = ?""").param(seasonId).query(rs -> {
			cap[0] = rs.getLong(1);
			cap[1] = rs.getLong(2);
		});
		List<Count> byWilaya = jdbc.sql("""
				select wilaya_code, count(*), count(*) filter (where status in ('PLACED', 'CONFIRMED'))
				from holiday_application where season_id = ? group by wilaya_code order by wilaya_code""")
			.param(seasonId).query((rs, i) -> new Count(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
		Map<String, long[]> crit = new LinkedHashMap<>();
		seasons.criteria(seasonId).forEach(c -> crit.put(c.getCode(), new long[2]));
		long[][] choice = new long[4][2];
		jdbc.sql("select explanation, status from holiday_application where season_id = ? and explanation is not null")
			.param(seasonId).query(rs -> {
				Explanation e = json.readValue(rs.getString(1), Explanation.class);
				boolean isPlaced = ApplicationStatus.valueOf(rs.getString(2)).holdsPlace();
				e.values().forEach((code, v) -> {
					long[] c = crit.get(code);
					if (c != null && v != null && v > 0) {
						c[0]++;
						if (isPlaced) {
							c[1]++;
						}
					}
				});
				choice[e.choice()][0]++;
			});
		List<Count> byCriterion = crit.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()[0],
				e.getValue()[1])).toList();
		List<Count> byChoice = List.of(new Count("1", choice[1][0], choice[1][0]),
				new Count("2", choice[2][0], choice[2][0]), new Count("3", choice[3][0], choice[3][0]),
				new Count("0", choice[0][0], 0));
		double fill = cap[0] == 0 ? 0 : 100.0 * cap[1] / cap[0];
		return new Report(apps, placed, byStatus.get("WAITING"), cap[0], cap[1], fill, byStatus, byWilaya,
				byCriterion, byChoice);
	}
}
