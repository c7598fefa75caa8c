package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Child reception and care: the institutions' age groups with capacity and staff ratio, their priority rules and the
 * monthly occupancy. Applications and allocation are in {@link CareApplicationService}, the daily attendance,
 * pick-up persons and incidents in {@link CareDayService}.
 */
@Service
@Transactional(readOnly = true)
public class ChildCareService {

	/** One group's line in the monthly occupancy report. */
	public record Occupancy(Long groupId, Long unitId, String group, int places, int enrolled, int waiting,
			double occupancyRate, double attendanceRate) {
	}

	private final CareGroups groups;

	private final PriorityRules rules;

	private final ScopeGuard guard;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	ChildCareService(CareGroups groups, PriorityRules rules, ScopeGuard guard, AuditTrail audit, JdbcClient jdbc) {
		this.groups = groups;
		this.rules = rules;
		this.guard = guard;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	// ---- groups and rules

	public List<CareGroup> groups(Long unitId) {
		if (unitId != null) {
			guard.check(unitId);
			return groups.findByUnitIdInOrderByUnitIdAscMinAgeMonthsAsc(List.of(unitId));
		}
		List<Long> ids = guard.unitIds();
		return ids == null ? groups.findAllByOrderByUnitIdAscMinAgeMonthsAsc()
				: groups.findByUnitIdInOrderByUnitIdAscMinAgeMonthsAsc(ids);
	}

	public CareGroup group(Long id) {
		CareGroup g = groups.findById(id).orElseThrow(() -> new NotFoundException("group " + id));
		guard.check(g.getUnitId());
		return g;
	}

	@Transactional
	public CareGroup createGroup(Long unitId, String name, int minAgeMonths, int maxAgeMonths, int capacity,
			int childrenPerStaff, int staffCount) {
		Unit u = guard.manage(unitId);
		if (u.getKind() != UnitKind.CHILD_CARE) {
			throw BusinessException.onField("unitId", "act.error.not-child-care");
		}
		CareGroup g = new CareGroup(u.getId(), u.getWilayaCode());
		g.update(name, minAgeMonths, maxAgeMonths, capacity, childrenPerStaff, staffCount);
		groups.save(g);
		audit.record("CREATE", "care-group", g.getId(), g.getName(), null, g.snapshot());
		return g;
	}

	/** Changing capacity or staff may free places: the queue is then allocated again. */
	@Transactional
	public CareGroup updateGroup(Long id, String name, int minAgeMonths, int maxAgeMonths, int capacity,
			int childrenPerStaff, int staffCount) {
		CareGroup g = groups.lockById(id).orElseThrow(() -> new NotFoundException("group " + id));
		guard.manage(g.getUnitId());
		Map<String, Object> before = g.snapshot();
		g.update(name, minAgeMonths, maxAgeMonths, capacity, childrenPerStaff, staffCount);
		audit.record("UPDATE", "care-group", id, g.getName(), before, g.snapshot());
		return g;
	}

	/** The points of each criterion at an institution (its own or the defaults). */
	public Map<String, Integer> rules(Long unitId) {
		guard.check(unitId);
		return rulesOf(unitId);
	}

	Map<String, Integer> rulesOf(Long unitId) {
		Map<String, Integer> m = new LinkedHashMap<>(PriorityRule.DEFAULTS);
		rules.findByUnitId(unitId).forEach(r -> m.put(r.getCriterion(), r.getPoints()));
		return m;
	}

	@Transactional
	public Map<String, Integer> setRules(Long unitId, Map<String, Integer> points) {
		guard.manage(unitId);
		Map<String, Integer> before = rulesOf(unitId);
		for (var e : points.entrySet()) {
			if (!PriorityRule.DEFAULTS.containsKey(e.getKey())) {
				throw BusinessException.onField(e.getKey(), "act.error.criterion-unknown", e.getKey());
			}
			if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 1000) {
				throw BusinessException.onField(e.getKey(), "act.error.points-range");
			}
		}
		points.forEach((c, p) -> rules.findByUnitIdAndCriterion(unitId, c)
			.ifPresentOrElse(r -> r.setPoints(p), () -> rules.save(new PriorityRule(unitId, c, p))));
		audit.record("UPDATE", "care-priority-rules", unitId, null, before, rulesOf(unitId));
		return rulesOf(unitId);
	}

	int score(Long unitId, Participant child, boolean sibling) {
		Map<String, Integer> r = rulesOf(unitId);
		return (child.martyrChild() ? r.get("MARTYR_CHILD") : 0) + (child.orphan() ? r.get("ORPHAN") : 0)
				+ (child.disability() ? r.get("DISABILITY") : 0) + (sibling ? r.get("SIBLING_ENROLLED") : 0);
	}

	public Map<Long, CareGroup> groupsById(Collection<Long> ids) {
		return groups.findAllById(ids).stream().collect(Collectors.toMap(CareGroup::getId, g -> g));
	}

	// ---- monthly occupancy and waiting list

	public List<Occupancy> occupancy(Long unitId, YearMonth month) {
		List<CareGroup> gs = groups(unitId);
		if (gs.isEmpty()) {
			return List.of();
		}
		List<Long> ids = gs.stream().map(CareGroup::getId).toList();
		Map<Long, Integer> waiting = new LinkedHashMap<>();
		jdbc.sql("select group_id, count(*) from activities_care_application where group_id in (:ids) and status in ('SUBMITTED','WAITING') group by group_id")
			.param("ids", ids).query((rs, i) -> waiting.put(rs.getLong(1), rs.getInt(2))).list();
		Map<Long, double[]> att = new LinkedHashMap<>();
		jdbc.sql("""
				select c.group_id, count(*) filter (where a.present), count(*)
				from activities_care_attendance a join activities_care_application c on c.id = a.application_id
				where c.group_id in (:ids) and a.day between :from and :to group by c.group_id""")
			.param("ids", ids).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
			.query((rs, i) -> att.put(rs.getLong(1), new double[] { rs.getLong(2), rs.getLong(3) })).list();
		// children enrolled at some point of the month (enrolled before its end, not left before its start)
		Map<Long, Integer> enrolled = new LinkedHashMap<>();
		jdbc.sql("""
				select group_id, count(*) from activities_care_application where group_id in (:ids)
				and enrolled_on <= :to and (left_on is null or left_on >= :from) group by group_id""")
			.param("ids", ids).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
			.query((rs, i) -> enrolled.put(rs.getLong(1), rs.getInt(2))).list();
		return gs.stream().map(g -> {
			int e = enrolled.getOrDefault(g.getId(), 0);
			double[] a = att.getOrDefault(g.getId(), new double[] { 0, 0 });
			return new Occupancy(g.getId(), g.getUnitId(), g.getName(), g.getPlaces(), e,
					waiting.getOrDefault(g.getId(), 0), g.getPlaces() == 0 ? 0 : Math.round(1000.0 * e / g.getPlaces()) / 10.0,
					a[1] == 0 ? 0 : Math.round(1000.0 * a[0] / a[1]) / 10.0);
		}).toList();
	}

	/** Child-care institutions where the user may apply or manage. */
	public List<Unit> institutions() {
		return guard.establishments(EnumSet.of(UnitKind.CHILD_CARE));
	}
}
