package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import dz.sanad.people.Member;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registrations to activities with their waiting lists: staff register within their scope, members register their
 * own family, and see and withdraw their family's registrations.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationService {

	public record RegistrationFilter(String q, Long unitId, Long activityId, RegistrationStatus status, String wilaya) {
	}

	private final Activities activities;

	private final Registrations registrations;

	private final Participants participants;

	private final WaitingList waitingList;

	private final ActivityService activityService;

	private final ScopeGuard guard;

	private final AuditTrail audit;

	RegistrationService(Activities activities, Registrations registrations, Participants participants,
			WaitingList waitingList, ActivityService activityService, ScopeGuard guard, AuditTrail audit) {
		this.activities = activities;
		this.registrations = registrations;
		this.participants = participants;
		this.waitingList = waitingList;
		this.activityService = activityService;
		this.guard = guard;
		this.audit = audit;
	}

	/**
	 * Registers a participant: a place if one is free, else the waiting list. The activity row is locked for the
	 * decision, so two concurrent registrations for the last place cannot both get it.
	 */
	@Transactional
	public Registration register(Long activityId, Long memberId, String matricule, Long familyMemberId) {
		SanadUser user = CurrentUser.get();
		// locked at once: reading it first would keep a stale version next to the locked one
		Activity a = activities.lockById(activityId).orElseThrow(() -> new NotFoundException("activity " + activityId));
		if (user.role() == Role.MEMBER) {
			guard.check(a.getUnitId());
		}
		else {
			guard.manage(a.getUnitId());
		}
		Participant p = participants.resolve(user, memberId, matricule, familyMemberId);
		return admit(a, p, user.getUsername());
	}

	Registration admit(Activity a, Participant p, String by) {
		a.checkEligible(p, LocalDate.now());
		if (registrations.existsLive(a.getId(), p.memberId(), p.familyMemberId())) {
			throw BusinessException.onField("familyMemberId", "act.error.already-registered");
		}
		Registration r = registrations.save(new Registration(a, p, a.admit(), by));
		audit.record("REGISTER", "registration", r.getId(), a.getTitleFr(), null, r.snapshot());
		return r;
	}

	/** Withdraws a registration; a freed place goes to the first person waiting. */
	@Transactional
	public Registration cancelRegistration(Long registrationId) {
		Registration r = registrationFor(registrationId, true);
		Activity a = activities.lockById(r.getActivityId()).orElseThrow();
		Map<String, Object> before = r.snapshot();
		a.released(r.cancel());
		audit.record("CANCEL", "registration", r.getId(), a.getTitleFr(), before, r.snapshot());
		waitingList.promote(a);
		return r;
	}

	/** A registration the caller may act on: their own family's (member) or within scope (staff). */
	Registration registrationFor(Long id, boolean write) {
		Registration r = registrations.findById(id).orElseThrow(() -> new NotFoundException("registration " + id));
		SanadUser user = CurrentUser.get();
		if (user.role() == Role.MEMBER) {
			if (!r.getMemberId().equals(user.memberId())) {
				throw new AccessDeniedException("not your family");
			}
		}
		else if (write) {
			guard.manage(r.getUnitId());
		}
		else {
			guard.check(r.getUnitId());
		}
		return r;
	}

	public Registration registration(Long id) {
		return registrationFor(id, false);
	}

	/** The live registrations of an activity: confirmed first, then the waiting list in order. */
	public List<Registration> registrationsOf(Long activityId) {
		Activity a = activityService.get(activityId);
		if (CurrentUser.get().role() == Role.MEMBER) {
			throw new AccessDeniedException("staff only");
		}
		return registrations.findByActivityIdAndStatusNotOrderByStatusAscIdAsc(a.getId(), RegistrationStatus.CANCELLED);
	}

	public List<Registration> mine() {
		SanadUser user = CurrentUser.get();
		if (user.memberId() == null) {
			return List.of();
		}
		return registrations.findByMemberIdOrderByRegisteredAtDesc(user.memberId());
	}

	public Page<Registration> searchRegistrations(RegistrationFilter f, Pageable pageable) {
		return registrations.findAll(regSpec(f, guard.unitIds(), wilayaUnits(f)), pageable);
	}

	public List<Registration> searchRegistrationsAll(RegistrationFilter f) {
		return registrations.findAll(regSpec(f, guard.unitIds(), wilayaUnits(f)), Sort.by(Sort.Direction.DESC, "id"));
	}

	private List<Long> wilayaUnits(RegistrationFilter f) {
		return f.wilaya() == null || f.wilaya().isBlank() ? null : guard.unitIdsOf(f.wilaya());
	}

	private static Specification<Registration> regSpec(RegistrationFilter f, List<Long> unitIds, List<Long> wilayaUnits) {
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (unitIds != null) {
				p.add(root.get("unitId").in(unitIds));
			}
			if (wilayaUnits != null) {
				p.add(wilayaUnits.isEmpty() ? cb.disjunction() : root.get("unitId").in(wilayaUnits));
			}
			if (f.q() != null && !f.q().isBlank()) {
				p.add(Like.anyContains(cb, f.q(), root.get("participantNameLat"), root.get("participantNameAr")));
			}
			if (f.unitId() != null) {
				p.add(cb.equal(root.get("unitId"), f.unitId()));
			}
			if (f.activityId() != null) {
				p.add(cb.equal(root.get("activityId"), f.activityId()));
			}
			if (f.status() != null) {
				p.add(cb.equal(root.get("status"), f.status()));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	/** The people a member may register: themself and their family. */
	public List<Participant> familyOf(Long memberId) {
		return participants.familyOf(participants.member(CurrentUser.get(), memberId));
	}

	public Optional<Member> memberByMatricule(String matricule) {
		return participants.byMatricule(CurrentUser.get(), matricule);
	}
}
