package dz.sanad.activities;

import dz.sanad.organisation.Unit;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Role;
import dz.sanad.platform.disclosure.DisclosureRule;
import dz.sanad.platform.disclosure.Sensitivity;
import dz.sanad.platform.disclosure.SuppressedTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures for the establishment dashboard and the national aggregates. Plain SQL over the module's own tables;
 * the per-activity counters keep the dashboard cheap even with a million registrations.
 */
@Service
@Transactional(readOnly = true)
public class ActivityDashboards {

	/** The wilaya table's columns (message keys), counts of people except the first (activities run). */
	public static final List<String> WILAYA_COLUMNS = List.of("nav.act.activities", "act.confirmed", "act.waiting",
			"nav.act.talents", "act.care.enrolled", "act.club.athletes");

	public record Kpis(long activities, long open, long confirmed, long waiting, Double attendanceRate,
			Double satisfaction, long ratings, long talents, long athletes, long medicalExpired, long careEnrolled,
			long careWaiting, long partnershipsExpiring) {
	}

	public record Dashboard(Unit unit, Kpis kpis, Map<String, Long> registrationsByMonth,
			Map<String, Long> confirmedByCategory, Map<String, long[]> agePyramid,
			List<ChildCareService.Occupancy> occupancy) {
	}

	/** One wilaya's line of the national aggregates, as counted (before the disclosure rule). */
	record WilayaLine(String wilayaCode, long activities, long confirmed, long waiting, Double satisfaction,
			long ratings, long talents, long careEnrolled, long athletes) {
	}

	/**
	 * The national aggregates by wilaya as the reader may see them: counts under the disclosure rule for the
	 * committee (small counts and their complements read "&lt;5", national totals below), the mean rating by wilaya
	 * as text ("&lt;5" when fewer ratings than the threshold, "—" when none).
	 */
	public record WilayaFigures(SuppressedTable counts, Map<String, String> satisfaction) {
	}

	static final List<String> BANDS = List.of("0-5", "6-10", "11-14", "15-17", "18-34", "35-49", "50+");

	private final JdbcClient jdbc;

	private final ScopeGuard guard;

	private final ChildCareService care;

	private final DisclosureRule disclosure;

	ActivityDashboards(JdbcClient jdbc, ScopeGuard guard, ChildCareService care, DisclosureRule disclosure) {
		this.disclosure = disclosure;
		this.jdbc = jdbc;
		this.guard = guard;
		this.care = care;
	}

