package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Like;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Child reception and care: age groups with capacity and staff ratio, applications ranked by the institution's
 * priority rules, enrolments, daily attendance, persons allowed to pick a child up, incidents, monthly occupancy.
 */
@Service
@Transactional(readOnly = true)
public class ChildCareService {

	public record ApplicationFilter(String q, Long unitId, Long groupId, CareApplication.Status status) {
	}

	public record AttendanceLine(CareApplication child, boolean present) {
	}

	public record Pickup(Long id, Long applicationId, String fullName, String relation, String phone, String idDocument) {
	}

	public record Incident(Long id, Long applicationId, Instant occurredAt, String kind, String description,
			String actionTaken, boolean guardianInformed, String recordedBy) {
	}

	/** One group's line in the monthly occupancy report. */
	public record Occupancy(Long groupId, Long unitId, String group, int places, int enrolled, int waiting,
			double occupancyRate, double attendanceRate) {
	}

	public record AllocationResult(int enrolled, int waiting) {
	}

	public static final List<String> INCIDENT_KINDS = List.of("INJURY", "ILLNESS", "BEHAVIOUR", "LATE_PICKUP", "OTHER");

	private final CareGroups groups;

	private final CareApplications applications;

	private final PriorityRules rules;

	private final Participants participants;

	private final ScopeGuard guard;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	ChildCareService(CareGroups groups, CareApplications applications, PriorityRules rules, Participants participants,
			ScopeGuard guard, AuditTrail audit, JdbcClient jdbc) {
		this.groups = groups;
		this.applications = applications;
		this.rules = rules;
		this.participants = participants;
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
			throw new BusinessException("unitId", "act.error.not-child-care");
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
				throw new BusinessException(e.getKey(), "act.error.criterion-unknown", e.getKey());
			}
			if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 1000) {
				throw new BusinessException(e.getKey(), "act.error.points-range");
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

	// ---- applications

	/** A member applies for their child; the age must fit the group's band today. */
	@Transactional
	public CareApplication apply(Long groupId, Long familyMemberId) {
		SanadUser user = CurrentUser.get();
		CareGroup g = group(groupId);
		if (familyMemberId == null) {
			throw new BusinessException("familyMemberId", "act.error.required");
		}
		Participant child = participants.resolve(user, user.memberId(), null, familyMemberId);
		return submit(g, child);
	}

	@Transactional
	CareApplication submit(CareGroup g, Participant child) {
		if (!child.isChild() || child.birthDate() == null) {
			throw new BusinessException("familyMemberId", "act.error.care-not-child");
		}
		Period age = Period.between(child.birthDate(), LocalDate.now());
		int months = age.getYears() * 12 + age.getMonths();
		if (!g.fitsAge(months)) {
			throw new BusinessException("groupId", "act.error.care-age", months, g.getMinAgeMonths(), g.getMaxAgeMonths());
		}
		if (applications.existsLive(child.familyMemberId())) {
			throw new BusinessException("familyMemberId", "act.error.care-already");
		}
		boolean sibling = applications.existsByMemberIdAndUnitIdAndStatus(child.memberId(), g.getUnitId(),
				CareApplication.Status.ENROLLED);
		CareApplication a = applications.save(new CareApplication(g, child, sibling, score(g.getUnitId(), child, sibling)));
		audit.record("CREATE", "care-application", a.getId(), null, null, a.snapshot());
		return a;
	}

	public List<CareApplication> mine() {
		SanadUser user = CurrentUser.get();
		return user.memberId() == null ? List.of() : applications.findByMemberIdOrderBySubmittedAtDesc(user.memberId());
	}

	public Page<CareApplication> search(ApplicationFilter f, Pageable pageable) {
		return applications.findAll(spec(f, guard.unitIds()), pageable);
	}

	public List<CareApplication> searchAll(ApplicationFilter f) {
		return applications.findAll(spec(f, guard.unitIds()), Sort.by(Sort.Direction.DESC, "score").and(Sort.by("submittedAt")));
	}

	private static Specification<CareApplication> spec(ApplicationFilter f, List<Long> unitIds) {
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (unitIds != null) {
				p.add(root.get("unitId").in(unitIds));
			}
			if (f.q() != null && !f.q().isBlank()) {
				String like = Like.contains(f.q());
				p.add(cb.or(cb.like(cb.lower(root.get("childNameLat")), like, Like.ESCAPE), cb.like(root.get("childNameAr"), like, Like.ESCAPE)));
			}
			if (f.unitId() != null) {
				p.add(cb.equal(root.get("unitId"), f.unitId()));
			}
			if (f.groupId() != null) {
				p.add(cb.equal(root.get("groupId"), f.groupId()));
			}
			if (f.status() != null) {
				p.add(cb.equal(root.get("status"), f.status()));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	/** An application: the member's own, or one within the staff member's scope. */
	public CareApplication application(Long id) {
		CareApplication a = applications.findById(id).orElseThrow(() -> new NotFoundException("application " + id));
		SanadUser user = CurrentUser.get();
		if (user.role() == Role.MEMBER) {
			if (!a.getMemberId().equals(user.memberId())) {
				throw new AccessDeniedException("not your child");
			}
		}
		else {
			guard.check(a.getUnitId());
		}
		return a;
	}

	/**
	 * Allocates the group's free places to its queue in priority order (score, then date); the rest wait. The group
	 * row is locked, so two allocations cannot over-fill it. A person reviews (reject, withdraw) afterwards.
	 */
	@Transactional
	public AllocationResult allocate(Long groupId) {
		CareGroup g = groups.lockById(groupId).orElseThrow(() -> new NotFoundException("group " + groupId));
		guard.manage(g.getUnitId());
		int enrolled = 0;
		int waiting = 0;
		for (CareApplication a : applications.findQueue(groupId)) {
			Map<String, Object> before = a.snapshot();
			if (g.hasPlace()) {
				g.enrolled();
				a.enrol(LocalDate.now());
				enrolled++;
			}
			else if (a.getStatus() == CareApplication.Status.WAITING) {
				waiting++;
				continue;
			}
			else {
				a.waitlist();
				waiting++;
			}
			audit.record("ALLOCATE", "care-application", a.getId(), g.getName(), before, a.snapshot());
		}
		return new AllocationResult(enrolled, waiting);
	}

	@Transactional
	public CareApplication reject(Long id) {
		CareApplication a = application(id);
		guard.manage(a.getUnitId());
		Map<String, Object> before = a.snapshot();
		a.reject();
		audit.record("REJECT", "care-application", id, null, before, a.snapshot());
		return a;
	}

	@Transactional
	public CareApplication withdraw(Long id) {
		CareApplication a = application(id);
		if (CurrentUser.get().role() != Role.MEMBER) {
			guard.manage(a.getUnitId());
		}
		Map<String, Object> before = a.snapshot();
		a.withdraw();
		audit.record("WITHDRAW", "care-application", id, null, before, a.snapshot());
		return a;
	}

	/** The child leaves: the place goes to the head of the waiting list. */
	@Transactional
	public CareApplication leave(Long id) {
		CareApplication a = application(id);
		guard.manage(a.getUnitId());
		CareGroup g = groups.lockById(a.getGroupId()).orElseThrow();
		Map<String, Object> before = a.snapshot();
		a.leave(LocalDate.now());
		g.left();
		audit.record("LEAVE", "care-application", id, null, before, a.snapshot());
		for (CareApplication w : applications.findQueue(g.getId())) {
			if (!g.hasPlace() || w.getStatus() != CareApplication.Status.WAITING) {
				continue;
			}
			Map<String, Object> wb = w.snapshot();
			g.enrolled();
			w.enrol(LocalDate.now());
			audit.record("PROMOTE", "care-application", w.getId(), g.getName(), wb, w.snapshot());
		}
		return a;
	}

	public Map<Long, CareGroup> groupsById(Collection<Long> ids) {
		return groups.findAllById(ids).stream().collect(Collectors.toMap(CareGroup::getId, g -> g));
	}

	// ---- daily attendance

	public List<AttendanceLine> attendance(Long groupId, LocalDate day) {
		CareGroup g = group(groupId);
		guard.manage(g.getUnitId());
		Set<Long> present = new HashSet<>(jdbc.sql("""
				select a.application_id from activities_care_attendance a join activities_care_application c
				on c.id = a.application_id where c.group_id = ? and a.day = ? and a.present""")
			.params(groupId, day).query(Long.class).list());
		return applications.findByGroupIdAndStatusOrderByChildNameAr(groupId, CareApplication.Status.ENROLLED).stream()
			.map(c -> new AttendanceLine(c, present.contains(c.getId()))).toList();
	}

	@Transactional
	public int recordAttendance(Long groupId, LocalDate day, Collection<Long> presentIds) {
		CareGroup g = group(groupId);
		guard.manage(g.getUnitId());
		if (day == null || day.isAfter(LocalDate.now())) {
			throw new BusinessException("day", "act.error.attendance-future");
		}
		List<CareApplication> enrolled = applications.findByGroupIdAndStatusOrderByChildNameAr(groupId,
				CareApplication.Status.ENROLLED);
		Set<Long> ids = enrolled.stream().map(CareApplication::getId).collect(Collectors.toSet());
		Set<Long> present = new HashSet<>(presentIds == null ? List.of() : presentIds);
		for (Long id : present) {
			if (!ids.contains(id)) {
				throw new BusinessException("present", "act.error.attendance-unknown", id);
			}
		}
		for (CareApplication c : enrolled) {
			jdbc.sql("""
					insert into activities_care_attendance (application_id, day, present) values (?, ?, ?)
					on conflict (application_id, day) do update set present = excluded.present""")
				.params(c.getId(), day, present.contains(c.getId())).update();
		}
		audit.record("ATTENDANCE", "care-group", groupId, day.toString(), null,
				Map.of("present", present.size(), "enrolled", enrolled.size()));
		return present.size();
	}

	// ---- pick-up persons and incidents

	public List<Pickup> pickups(Long applicationId) {
		application(applicationId);
		return jdbc.sql("select id, application_id, full_name, relation, phone, id_document from activities_care_pickup where application_id = ? order by id")
			.param(applicationId)
			.query((rs, i) -> new Pickup(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
	}

	/** The guardian (member) or the institution names who may collect the child; an ID document is required. */
	@Transactional
	public void addPickup(Long applicationId, String fullName, String relation, String phone, String idDocument) {
		CareApplication a = application(applicationId);
		if (CurrentUser.get().role() != Role.MEMBER) {
			guard.manage(a.getUnitId());
		}
		if (fullName == null || fullName.isBlank()) {
			throw new BusinessException("fullName", "act.error.required");
		}
		if (relation == null || relation.isBlank()) {
			throw new BusinessException("relation", "act.error.required");
		}
		if (idDocument == null || idDocument.isBlank()) {
			throw new BusinessException("idDocument", "act.error.required");
		}
		if (phone != null && !phone.isBlank() && !phone.trim().matches("^\\+?[0-9 ]{8,16}$")) {
			throw new BusinessException("phone", "act.error.phone");
		}
		Long id = jdbc.sql("insert into activities_care_pickup (application_id, full_name, relation, phone, id_document) values (?, ?, ?, ?, ?) returning id")
			.params(applicationId, fullName.trim(), relation.trim(), ActivityService.blankToNull(phone), idDocument.trim())
			.query(Long.class).single();
		audit.record("CREATE", "care-pickup", id, fullName.trim(), null,
				Map.of("applicationId", applicationId, "fullName", fullName.trim(), "relation", relation.trim()));
	}

	public List<Incident> incidents(Long applicationId) {
		application(applicationId);
		return jdbc.sql("""
				select id, application_id, occurred_at, kind, description, action_taken, guardian_informed, recorded_by
				from activities_care_incident where application_id = ? order by occurred_at desc""")
			.param(applicationId)
			.query((rs, i) -> new Incident(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8)))
			.list();
	}

	@Transactional
	public void addIncident(Long applicationId, Instant occurredAt, String kind, String description, String actionTaken,
			boolean guardianInformed) {
		CareApplication a = application(applicationId);
		guard.manage(a.getUnitId());
		if (!INCIDENT_KINDS.contains(kind)) {
			throw new BusinessException("kind", "act.error.required");
		}
		if (description == null || description.isBlank()) {
			throw new BusinessException("description", "act.error.required");
		}
		if (occurredAt == null || occurredAt.isAfter(Instant.now())) {
			throw new BusinessException("occurredAt", "act.error.date-future");
		}
		Long id = jdbc.sql("""
				insert into activities_care_incident (application_id, occurred_at, kind, description, action_taken,
				guardian_informed, recorded_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(applicationId, Timestamp.from(occurredAt), kind, description.trim(),
					ActivityService.blankToNull(actionTaken), guardianInformed, CurrentUser.name())
			.query(Long.class).single();
		audit.record("CREATE", "care-incident", id, kind, null,
				Map.of("applicationId", applicationId, "kind", kind, "guardianInformed", guardianInformed));
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
		return guard.establishments(java.util.EnumSet.of(UnitKind.CHILD_CARE));
	}

	public List<Participant> children() {
		SanadUser user = CurrentUser.get();
		return participants.familyOf(participants.member(user, user.memberId())).stream().filter(Participant::isChild).toList();
	}
}
