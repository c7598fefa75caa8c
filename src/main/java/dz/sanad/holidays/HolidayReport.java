package dz.sanad.holidays;

import dz.sanad.platform.SanadUser;
import dz.sanad.platform.disclosure.DisclosureRule;
import dz.sanad.platform.disclosure.Sensitivity;
import dz.sanad.platform.disclosure.SuppressedTable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The season report: counts by status, wilaya, criterion and choice, small counts hidden from the committee. */
@Service
@Transactional(readOnly = true)
public class HolidayReport {

	public record Count(String key, long applications, long placed) {
	}

	public record Report(long applications, long placed, long waiting, long capacity, long taken, double fillRate,
			Map<String, Long> byStatus, List<Count> byWilaya, List<Count> byCriterion, List<Count> byChoice) {
	}

	/**
	 * The season report as the follow-up committee (or a page, for anyone entitled) sees it, under the platform's
	 * disclosure rule: by wilaya with the national totals, by criterion, by choice, each a {@link SuppressedTable}
	 * whose small counts read "&lt;5" and whose complementary cells keep them from being worked out from the
	 * totals; the headline counts are those totals as shown. Counts by status are left out: with the national
	 * placed total they would give away a hidden status count.
	 */
	public record AggregateReport(SuppressedTable.Cell applications, SuppressedTable.Cell placed,
			SuppressedTable.Cell waiting, long capacity, long taken, double fillRate, SuppressedTable byWilaya,
			SuppressedTable byCriterion, SuppressedTable byChoice) {
	}

	public static final String APPLICATIONS = "holidays.report.applications";

	public static final String PLACED = "holidays.report.placed";

	private final HolidaySeasons seasons;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final DisclosureRule disclosure;

	HolidayReport(HolidaySeasons seasons, JdbcClient jdbc, JsonMapper json, DisclosureRule disclosure) {
		this.seasons = seasons;
		this.jdbc = jdbc;
		this.json = json;
		this.disclosure = disclosure;
	}

	/**
	 * The report as the user may read it: the directorate in full, the follow-up committee under the disclosure
	 * rule ({@link AggregateReport}); anyone else is refused.
	 */
	public Object reportFor(SanadUser user, Long seasonId) {
		seasons.season(seasonId);
		return switch (user.role()) {
			case DGSN_SOCIAL -> report(seasonId);
			case COMMITTEE -> aggregate(seasonId, () -> disclosure.table(Sensitivity.STANDARD));
			default -> throw new AccessDeniedException("season report: directorate and committee only");
		};
	}

	/** The report page's tables: in full for the directorate, under the disclosure rule for the committee. */
	public AggregateReport tablesFor(SanadUser user, Long seasonId) {
		seasons.season(seasonId);
		return switch (user.role()) {
			case DGSN_SOCIAL -> aggregate(seasonId, disclosure::unsuppressed);
			case COMMITTEE -> aggregate(seasonId, () -> disclosure.table(Sensitivity.STANDARD));
			default -> throw new AccessDeniedException("season report: directorate and committee only");
		};
	}

	private AggregateReport aggregate(Long seasonId, Supplier<SuppressedTable.Builder> rule) {
		Report r = report(seasonId);
		SuppressedTable.Builder wilayas = rule.get().columns(APPLICATIONS, PLACED);
		r.byWilaya().forEach(c -> wilayas.add(c.key(), APPLICATIONS, c.applications()).add(c.key(), PLACED,
				c.placed()));
		SuppressedTable byWilaya = wilayas.build();
		// counts by criterion overlap (a family meets several), so they add up to nothing published
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> names = new LinkedHashMap<>();
		seasons.criteria(seasonId).forEach(c -> names.put(c.getCode(), c.name(locale)));
		SuppressedTable.Builder criteria = rule.get().columns("holidays.report.withCriterion", PLACED)
			.columnTotals(false);
		r.byCriterion().forEach(c -> criteria.row(c.key(), names.getOrDefault(c.key(), c.key()))
			.add(c.key(), "holidays.report.withCriterion", c.applications()).add(c.key(), PLACED, c.placed()));
		SuppressedTable.Builder choices = rule.get().columns(APPLICATIONS);
		r.byChoice().forEach(c -> choices.add(c.key(), APPLICATIONS, c.applications()));
		SuppressedTable waiting = rule.get().columns(APPLICATIONS).add("w", APPLICATIONS, r.waiting())
			.columnTotals(false).build();
		return new AggregateReport(byWilaya.columnTotal(APPLICATIONS), byWilaya.columnTotal(PLACED),
				waiting.cell("w", APPLICATIONS), r.capacity(), r.taken(), r.fillRate(), byWilaya, criteria.build(),
				choices.build());
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
