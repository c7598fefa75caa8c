package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applications for a child-care place: ranked by the institution's priority rules, allocated to the free places of
 * the group (the rest wait), reviewed, withdrawn, and ended when the child leaves.
 */
@Service
@Transactional(readOnly = true)
public class CareApplicationService {

	public record ApplicationFilter(String q, Long unitId, Long groupId, CareApplication.Status status) {
	}

	public record AllocationResult(int enrolled, int waiting) {
	}

	private final CareGroups groups;

	private final CareApplications applications;

	private final Participants participants;

	private final ChildCareService care;

	private final ScopeGuard guard;

	private final AuditTrail audit;

	CareApplicationService(CareGroups groups, CareApplications applications, Participants participants,
			ChildCareService care, ScopeGuard guard, AuditTrail audit) {
		this.groups = groups;
		this.applications = applications;
		this.participants = participants;
		this.care = care;
		this.guard = guard;
		this.audit = audit;
	}

	/** A member applies for their child; the age must fit the group's band today. */
	@Transactional
	public CareApplication apply(Long groupId, Long familyMemberId) {
		SanadUser user = CurrentUser.get();
		CareGroup g = care.group(groupId);
		if (familyMemberId == null) {
			throw BusinessException.onField("familyMemberId", "act.error.required");
		}
		Participant child = participants.resolve(user, user.memberId(), null, familyMemberId);
		return submit(g, child);
	}

	@Transactional
	CareApplication submit(CareGroup g, Participant child) {
		if (!child.isChild() || child.birthDate() == null) {
			throw BusinessException.onField("familyMemberId", "act.error.care-not-child");
		}
		Period age = Period.between(child.birthDate(), LocalDate.now());
		int months = age.getYears() * 12 + age.getMonths();
		if (!g.fitsAge(months)) {
			throw BusinessException.onField("groupId", "act.error.care-age", months, g.getMinAgeMonths(), g.getMaxAgeMonths());
		}
		if (applications.existsLive(child.familyMemberId())) {
			throw BusinessException.onField("familyMemberId", "act.error.care-already");
		}
		boolean sibling = applications.existsByMemberIdAndUnitIdAndStatus(child.memberId(), g.getUnitId(),
				CareApplication.Status.ENROLLED);
		CareApplication a = applications.save(new CareApplication(g, child, sibling, care.score(g.getUnitId(), child, sibling)));
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
				p.add(Like.anyContains(cb, f.q(), root.get("childNameLat"), root.get("childNameAr")));
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

	public List<Participant> children() {
		SanadUser user = CurrentUser.get();
		return participants.familyOf(participants.member(user, user.memberId())).stream().filter(Participant::isChild).toList();
	}
}