package dz.sanad.steering;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results framework and its figures. A computed indicator reads its module's published figures through an
 * {@link IndicatorSource}; a manual one its entered value; a year once locked reads the figures stored when it
 * was locked, never recomputed. The national value is numerator (over denominator) × factor.
 */
@Service
@Transactional(readOnly = true)
public class Indicators {

	public record Indicator(Long id, String code, String resultCode, String resultAr, String resultFr,
			String objectiveCode, Long commitmentId, Long articleId, String nameAr, String nameFr,
			String definitionAr, String definitionFr, String unit, int factor, String source, String sourceKey,
			String disaggregation, boolean sensitive, BigDecimal baseline) {
	}

	/** An indicator's figures for a year: per scope, whether they were stored at locking, and its target. */
	public record Figures(Indicator indicator, int year, Map<String, IndicatorSource.Figure> byScope,
			boolean stored, boolean available, BigDecimal target) {

		public long numerator() {
			return byScope.values().stream().mapToLong(IndicatorSource.Figure::numerator).sum();
		}

		public Long denominator() {
			return byScope.values().stream().anyMatch(f -> f.denominator() != null)
					? byScope.values().stream().mapToLong(f -> f.denominator() == null ? 0 : f.denominator()).sum()
					: null;
		}

		/** numerator (÷ denominator) × factor, or null when there is nothing to divide by. */
		public Double value() {
			Long d = denominator();
			if (d == null && !"COUNT".equals(indicator.unit())) {
				return null;
			}
			if (d != null) {
				return d == 0 ? null : Math.round(1000.0 * numerator() * indicator.factor() / d) / 1000.0;
			}
			return (double) numerator() * indicator.factor();
		}
	}

	private final JdbcClient jdbc;

	private final List<IndicatorSource> sources;

	private final Committee committee;

	private final AuditTrail audit;

	Indicators(JdbcClient jdbc, List<IndicatorSource> sources, Committee committee, AuditTrail audit) {
		this.jdbc = jdbc;
		this.sources = sources;
		this.committee = committee;
		this.audit = audit;
	}

