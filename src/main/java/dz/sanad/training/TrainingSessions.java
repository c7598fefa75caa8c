package dz.sanad.training;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Like;
import dz.sanad.platform.Dates;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.territory.Territory;
import jakarta.persistence.criteria.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The annual plan's sessions: planning, bookings of rooms and trainers, and the state machine's moves. */
@Service
@Transactional(readOnly = true)
public class TrainingSessions {

	private final Sessions sessions;

	private final Nominations nominations;

	private final Catalogue catalogue;

	private final TrainingAccess access;

	private final Delivery delivery;

	private final Territory territory;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	TrainingSessions(Sessions sessions, Nominations nominations, Catalogue catalogue, TrainingAccess access,
			Delivery delivery, Territory territory, AuditTrail audit, ApplicationEventPublisher events) {
		this.sessions = sessions;
		this.nominations = nominations;
		this.catalogue = catalogue;
		this.access = access;
		this.delivery = delivery;
		this.territory = territory;
		this.audit = audit;
		this.events = events;
	}

	public record SessionForm(String code, Long programmeId, Long centreId, Long roomId, @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate startDate,
			@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate endDate, Integer capacity) {
	}

	public record SessionFilter(String q, SessionState state, Long centreId, Long programmeId, Integer year) {
	}

	public enum Move {
		OPEN, CONFIRM, START, CLOSE, CANCEL
	}

	public Session get(Long id) {
		return sessions.findById(id).orElseThrow(() -> new NotFoundException("session " + id));
	}

	/** The session if the user may see it, else 403. */
	public Session visible(SanadUser user, Long id) {
		Session s = get(id);
		access.requireSeeSession(user, s);
		return s;
	}

	public Page<Session> search(SanadUser user, SessionFilter f, Pageable pageable) {
		return sessions.findAll(spec(user, f), pageable);
	}

	public List<Session> searchAll(SanadUser user, SessionFilter f) {
		return sessions.findAll(spec(user, f), Sort.by("startDate", "code"));
	}

