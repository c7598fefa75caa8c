package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Unit;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The activities API: programmes, activities and their occurrences, registrations with waiting lists, attendance
 * and the satisfaction survey. Scoped to the caller's establishment / wilaya; members act for their own family.
 */
@Service
@Transactional(readOnly = true)
public class ActivityService {

	/** {@code wilaya}: a wilaya code, for national users' lists (others are within one wilaya anyway). */
	public record ActivityFilter(String q, Long unitId, Category category, ActivityStatus status, String wilaya) {
	}

	public record RegistrationFilter(String q, Long unitId, Long activityId, RegistrationStatus status, String wilaya) {
	}

	/** One line of an attendance sheet. */
	public record AttendanceLine(Registration registration, boolean present) {
	}

	private final Activities activities;

	private final Occurrences occurrences;

	private final Registrations registrations;

	private final Programmes programmes;

	private final TrainedStaffs trainedStaff;

	private final Participants participants;

	private final ScopeGuard guard;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	ActivityService(Activities activities, Occurrences occurrences, Registrations registrations, Programmes programmes,
			TrainedStaffs trainedStaff, Participants participants, ScopeGuard guard, AuditTrail audit, JdbcClient jdbc) {
		this.activities = activities;
		this.occurrences = occurrences;
		this.registrations = registrations;
		this.programmes = programmes;
		this.trainedStaff = trainedStaff;
		this.participants = participants;
		this.guard = guard;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	// ---- activities

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
					String like = Like.contains(f.q());
					p.add(cb.or(cb.like(cb.lower(root.get("titleFr")), like, Like.ESCAPE), cb.like(root.get("titleAr"), like, Like.ESCAPE)));
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
			throw new BusinessException("unitId", "act.error.unit-fixed");
		}
		checkProgramme(form);
		Map<String, Object> before = a.snapshot();
		int freeBefore = a.getFreePlaces();
		a.update(form);
		audit.record("UPDATE", "activity", id, a.getTitleFr(), before, a.snapshot());
		if (a.getFreePlaces() > freeBefore) {
			promoteWaiting(a);
		}
		return a;
	}

	private void checkProgramme(ActivityForm form) {
		if (form.getProgrammeId() != null) {
			Programme p = programmes.findById(form.getProgrammeId())
				.orElseThrow(() -> new BusinessException("programmeId", "act.error.programme-unknown"));
			if (!p.getUnitId().equals(form.getUnitId())) {
				throw new BusinessException("programmeId", "act.error.programme-other-unit");
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
		for (Registration r : registrations.findByActivityIdAndStatusNotOrderByStatusAscIdAsc(id,
				RegistrationStatus.CANCELLED)) {
			r.cancel();
		}
		audit.record("CANCEL", "activity", id, a.getTitleFr(), before, a.snapshot());
		return a;
	}

	public List<Occurrence> occurrences(Long activityId) {
		get(activityId);
		return occurrences.findByActivityIdOrderByDay(activityId);
	}

	// ---- registrations

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
			throw new BusinessException("familyMemberId", "act.error.already-registered");
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
		promoteWaiting(a);
		return r;
	}

	private void promoteWaiting(Activity a) {
		while (a.hasFreePlace() && a.getStatus() == ActivityStatus.PUBLISHED) {
			var next = registrations.findFirstByActivityIdAndStatusOrderByIdAsc(a.getId(), RegistrationStatus.WAITING);
			if (next.isEmpty()) {
				return;
			}
			Registration w = next.get();
			Map<String, Object> before = w.snapshot();
			w.promote();
			a.promoted();
			audit.record("PROMOTE", "registration", w.getId(), a.getTitleFr(), before, w.snapshot());
		}
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
		Activity a = get(activityId);
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
				String like = Like.contains(f.q());
				p.add(cb.or(cb.like(cb.lower(root.get("participantNameLat")), like, Like.ESCAPE),
						cb.like(root.get("participantNameAr"), like, Like.ESCAPE)));
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

	public Map<Long, Activity> activitiesById(Collection<Long> ids) {
		return activities.findAllById(ids).stream().collect(Collectors.toMap(Activity::getId, a -> a));
	}

	/** The people a member may register: themself and their family. */
	public List<Participant> familyOf(Long memberId) {
		return participants.familyOf(participants.member(CurrentUser.get(), memberId));
	}

	public java.util.Optional<Member> memberByMatricule(String matricule) {
		return participants.byMatricule(CurrentUser.get(), matricule);
	}

	// ---- attendance

	public Occurrence occurrence(Long id) {
		Occurrence o = occurrences.findById(id).orElseThrow(() -> new NotFoundException("occurrence " + id));
		manageActivity(o.getActivityId());
		return o;
	}

	/** The sheet of an occurrence: every confirmed participant, ticked when recorded present. */
	public List<AttendanceLine> attendance(Long occurrenceId) {
		Occurrence o = occurrence(occurrenceId);
		Set<Long> present = new HashSet<>(jdbc.sql(
				"select registration_id from activities_attendance where occurrence_id = ? and present")
			.param(o.getId()).query(Long.class).list());
		return registrations.findByActivityIdAndStatusOrderByIdAsc(o.getActivityId(), RegistrationStatus.CONFIRMED)
			.stream().map(r -> new AttendanceLine(r, present.contains(r.getId()))).toList();
	}

	/** Records who was present (everyone else confirmed is absent); may be corrected by recording again. */
	@Transactional
	public Occurrence recordAttendance(Long occurrenceId, Collection<Long> presentIds) {
		Occurrence o = occurrence(occurrenceId);
		List<Registration> confirmed = registrations.findByActivityIdAndStatusOrderByIdAsc(o.getActivityId(),
				RegistrationStatus.CONFIRMED);
		Set<Long> ids = confirmed.stream().map(Registration::getId).collect(Collectors.toSet());
		Set<Long> present = new HashSet<>(presentIds == null ? List.of() : presentIds);
		for (Long id : present) {
			if (!ids.contains(id)) {
				throw new BusinessException("present", "act.error.attendance-unknown", id);
			}
		}
		o.attendanceTaken(present.size(), LocalDate.now());
		for (Registration r : confirmed) {
			jdbc.sql("""
					insert into activities_attendance (occurrence_id, registration_id, present) values (?, ?, ?)
					on conflict (occurrence_id, registration_id) do update set present = excluded.present""")
				.params(o.getId(), r.getId(), present.contains(r.getId())).update();
		}
		audit.record("ATTENDANCE", "occurrence", o.getId(), o.getDay().toString(), null,
				Map.of("present", present.size(), "confirmed", confirmed.size()));
		return o;
	}

	// ---- satisfaction survey

	@Transactional
	public Registration rate(Long registrationId, int rating, boolean recommend, String comment) {
		Registration r = registrationFor(registrationId, false);
		if (CurrentUser.get().role() != Role.MEMBER) {
			throw new AccessDeniedException("the participant's family answers");
		}
		boolean attended = jdbc.sql("select count(*) from activities_attendance where registration_id = ? and present")
			.param(r.getId()).query(Integer.class).single() > 0;
		Map<String, Object> before = r.snapshot();
		r.rate(rating, recommend, comment, attended);
		audit.record("SURVEY", "registration", r.getId(), null, before, r.snapshot());
		return r;
	}

	public boolean attended(Long registrationId) {
		return jdbc.sql("select count(*) from activities_attendance where registration_id = ? and present")
			.param(registrationId).query(Integer.class).single() > 0;
	}

	// ---- annual programmes and trained staff

	public List<Programme> programmes(Long unitId) {
		List<Long> ids = guard.unitIds();
		if (unitId != null) {
			guard.check(unitId);
			return programmes.findByUnitIdOrderByYearDesc(unitId);
		}
		return ids == null ? programmes.findAll(Sort.by(Sort.Direction.DESC, "year", "unitId"))
				: programmes.findByUnitIdInOrderByYearDesc(ids);
	}

	public Programme programme(Long id) {
		Programme p = programmes.findById(id).orElseThrow(() -> new NotFoundException("programme " + id));
		guard.check(p.getUnitId());
		return p;
	}

	@Transactional
	public Programme createProgramme(Long unitId, int year, String title, String objectives) {
		Unit u = guard.manage(unitId);
		if (year < 2025 || year > 2100) {
			throw new BusinessException("year", "act.error.year");
		}
		if (title == null || title.isBlank()) {
			throw new BusinessException("title", "act.error.title-required");
		}
		if (programmes.existsByUnitIdAndYear(unitId, year)) {
			throw new BusinessException("year", "act.error.programme-exists", year);
		}
		Programme p = programmes.save(new Programme(u.getId(), u.getWilayaCode(), year, title.trim(), objectives));
		audit.record("CREATE", "programme", p.getId(), p.getTitle(), null, p.snapshot());
		return p;
	}

	public List<TrainedStaff> trainedStaff(Long programmeId) {
		programme(programmeId);
		return trainedStaff.findByProgrammeIdOrderByMemberName(programmeId);
	}

	/** Lists a staff member of the establishment as trained under the agreement (staff of another unit refused). */
	@Transactional
	public TrainedStaff addTrainedStaff(Long programmeId, String matricule, String trainingRef, LocalDate trainedOn) {
		Programme p = programme(programmeId);
		guard.manage(p.getUnitId());
		Member m = participants.byMatricule(CurrentUser.get(), matricule)
			.orElseThrow(() -> new BusinessException("matricule", "act.error.matricule-unknown", matricule));
		if (m.getUnitId() == null || !guard.organisation().isWithin(m.getUnitId(), p.getUnitId())) {
			throw new BusinessException("matricule", "act.error.staff-other-unit", matricule);
		}
		if (trainedStaff.existsByProgrammeIdAndMemberId(programmeId, m.getId())) {
			throw new BusinessException("matricule", "act.error.staff-listed", matricule);
		}
		if (trainedOn != null && trainedOn.isAfter(LocalDate.now())) {
			throw new BusinessException("trainedOn", "act.error.date-future");
		}
		TrainedStaff s = trainedStaff.save(new TrainedStaff(programmeId, m.getId(), m.fullNameAr(),
				m.getFunction() == null ? null : m.getFunction().name(), blankToNull(trainingRef), trainedOn));
		audit.record("CREATE", "trained-staff", s.getId(), m.getMatricule(), null, s.snapshot());
		return s;
	}

	/**
	 * The training module's certificate for a member: every programme row of that member gets the reference (called
	 * by the event listener, without a user).
	 */
	@Transactional
	public int certificateIssued(Long memberId, String reference, LocalDate on) {
		int n = 0;
		for (TrainedStaff s : trainedStaff.findByMemberId(memberId)) {
			Map<String, Object> before = s.snapshot();
			s.trained(reference, on);
			audit.record("UPDATE", "trained-staff", s.getId(), reference, before, s.snapshot());
			n++;
		}
		return n;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