	public List<Indicator> indicators() {
		return jdbc.sql("""
				select i.id, i.code, r.code, r.title_ar, r.title_fr, o.code, i.commitment_id, c.article_id, i.name_ar,
				       i.name_fr, i.definition_ar, i.definition_fr, i.unit, i.factor, i.source, i.source_key,
				       i.disaggregation, i.sensitive, i.baseline
				from steering_indicator i join steering_result r on r.id = i.result_id
				join steering_objective o on o.id = r.objective_id
				left join steering_commitment c on c.id = i.commitment_id order by o.code, r.code, i.id""")
			.query((rs, n) -> new Indicator(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), (Long) rs.getObject(7), (Long) rs.getObject(8),
					rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
					rs.getInt(14), rs.getString(15), rs.getString(16), rs.getString(17), rs.getBoolean(18),
					rs.getBigDecimal(19)))
			.list();
	}

	public Indicator indicator(Long id) {
		return indicators().stream().filter(i -> i.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFoundException("indicator " + id));
	}

	public Optional<BigDecimal> target(Long indicatorId, int year) {
		return jdbc.sql("select target from steering_target where indicator_id = ? and year = ? and scope_key = ''")
			.param(indicatorId).param(year).query(BigDecimal.class).optional();
	}

	/** The year's figures: stored ones for a locked year, else computed now (or entered, for a manual one). */
	public Figures figures(Indicator i, int year) {
		BigDecimal target = target(i.id(), year).orElse(null);
		Optional<Long> locked = lockedPeriod(year);
		if (locked.isPresent()) {
			Map<String, IndicatorSource.Figure> m = new LinkedHashMap<>();
			jdbc.sql("select scope_key, numerator, denominator from steering_figure where period_id = ? and indicator_id = ? order by scope_key")
				.param(locked.get()).param(i.id())
				.query((rs, n) -> m.put(rs.getString(1), new IndicatorSource.Figure(rs.getLong(2),
						rs.getObject(3) == null ? null : rs.getLong(3))))
				.list();
			return new Figures(i, year, m, true, true, target);
		}
		if ("MANUAL".equals(i.source())) {
			Map<String, IndicatorSource.Figure> m = new LinkedHashMap<>();
			jdbc.sql("select scope_key, numerator, denominator from steering_manual_value where indicator_id = ? and year = ?")
				.param(i.id()).param(year)
				.query((rs, n) -> m.put(rs.getString(1), new IndicatorSource.Figure(rs.getLong(2),
						rs.getObject(3) == null ? null : rs.getLong(3))))
				.list();
			return new Figures(i, year, m, false, !m.isEmpty(), target);
		}
		Optional<IndicatorSource> source = sources.stream().filter(s -> s.keys().contains(i.sourceKey())).findFirst();
		return source.map(s -> new Figures(i, year, s.figures(i.sourceKey(), year), false, true, target))
			.orElseGet(() -> new Figures(i, year, Map.of(), false, false, target));
	}

	/** The share of the year elapsed on a day (1 for a past year): the pro-rata of a count target. */
	public static double elapsed(int year, LocalDate today) {
		if (today.getYear() > year) {
			return 1;
		}
		if (today.getYear() < year) {
			return 0;
		}
		return (double) today.getDayOfYear() / today.lengthOfYear();
	}

	/**
	 * The traffic light: against the target pro rata of the period for a count (a rate is compared with its
	 * target as it is), green from 100 %, amber from 80 %, red below; none without a value or a target.
	 */
	public static String light(Indicator i, Double value, BigDecimal target, double elapsed) {
		if (value == null || target == null || target.signum() == 0) {
			return "NONE";
		}
		double goal = "COUNT".equals(i.unit()) ? target.doubleValue() * elapsed : target.doubleValue();
		if (goal <= 0) {
			return "NONE";
		}
		double ratio = value / goal;
		return ratio >= 1 ? "GREEN" : ratio >= 0.8 ? "AMBER" : "RED";
	}

	private Optional<Long> lockedPeriod(int year) {
		return jdbc.sql("select id from steering_period where year = ? and month is null and status in ('LOCKED', 'APPROVED')")
			.param(year).query(Long.class).optional();
	}

	public Optional<String> periodStatus(int year) {
		return jdbc.sql("select status from steering_period where year = ? and month is null").param(year)
			.query(String.class).optional();
	}

	/** Locks a year: every indicator's figures are computed one last time and stored as they are. */
	@Transactional
	public void lock(SanadUser user, int year) {
		committee.requireMember(user);
		jdbc.sql("insert into steering_period (year) values (?) on conflict do nothing").param(year).update();
		Long period = jdbc.sql("select id from steering_period where year = ? and month is null").param(year)
			.query(Long.class).single();
		int n = jdbc.sql("update steering_period set status = 'LOCKED', locked_by = ?, locked_at = now() where id = ? and status = 'OPEN'")
			.param(user.getUsername()).param(period).update();
		if (n == 0) {
			throw BusinessException.of("steering.error.periodLocked");
		}
		for (Indicator i : indicators()) {
			figures(i, year).byScope().forEach((scope, f) -> jdbc.sql(
					"insert into steering_figure (period_id, indicator_id, scope_key, numerator, denominator) values (?, ?, ?, ?, ?)")
				.param(period).param(i.id()).param(scope).param(f.numerator()).param(f.denominator()).update());
		}
		audit.record("UPDATE", "SteeringPeriod", period, "year " + year + " locked", Map.of("status", "OPEN"),
				Map.of("status", "LOCKED"));
	}

	/** A co-chair approves a locked year; with both parties it is approved. */
	@Transactional
	public void approvePeriod(SanadUser user, int year) {
		String party = committee.requireCoChair(user);
		Long period = jdbc.sql("select id from steering_period where year = ? and month is null and status = 'LOCKED'")
			.param(year).query(Long.class).optional()
			.orElseThrow(() -> BusinessException.of("steering.error.periodNotLocked"));
		jdbc.sql("insert into steering_period_approval (period_id, party_code, username) values (?, ?, ?) on conflict do nothing")
			.param(period).param(party).param(user.getUsername()).update();
		long parties = jdbc.sql("select count(*) from steering_period_approval where period_id = ?").param(period)
			.query(Long.class).single();
		if (parties == 2) {
			jdbc.sql("update steering_period set status = 'APPROVED' where id = ?").param(period).update();
		}
		audit.record("APPROVE", "SteeringPeriod", period, "year " + year + " approved for " + party, null, null);
	}

	/** A manual indicator's figure for a year, with the evidence file it rests on (replaced while the year is open). */
	@Transactional
	public void enterManual(SanadUser user, Long indicatorId, int year, long numerator, Long denominator,
			String evidenceName, String evidenceType, byte[] evidence) {
		committee.requireMember(user);
		Indicator i = indicator(indicatorId);
		if (!"MANUAL".equals(i.source())) {
			throw BusinessException.of("steering.error.notManual");
		}
		if (lockedPeriod(year).isPresent()) {
			throw BusinessException.of("steering.error.periodLocked");
		}
		if (evidence == null || evidence.length == 0 || evidenceName == null || evidenceName.isBlank()) {
			throw BusinessException.onField("evidence", "steering.error.evidenceRequired");
		}
		if (numerator < 0 || (denominator != null && denominator <= 0)) {
			throw BusinessException.onField("numerator", "steering.error.figure");
		}
		jdbc.sql("""
				insert into steering_manual_value (indicator_id, year, scope_key, numerator, denominator, evidence_name,
				  evidence_type, evidence, entered_by) values (?, ?, '', ?, ?, ?, ?, ?, ?)
				on conflict (indicator_id, year, scope_key) do update set numerator = excluded.numerator,
				  denominator = excluded.denominator, evidence_name = excluded.evidence_name,
				  evidence_type = excluded.evidence_type, evidence = excluded.evidence, entered_by = excluded.entered_by,
				  entered_at = now()""")
			.param(indicatorId).param(year).param(numerator).param(denominator).param(evidenceName)
			.param(evidenceType == null ? "application/octet-stream" : evidenceType).param(evidence)
			.param(user.getUsername()).update();
		audit.record("UPDATE", "SteeringIndicator", indicatorId, "manual figure " + year, null,
				Map.of("numerator", numerator, "evidence", evidenceName));
	}
}