	private Specification<Session> spec(SanadUser user, SessionFilter f) {
		List<Long> centres = user.is(Role.CENTRE_COORDINATOR) ? access.managedCentres(user) : null;
		List<Long> taught = user.is(Role.TRAINER) ? access.sessionIdsForTrainer(user) : null;
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (centres != null) {
				p.add(root.get("centreId").in(centres.isEmpty() ? List.of(-1L) : centres));
			}
			if (taught != null) {
				p.add(root.get("id").in(taught.isEmpty() ? List.of(-1L) : taught));
			}
			if (user.is(Role.WILAYA_OFFICER)) {
				p.add(cb.notEqual(root.get("state"), SessionState.DRAFT));
			}
			if (f.q() != null && !f.q().isBlank()) {
				p.add(cb.like(cb.lower(root.get("code")), Like.contains(f.q()), Like.ESCAPE));
			}
			if (f.state() != null) {
				p.add(cb.equal(root.get("state"), f.state()));
			}
			if (f.centreId() != null) {
				p.add(cb.equal(root.get("centreId"), f.centreId()));
			}
			if (f.programmeId() != null) {
				p.add(cb.equal(root.get("programmeId"), f.programmeId()));
			}
			if (f.year() != null) {
				p.add(cb.equal(root.get("planYear"), f.year()));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	@Transactional
	public Session create(SessionForm f) {
		SanadUser user = CurrentUser.get();
		Catalogue.require(f.code(), "code");
		String code = f.code().trim().toUpperCase(Locale.ROOT);
		if (sessions.existsByCode(code)) {
			throw BusinessException.onField("code", "training.error.code-taken", code);
		}
		if (f.programmeId() == null) {
			throw BusinessException.onField("programmeId", "training.error.required");
		}
		catalogue.programme(f.programmeId());
		if (f.centreId() == null || catalogue.allCentres().stream().noneMatch(c -> c.getId().equals(f.centreId()))) {
			throw BusinessException.onField("centreId", "training.error.centre");
		}
		access.requireCentre(user, f.centreId());
		Session s = new Session(code, f.programmeId(), f.centreId());
		plan(s, f);
		sessions.save(s);
		audit.record("CREATE", "training_session", s.getId(), code, null, s.snapshot());
		return s;
	}

	@Transactional
	public Session update(Long id, SessionForm f) {
		Session s = get(id);
		access.requireManageSession(CurrentUser.get(), s);
		Map<String, Object> before = s.snapshot();
		plan(s, f);
		audit.record("UPDATE", "training_session", id, s.getCode(), before, s.snapshot());
		return s;
	}

	private void plan(Session s, SessionForm f) {
		if (f.roomId() != null) {
			Room room = catalogue.room(f.roomId());
			if (!room.getCentreId().equals(s.getCentreId())) {
				throw BusinessException.onField("roomId", "training.session.error.room-centre");
			}
			if (f.capacity() != null && f.capacity() > room.getCapacity()) {
				throw BusinessException.onField("capacity", "training.session.error.room-capacity", room.getCapacity());
			}
		}
		s.plan(f.roomId(), f.startDate(), f.endDate(), f.capacity() == null ? 0 : f.capacity());
		checkBookings(s);
	}

	/** A room or a trainer cannot be in two sessions at the same time. */
	private void checkBookings(Session s) {
		long id = s.getId() == null ? -1 : s.getId();
		if (s.getRoomId() != null) {
			List<Session> clash = sessions.roomBookings(s.getRoomId(), id, s.getStartDate(), s.getEndDate());
			if (!clash.isEmpty()) {
				throw BusinessException.onField("roomId", "training.session.error.room-booked", clash.get(0).getCode());
			}
		}
		for (Long trainerId : new java.util.HashSet<>(s.getTrainers().values())) {
			List<Session> clash = sessions.trainerBookings(trainerId, id, s.getStartDate(), s.getEndDate());
			if (!clash.isEmpty()) {
				throw BusinessException.onField("trainerId", "training.session.error.trainer-booked",
						catalogue.trainer(trainerId).getFullName(), clash.get(0).getCode());
			}
		}
	}

	/**
	 * Seats per wilaya. Quotas cap a wilaya's nominations (waiting list included), so together they may exceed the
	 * capacity, which caps the accepted trainees.
	 */
	@Transactional
	public Session setQuotas(Long id, Map<String, Integer> quotas) {
		Session s = get(id);
		access.requireManageSession(CurrentUser.get(), s);
		for (var e : quotas.entrySet()) {
			if (!territory.exists(e.getKey())) {
				throw BusinessException.onField("quota", "unit.error.wilaya-unknown", e.getKey());
			}
			if (e.getValue() != null && e.getValue() < 0) {
				throw BusinessException.onField("quota", "training.session.error.quota", e.getKey());
			}
		}
		Map<String, Object> before = s.snapshot();
		s.setQuotas(quotas);
		audit.record("UPDATE", "training_session", id, s.getCode() + " quotas", before, s.snapshot());
		return s;
	}

	@Transactional
	public Session assignTrainer(Long id, Long moduleId, Long trainerId) {
		Session s = get(id);
		access.requireManageSession(CurrentUser.get(), s);
		if (catalogue.modules(s.getProgrammeId()).stream().noneMatch(m -> m.getId().equals(moduleId))) {
			throw BusinessException.onField("moduleId", "training.session.error.module");
		}
		if (trainerId != null) {
			Trainer t = catalogue.trainer(trainerId);
			if (!t.getCentreId().equals(s.getCentreId()) && !t.isExternal()) {
				throw BusinessException.onField("trainerId", "training.session.error.trainer-centre");
			}
		}
		Map<String, Object> before = s.snapshot();
		s.assignTrainer(moduleId, trainerId);
		checkBookings(s);
		audit.record("UPDATE", "training_session", id, s.getCode() + " trainers", before, s.snapshot());
		return s;
	}

	/** Applies one move of the state machine (the aggregate refuses illegal ones). */
	@Transactional
	public Session move(Long id, Move move, String reason) {
		Session s = get(id);
		access.requireManageSession(CurrentUser.get(), s);
		Map<String, Object> before = s.snapshot();
		switch (move) {
			case OPEN -> {
				checkBookings(s);
				s.open();
			}
			case CONFIRM -> s.confirm(nominations.countBySessionIdAndStatus(id, NominationStatus.ACCEPTED));
			case START -> s.start(Dates.today());
			case CLOSE -> {
				s.close(Dates.today());
				delivery.applyCompletion(s);
			}
			case CANCEL -> {
				s.cancel(reason);
				events.publishEvent(new Events.SessionCancelled(id, s.getCancelReason()));
			}
		}
		audit.record(move.name(), "training_session", id, s.getCode(), before, s.snapshot());
		return s;
	}
}
