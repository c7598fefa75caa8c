package dz.sanad.holidays;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Violations;
import dz.sanad.platform.Formats;
import dz.sanad.platform.Like;
import dz.sanad.platform.NotFoundException;
import dz.sanad.territory.Territory;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Setting a season up: its dates and state, its published criteria and weights, the wilayas' quotas. */
@Service
@Transactional(readOnly = true)
public class HolidaySeasons {

	private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

	public record SeasonForm(Integer year, String nameAr, String nameFr, @DateTimeFormat(iso = ISO.DATE) LocalDate applyFrom,
			@DateTimeFormat(iso = ISO.DATE) LocalDate applyUntil, @DateTimeFormat(iso = ISO.DATE) LocalDate appealsUntil,
			Integer confirmDays) {
	}

	public record CriterionForm(String code, String nameAr, String nameFr, Integer weight) {
	}

	/** The seasons list's filters: a status, a year, a text found in either name (all optional). */
	public record SeasonFilter(SeasonStatus status, Integer year, String q) {
	}

	private final Seasons seasons;

	private final Criteria criteria;

	private final Quotas quotas;

	private final Territory territory;

	private final AuditTrail audit;

	HolidaySeasons(Seasons seasons, Criteria criteria, Quotas quotas, Territory territory, AuditTrail audit) {
		this.seasons = seasons;
		this.criteria = criteria;
		this.quotas = quotas;
		this.territory = territory;
		this.audit = audit;
	}

	static LocalDate today() {
		return LocalDate.now(Formats.ZONE);
	}

	public List<Season> seasons() {
		return seasons.findAllByOrderByYearDescIdDesc();
	}

	/** The most recent first. */
	public static final Sort SEASON_ORDER = Sort.by(Sort.Order.desc("year"), Sort.Order.desc("id"));

	public Page<Season> searchSeasons(SeasonFilter f, Pageable pageable) {
		return seasons.findAll(seasonSpec(f), pageable);
	}

	public List<Season> searchSeasonsAll(SeasonFilter f) {
		return seasons.findAll(seasonSpec(f), SEASON_ORDER);
	}