	public Dashboard dashboard(Long unitId) {
		Unit unit = guard.check(unitId);
		LocalDate today = LocalDate.now();
		// one pass per table: the activity counters, the rated registrations (a small partial index), athletes, care
		Kpis k = jdbc.sql("""
				select a.n, a.open, a.confirmed, a.waiting,
				  (select round(100.0 * count(*) filter (where t.present) / nullif(count(*), 0), 1)
				     from activities_attendance t join activities_occurrence o on o.id = t.occurrence_id
				     join activities_activity x on x.id = o.activity_id where x.unit_id = :u),
				  r.satisfaction, r.ratings,
				  (select count(*) from activities_talent where unit_id = :u and status = 'ACTIVE'),
				  s.athletes, s.expired, c.enrolled, c.waiting,
				  (select count(*) from activities_partnership where unit_id = :u and ends_on between :today and :soon)
				from (select count(*) n, count(*) filter (where status = 'PUBLISHED') open,
				        coalesce(sum(confirmed_count) filter (where status in ('PUBLISHED', 'CLOSED')), 0) confirmed,
				        coalesce(sum(waiting_count) filter (where status = 'PUBLISHED'), 0) waiting
				      from activities_activity where unit_id = :u) a,
				     (select round(avg(rating), 2) satisfaction, count(*) ratings
				      from activities_registration where unit_id = :u and rating is not null) r,
				     (select count(*) athletes,
				        count(*) filter (where t.medical_valid_until is null or t.medical_valid_until < :today) expired
				      from activities_athlete t join activities_club_section s on s.id = t.section_id
				      where s.unit_id = :u and t.active) s,
				     (select count(*) filter (where status = 'ENROLLED') enrolled,
				        count(*) filter (where status in ('SUBMITTED', 'WAITING')) waiting
				      from activities_care_application where unit_id = :u and status in ('ENROLLED', 'SUBMITTED', 'WAITING')) c""")
			.param("u", unitId).param("today", today).param("soon", today.plusDays(Partnership.REMINDER_DAYS))
			.query((rs, i) -> new Kpis(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					dbl(rs.getBigDecimal(5)), dbl(rs.getBigDecimal(6)), rs.getLong(7),
					rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13)))
			.single();
		// registrations of the last 12 months by month (Algiers time): buckets between month starts computed here,
		// so the database compares timestamps instead of formatting each of the unit's rows
		Map<String, Long> byMonth = new LinkedHashMap<>();
		YearMonth first = YearMonth.from(today).minusMonths(11);
		java.time.OffsetDateTime[] starts = new java.time.OffsetDateTime[12];
		for (int i = 0; i < 12; i++) {
			byMonth.put(first.plusMonths(i).toString(), 0L);
			starts[i] = first.plusMonths(i).atDay(1).atStartOfDay(dz.sanad.platform.Formats.ZONE).toOffsetDateTime();
		}
		jdbc.sql("""
				select width_bucket(registered_at, array[:starts]::timestamptz[]), count(*) from activities_registration
				where unit_id = :u and registered_at >= :from group by 1""")
			.param("starts", java.util.Arrays.asList(starts)).param("u", unitId).param("from", starts[0])
			.query((rs, i) -> {
				int bucket = rs.getInt(1); // 1..12, the month starting at starts[bucket - 1]
				long n = rs.getLong(2);
				return byMonth.computeIfPresent(first.plusMonths(bucket - 1).toString(), (m, v) -> v + n);
			}).list();
		Map<String, Long> byCategory = new LinkedHashMap<>();
		for (Category c : Category.values()) {
			byCategory.put(c.name(), 0L);
		}
		jdbc.sql("select category, coalesce(sum(confirmed_count), 0) from activities_activity where unit_id = ? and status in ('PUBLISHED','CLOSED') group by category")
			.param(unitId).query((rs, i) -> byCategory.put(rs.getString(1), rs.getLong(2))).list();
		// age bands by birth date against dates computed once (age < n ⇔ born after today minus n years), read
		// from the covering index (unit, status) include (birth date, sex) without visiting the table
		Map<String, long[]> pyramid = new LinkedHashMap<>();
		BANDS.forEach(b -> pyramid.put(b, new long[2]));
		jdbc.sql("""
				select case when birth_date > :y6 then 0 when birth_date > :y11 then 1 when birth_date > :y15 then 2
				            when birth_date > :y18 then 3 when birth_date > :y35 then 4 when birth_date > :y50 then 5 else 6 end,
				       sex, count(*)
				from activities_registration where unit_id = :u and status = 'CONFIRMED' and birth_date is not null
				group by 1, 2""")
			.param("u", unitId).param("y6", today.minusYears(6)).param("y11", today.minusYears(11))
			.param("y15", today.minusYears(15)).param("y18", today.minusYears(18)).param("y35", today.minusYears(35))
			.param("y50", today.minusYears(50))
			.query((rs, i) -> pyramid.get(BANDS.get(rs.getInt(1)))["M".equals(rs.getString(2)) ? 0 : 1] = rs.getLong(3))
			.list();
		return new Dashboard(unit, k, byMonth, byCategory, pyramid, care.occupancy(unitId, YearMonth.from(today)));
	}

	/** National (or wilaya) aggregates by wilaya; for the committee under the platform's disclosure rule. */
	public WilayaFigures byWilaya() {
		boolean suppress = CurrentUser.get().role() == Role.COMMITTEE;
		SuppressedTable.Builder b = (suppress ? disclosure.table(Sensitivity.STANDARD) : disclosure.unsuppressed())
			.columns(WILAYA_COLUMNS.toArray(String[]::new));
		int k = suppress ? disclosure.threshold(Sensitivity.STANDARD) : 0;
		Map<String, String> satisfaction = new LinkedHashMap<>();
		for (WilayaLine l : lines()) {
			long[] v = { l.activities(), l.confirmed(), l.waiting(), l.talents(), l.careEnrolled(), l.athletes() };
			for (int i = 0; i < v.length; i++) {
				b.add(l.wilayaCode(), WILAYA_COLUMNS.get(i), v[i]);
			}
			satisfaction.put(l.wilayaCode(), l.ratings() == 0 ? "—" : l.ratings() < k ? "<" + k
					: String.format(java.util.Locale.ROOT, "%.2f", l.satisfaction()));
		}
		return new WilayaFigures(b.build(), satisfaction);
	}

	private List<WilayaLine> lines() {
		List<Long> ids = guard.unitIds();
		String scope = ids == null ? "" : " and unit_id in (:ids)";
		Map<String, Object> p = new LinkedHashMap<>();
		if (ids != null) {
			p.put("ids", ids.isEmpty() ? List.of(-1L) : ids);
		}
		Map<String, long[]> acts = new java.util.TreeMap<>();
		jdbc.sql("select wilaya_code, count(*), coalesce(sum(confirmed_count), 0), coalesce(sum(waiting_count) filter (where status = 'PUBLISHED'), 0) from activities_activity where status <> 'CANCELLED'" + scope + " group by 1")
			.params(p).query((rs, i) -> acts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) })).list();
		Map<String, double[]> sat = new LinkedHashMap<>();
		jdbc.sql("select a.wilaya_code, round(avg(r.rating), 2), count(*) from activities_registration r join activities_activity a on a.id = r.activity_id where r.rating is not null"
				+ (ids == null ? "" : " and r.unit_id in (:ids)") + " group by 1")
			.params(p).query((rs, i) -> sat.put(rs.getString(1), new double[] { rs.getDouble(2), rs.getLong(3) })).list();
		Map<String, Long> talents = count("select wilaya_code, count(*) from activities_talent where status = 'ACTIVE'" + scope + " group by 1", p);
		Map<String, Long> care = count("select g.wilaya_code, count(*) from activities_care_application a join activities_care_group g on g.id = a.group_id where a.status = 'ENROLLED'"
				+ (ids == null ? "" : " and a.unit_id in (:ids)") + " group by 1", p);
		Map<String, Long> athletes = count("select s.wilaya_code, count(*) from activities_athlete t join activities_club_section s on s.id = t.section_id where t.active"
				+ (ids == null ? "" : " and s.unit_id in (:ids)") + " group by 1", p);
		java.util.Set<String> wilayas = new java.util.TreeSet<>(acts.keySet());
		wilayas.addAll(talents.keySet());
		wilayas.addAll(care.keySet());
		wilayas.addAll(athletes.keySet());
		return wilayas.stream().map(w -> {
			long[] a = acts.getOrDefault(w, new long[3]);
			double[] rating = sat.get(w);
			return new WilayaLine(w, a[0], a[1], a[2], rating == null ? null : rating[0],
					rating == null ? 0 : (long) rating[1], talents.getOrDefault(w, 0L), care.getOrDefault(w, 0L),
					athletes.getOrDefault(w, 0L));
		}).toList();
	}

	private Map<String, Long> count(String sql, Map<String, Object> p) {
		Map<String, Long> m = new LinkedHashMap<>();
		jdbc.sql(sql).params(p).query((rs, i) -> m.put(rs.getString(1), rs.getLong(2))).list();
		return m;
	}

	private static Double dbl(java.math.BigDecimal d) {
		return d == null ? null : d.doubleValue();
	}
}
