package dz.sanad.activities;

import dz.sanad.organisation.Unit;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Role;
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

	/** Counts below this are hidden from aggregate-only readers (the committee): small cells identify people. */
	public static final int SMALL_COUNT = 5;

	public record Kpis(long activities, long open, long confirmed, long waiting, Double attendanceRate,
			Double satisfaction, long ratings, long talents, long athletes, long medicalExpired, long careEnrolled,
			long careWaiting, long partnershipsExpiring) {
	}

	public record Dashboard(Unit unit, Kpis kpis, Map<String, Long> registrationsByMonth,
			Map<String, Long> confirmedByCategory, Map<String, long[]> agePyramid,
			List<ChildCareService.Occupancy> occupancy) {
	}

	/** One wilaya's line of the national aggregates (null = suppressed small count). */
	public record WilayaLine(String wilayaCode, Long activities, Long confirmed, Long waiting, Double satisfaction,
			Long talents, Long careEnrolled, Long athletes) {
	}

	static final List<String> BANDS = List.of("0-5", "6-10", "11-14", "15-17", "18-34", "35-49", "50+");

	private final JdbcClient jdbc;

	private final ScopeGuard guard;

	private final ChildCareService care;

	ActivityDashboards(JdbcClient jdbc, ScopeGuard guard, ChildCareService care) {
		this.jdbc = jdbc;
		this.guard = guard;
		this.care = care;
	}

	public Dashboard dashboard(Long unitId) {
		guard.check(unitId);
		Unit unit = guard.unit(unitId);
		LocalDate today = LocalDate.now();
		Kpis k = jdbc.sql("""
				select
				  (select count(*) from activities_activity where unit_id = :u),
				  (select count(*) from activities_activity where unit_id = :u and status = 'PUBLISHED'),
				  (select coalesce(sum(confirmed_count), 0) from activities_activity where unit_id = :u and status in ('PUBLISHED', 'CLOSED')),
				  (select coalesce(sum(waiting_count), 0) from activities_activity where unit_id = :u and status = 'PUBLISHED'),
				  (select round(100.0 * count(*) filter (where t.present) / nullif(count(*), 0), 1)
				     from activities_attendance t join activities_occurrence o on o.id = t.occurrence_id
				     join activities_activity a on a.id = o.activity_id where a.unit_id = :u),
				  (select round(avg(rating), 2) from activities_registration where unit_id = :u and rating is not null),
				  (select count(*) from activities_registration where unit_id = :u and rating is not null),
				  (select count(*) from activities_talent where unit_id = :u and status = 'ACTIVE'),
				  (select count(*) from activities_athlete t join activities_club_section s on s.id = t.section_id where s.unit_id = :u and t.active),
				  (select count(*) from activities_athlete t join activities_club_section s on s.id = t.section_id where s.unit_id = :u and t.active
				     and (t.medical_valid_until is null or t.medical_valid_until < :today)),
				  (select count(*) from activities_care_application where unit_id = :u and status = 'ENROLLED'),
				  (select count(*) from activities_care_application where unit_id = :u and status in ('SUBMITTED', 'WAITING')),
				  (select count(*) from activities_partnership where unit_id = :u and ends_on between :today and :soon)""")
			.param("u", unitId).param("today", today).param("soon", today.plusDays(Partnership.REMINDER_DAYS))
			.query((rs, i) -> new Kpis(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					dbl(rs.getBigDecimal(5)), dbl(rs.getBigDecimal(6)), rs.getLong(7),
					rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13)))
			.single();
		Map<String, Long> byMonth = new LinkedHashMap<>();
		YearMonth first = YearMonth.from(today).minusMonths(11);
		for (int i = 0; i < 12; i++) {
			byMonth.put(first.plusMonths(i).toString(), 0L);
		}
		jdbc.sql("""
				select to_char(registered_at at time zone 'Africa/Algiers', 'YYYY-MM'), count(*) from activities_registration
				where unit_id = ? and registered_at >= ? group by 1""")
			.params(unitId, java.sql.Timestamp.valueOf(first.atDay(1).atStartOfDay()))
			.query((rs, i) -> {
				String month = rs.getString(1);
				long n = rs.getLong(2);
				return byMonth.computeIfPresent(month, (m, v) -> n);
			}).list();
		Map<String, Long> byCategory = new LinkedHashMap<>();
		for (Category c : Category.values()) {
			byCategory.put(c.name(), 0L);
		}
		jdbc.sql("select category, coalesce(sum(confirmed_count), 0) from activities_activity where unit_id = ? and status in ('PUBLISHED','CLOSED') group by category")
			.param(unitId).query((rs, i) -> byCategory.put(rs.getString(1), rs.getLong(2))).list();
		Map<String, long[]> pyramid = new LinkedHashMap<>();
		BANDS.forEach(b -> pyramid.put(b, new long[2]));
		jdbc.sql("""
				select case when age < 6 then '0-5' when age < 11 then '6-10' when age < 15 then '11-14'
				            when age < 18 then '15-17' when age < 35 then '18-34' when age < 50 then '35-49' else '50+' end,
				       sex, count(*)
				from (select extract(year from age(:today, birth_date))::int as age, sex from activities_registration
				      where unit_id = :u and status = 'CONFIRMED' and birth_date is not null) x group by 1, 2""")
			.param("u", unitId).param("today", today)
			.query((rs, i) -> pyramid.get(rs.getString(1))["M".equals(rs.getString(2)) ? 0 : 1] = rs.getLong(3)).list();
		return new Dashboard(unit, k, byMonth, byCategory, pyramid, care.occupancy(unitId, YearMonth.from(today)));
	}

	/** National (or wilaya) aggregates by wilaya; for the committee, counts under {@link #SMALL_COUNT} are hidden. */
	public List<WilayaLine> byWilaya() {
		List<Long> ids = guard.unitIds();
		boolean suppress = CurrentUser.get().role() == Role.COMMITTEE;
		String scope = ids == null ? "" : " and unit_id in (:ids)";
		Map<String, Object> p = new LinkedHashMap<>();
		if (ids != null) {
			p.put("ids", ids.isEmpty() ? List.of(-1L) : ids);
		}
		Map<String, long[]> acts = new java.util.TreeMap<>();
		jdbc.sql("select wilaya_code, count(*), coalesce(sum(confirmed_count), 0), coalesce(sum(waiting_count) filter (where status = 'PUBLISHED'), 0) from activities_activity where status <> 'CANCELLED'" + scope + " group by 1")
			.params(p).query((rs, i) -> acts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) })).list();
		Map<String, Double> sat = new LinkedHashMap<>();
		jdbc.sql("select a.wilaya_code, round(avg(r.rating), 2), count(*) from activities_registration r join activities_activity a on a.id = r.activity_id where r.rating is not null"
				+ (ids == null ? "" : " and r.unit_id in (:ids)") + " group by 1")
			.params(p).query((rs, i) -> sat.put(rs.getString(1), suppress && rs.getLong(3) < SMALL_COUNT ? null : rs.getDouble(2))).list();
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
			return new WilayaLine(w, a[0], hide(a[1], suppress), hide(a[2], suppress), sat.get(w),
					hide(talents.getOrDefault(w, 0L), suppress), hide(care.getOrDefault(w, 0L), suppress),
					hide(athletes.getOrDefault(w, 0L), suppress));
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

	static Long hide(long n, boolean suppress) {
		return suppress && n > 0 && n < SMALL_COUNT ? null : n;
	}
}