	private static Specification<Season> seasonSpec(SeasonFilter f) {
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (f != null && f.status() != null) {
				p.add(cb.equal(root.get("status"), f.status()));
			}
			if (f != null && f.year() != null) {
				p.add(cb.equal(root.get("year"), f.year()));
			}
			if (f != null && !blank(f.q())) {
				p.add(Like.anyContains(cb, f.q(), root.get("nameAr"), root.get("nameFr")));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	public Season season(Long id) {
		return seasons.findById(id).orElseThrow(() -> new NotFoundException("season " + id));
	}

	public List<Criterion> criteria(Long seasonId) {
		return criteria.findBySeasonIdOrderByPositionAscIdAsc(seasonId);
	}

	public List<Quota> quotas(Long seasonId) {
		return quotas.findBySeasonIdOrderByWilayaCode(seasonId);
	}

	@Transactional
	public Season createSeason(SeasonForm f) {
		Violations v = seasonFormViolations(f);
		v.onField(f.year() == null || f.year() < 2000 || f.year() > 2100, "year", "holidays.error.year");
		v.throwIfAny();
		Season s = new Season(f.year(), f.nameAr().trim(), f.nameFr().trim(), f.applyFrom(), f.applyUntil(),
				f.appealsUntil(), f.confirmDays() == null ? 7 : f.confirmDays(),
				new SecureRandom().nextLong() & Long.MAX_VALUE);
		seasons.saveAndFlush(s);
		int pos = 0;
		for (Object[] c : DefaultCriteria.ROWS) {
			criteria.save(new Criterion(s.getId(), (String) c[0], (CriterionSource) c[1], (String) c[2],
					(String) c[3], (Integer) c[4], pos++));
		}
		audit.record("CREATE", "holiday_season", s.getId(), s.getNameFr(), null, s.snapshot());
		return s;
	}

	@Transactional
	public Season updateSeason(Long id, SeasonForm f) {
		seasonFormViolations(f).throwIfAny();
		Season s = season(id);
		Map<String, Object> before = s.snapshot();
		s.update(f.nameAr().trim(), f.nameFr().trim(), f.applyFrom(), f.applyUntil(), f.appealsUntil(),
				f.confirmDays() == null ? s.getConfirmDays() : f.confirmDays());
		audit.record("UPDATE", "holiday_season", id, s.getNameFr(), before, s.snapshot());
		return s;
	}

	/** Every rule the season form breaks, reported together. */
	private static Violations seasonFormViolations(SeasonForm f) {
		Violations v = new Violations();
		v.onField(blank(f.nameAr()), "nameAr", "holidays.error.required", "nameAr");
		v.onField(blank(f.nameFr()), "nameFr", "holidays.error.required", "nameFr");
		v.onField(f.applyFrom() == null, "applyFrom", "holidays.error.required", "applyFrom");
		v.onField(f.applyUntil() == null, "applyUntil", "holidays.error.required", "applyUntil");
		v.onField(f.appealsUntil() != null && f.applyUntil() != null && f.appealsUntil().isBefore(f.applyUntil()),
				"appealsUntil", "holidays.error.appeals-order");
		return v;
	}

	@Transactional
	public void openSeason(Long id) {
		Season s = season(id);
		Map<String, Object> before = s.snapshot();
		if (criteria(id).isEmpty()) {
			throw BusinessException.of("holidays.error.no-criteria");
		}
		s.open();
		audit.record("OPEN", "holiday_season", id, s.getNameFr(), before, s.snapshot());
	}

	@Transactional
	public void closeSeason(Long id) {
		Season s = season(id);
		Map<String, Object> before = s.snapshot();
		s.close();
		audit.record("CLOSE", "holiday_season", id, s.getNameFr(), before, s.snapshot());
	}

	@Transactional
	public void setWeight(Long criterionId, Integer weight) {
		Criterion c = criteria.findById(criterionId).orElseThrow(() -> new NotFoundException("criterion"));
		season(c.getSeasonId()).checkRulesEditable();
		if (weight == null || weight < 0 || weight > 1000) {
			throw BusinessException.onField("weight", "holidays.error.weight");
		}
		Map<String, Object> before = c.snapshot();
		c.setWeight(weight);
		audit.record("UPDATE", "holiday_criterion", c.getId(), c.getCode(), before, c.snapshot());
	}

	/** A criterion the directorate adds: its value (0..10) is recorded per application by the directorate. */
	@Transactional
	public Criterion addCriterion(Long seasonId, CriterionForm f) {
		season(seasonId).checkRulesEditable();
		String code = f.code() == null ? "" : f.code().trim().toUpperCase(Locale.ROOT);
		if (!CODE.matcher(code).matches()) {
			throw BusinessException.onField("code", "holidays.error.criterion-code");
		}
		if (criteria.existsBySeasonIdAndCode(seasonId, code)) {
			throw BusinessException.onField("code", "holidays.error.criterion-duplicate", code);
		}
		if (blank(f.nameAr()) || blank(f.nameFr())) {
			throw BusinessException.onField("nameAr", "holidays.error.required", "nameAr");
		}
		if (f.weight() == null || f.weight() < 0 || f.weight() > 1000) {
			throw BusinessException.onField("weight", "holidays.error.weight");
		}
		Criterion c = criteria.save(new Criterion(seasonId, code, CriterionSource.MANUAL, f.nameAr().trim(),
				f.nameFr().trim(), f.weight(), criteria(seasonId).size()));
		audit.record("CREATE", "holiday_criterion", c.getId(), code, null, c.snapshot());
		return c;
	}

	@Transactional
	public void removeCriterion(Long criterionId) {
		Criterion c = criteria.findById(criterionId).orElseThrow(() -> new NotFoundException("criterion"));
		season(c.getSeasonId()).checkRulesEditable();
		criteria.delete(c);
		audit.record("DELETE", "holiday_criterion", c.getId(), c.getCode(), c.snapshot(), null);
	}

	@Transactional
	public void setQuota(Long seasonId, String wilayaCode, Integer maxPlaces) {
		season(seasonId).checkOffersEditable();
		if (wilayaCode == null || !territory.exists(wilayaCode)) {
			throw BusinessException.onField("wilayaCode", "holidays.error.wilaya");
		}
		if (maxPlaces == null || maxPlaces < 0) {
			throw BusinessException.onField("maxPlaces", "holidays.error.quota");
		}
		Quota q = quotas.findBySeasonIdAndWilayaCode(seasonId, wilayaCode).orElse(null);
		Integer before = q == null ? null : q.getMaxPlaces();
		if (q == null) {
			q = quotas.save(new Quota(seasonId, wilayaCode, maxPlaces));
		}
		else {
			q.setMaxPlaces(maxPlaces);
		}
		audit.record(before == null ? "CREATE" : "UPDATE", "holiday_quota", q.getId(), wilayaCode,
				before == null ? null : Map.of("maxPlaces", before), Map.of("maxPlaces", maxPlaces));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
