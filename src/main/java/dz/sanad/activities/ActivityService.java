package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Like;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The activities themselves: their catalogue, life cycle (draft, published, closed, cancelled) and occurrences.
 * Registrations are in {@link RegistrationService}, attendance and the survey in {@link AttendanceService}, annual
 * programmes in {@link ProgrammeService}. Scoped to the caller's establishment / wilaya.
 */
@Service
@Transactional(readOnly = true)
public class ActivityService {

	/** {@code wilaya}: a wilaya code, for national users' lists (others are within one wilaya anyway). */
	public record ActivityFilter(String q, Long unitId, Category category, ActivityStatus status, String wilaya) {
	}

	private final Activities activities;

	private final Occurrences occurrences;

	private final Programmes programmes;

	private final WaitingList waitingList;

	private final ScopeGuard guard;

	private final AuditTrail audit;

	ActivityService(Activities activities, Occurrences occurrences, Programmes programmes, WaitingList waitingList,
			ScopeGuard guard, AuditTrail audit) {
		this.activities = activities;
		this.occurrences = occurrences;
		this.programmes = programmes;
		this.waitingList = waitingList;
		this.guard = guard;
		this.audit = audit;
	}

	public Page<Activity> search(ActivityFilter f, Pageable pageable) {
		return activities.findAll(spec(f, guard.unitIds(), false), pageable);
	}

	public List<Activity> searchAll(ActivityFilter f) {
		return activities.findAll(spec(f, guard.unitIds(), false), Sort.by(Sort.Direction.DESC, "startDate"));
	}

	/** What a member may register to: published, not ended, in the establishments of their scope. */
	public Page<Activity> catalogue(ActivityFilter f, Pageable pageable) {
		return activities.findAll(spec(f, guard.unitIds(), true), pageable);
	}

	public List<Activity> catalogueAll(ActivityFilter f) {
		return activities.findAll(spec(f, guard.unitIds(), true), Sort.by("startDate"));
	}

	private static Specification<Activity> spec(ActivityFilter f, List<Long> unitIds, boolean openOnly) {
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (unitIds != null) {
				p.add(root.get("unitId").in(unitIds));
			}
			if (openOnly) {
				p.add(cb.equal(root.get("status"), ActivityStatus.PUBLISHED));
				p.add(cb.greaterThanOrEqualTo(root.get("endDate"), LocalDate.now()));
			}
			if (f != null) {
				if (f.q() != null && !f.q().isBlank()) {
					p.add(Like.anyContains(cb, f.q(), root.get("titleFr"), root.get("titleAr")));
				}
				if (f.unitId() != null) {
					p.add(cb.equal(root.get("unitId"), f.unitId()));
				}
				if (f.category() != null) {
					p.add(cb.equal(root.get("category"), f.category()));
				}
				if (f.status() != null && !openOnly) {
					p.add(cb.equal(root.get("status"), f.status()));
				}
				if (f.wilaya() != null && !f.wilaya().isBlank()) {
					p.add(cb.equal(root.get("wilayaCode"), f.wilaya()));
				}
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	/** An activity the caller may look at: staff within scope; a member only what is open in their scope. */
	public Activity get(Long id) {
		Activity a = activities.findById(id).orElseThrow(() -> new NotFoundException("activity " + id));
		guard.check(a.getUnitId());
		if (CurrentUser.get().role() == Role.MEMBER && a.getStatus() == ActivityStatus.DRAFT) {
			throw new AccessDeniedException("draft");
		}
		return a;
	}

	Activity manageActivity(Long id) {
		Activity a = activities.findById(id).orElseThrow(() -> new NotFoundException("activity " + id));
		guard.manage(a.getUnitId());
		return a;
	}

	/** The activity row locked for a change of its places (registrations, capacity, cancellation). */
	Activity lockActivity(Long id) {
		Activity a = activities.lockById(id).orElseThrow(() -> new NotFoundException("activity " + id));
		guard.manage(a.getUnitId());
		return a;
	}

	@Transactional
	public Activity create(ActivityForm form) {
		Unit unit = guard.manage(form.getUnitId());
		checkProgramme(form);
		Activity a = new Activity(unit.getId(), unit.getWilayaCode());
		a.update(form);
		activities.save(a);
		audit.record("CREATE", "activity", a.getId(), a.getTitleFr(), null, a.snapshot());
		return a;
	}

	@Transactional
	public Activity update(Long id, ActivityForm form) {
		Activity a = lockActivity(id);
		if (!a.getUnitId().equals(form.getUnitId())) {
			throw BusinessException.onField("unitId", "act.error.unit-fixed");
		}
		checkProgramme(form);
		Map<String, Object> before = a.snapshot();
		int freeBefore = a.getFreePlaces();
		a.update(form);
		audit.record("UPDATE", "activity", id, a.getTitleFr(), before, a.snapshot());
		if (a.getFreePlaces() > freeBefore) {
			waitingList.promote(a);
		}
		return a;
	}

	private void checkProgramme(ActivityForm form) {
		if (form.getProgrammeId() != null) {
			Programme p = programmes.findById(form.getProgrammeId())
				.orElseThrow(() -> BusinessException.onField("programmeId", "act.error.programme-unknown"));
			if (!p.getUnitId().equals(form.getUnitId())) {
				throw BusinessException.onField("programmeId", "act.error.programme-other-unit");
			}
		}
	}

	@Transactional
	public Activity publish(Long id) {
		Activity a = manageActivity(id);
		Map<String, Object> before = a.snapshot();
		for (LocalDate day : a.publish()) {
			occurrences.save(new Occurrence(a.getId(), day));
		}
		audit.record("PUBLISH", "activity", id, a.getTitleFr(), before, a.snapshot());
		return a;
	}

	@Transactional
	public Activity close(Long id) {
		Activity a = manageActivity(id);
		Map<String, Object> before = a.snapshot();
		a.close();
		audit.record("CLOSE", "activity", id, a.getTitleFr(), before, a.snapshot());
		return a;
	}

	/** Cancelling the activity cancels every live registration with it. */
	@Transactional
	public Activity cancel(Long id) {
		Activity a = lockActivity(id);
		Map<String, Object> before = a.snapshot();
		a.cancel();
		waitingList.cancelAll(a);
		audit.record("CANCEL", "activity", id, a.getTitleFr(), before, a.snapshot());
		return a;
	}

	public List<Occurrence> occurrences(Long activityId) {
		get(activityId);
		return occurrences.findByActivityIdOrderByDay(activityId);
	}

	public Map<Long, Activity> activitiesById(Collection<Long> ids) {
		return activities.findAllById(ids).stream().collect(Collectors.toMap(Activity::getId, a -> a));
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
