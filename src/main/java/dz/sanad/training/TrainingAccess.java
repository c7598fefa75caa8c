package dz.sanad.training;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Scope;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Who may do what on which training record. URL rules (TrainingWeb) let roles in; these checks narrow them to
 * their scope: a centre coordinator to their centre, a trainer to their sessions, a wilaya officer to its
 * members and its wilaya.
 */
@Service
@Transactional(readOnly = true)
public class TrainingAccess {

	private final Organisation organisation;

	private final People people;

	private final Trainers trainers;

	private final Sessions sessions;

	TrainingAccess(Organisation organisation, People people, Trainers trainers, Sessions sessions) {
		this.organisation = organisation;
		this.people = people;
		this.trainers = trainers;
		this.sessions = sessions;
	}

	/** Centre ids the user manages, or null for all (the ministry). */
	public List<Long> managedCentres(SanadUser user) {
		if (user.is(Role.TRAINING_MANAGER)) {
			return null;
		}
		if (user.is(Role.CENTRE_COORDINATOR, Role.TRAINER) && user.scopeUnitId() != null) {
			return organisation.subtreeIds(user.scopeUnitId());
		}
		return List.of();
	}

	public boolean managesCentre(SanadUser user, Long centreId) {
		if (user.is(Role.TRAINING_MANAGER)) {
			return true;
		}
		return user.is(Role.CENTRE_COORDINATOR) && user.scopeUnitId() != null
				&& organisation.isWithin(centreId, user.scopeUnitId());
	}

	public void requireCentre(SanadUser user, Long centreId) {
		if (!managesCentre(user, centreId)) {
			throw new AccessDeniedException("centre outside scope");
		}
	}

	/** The trainer record of a TRAINER account, if linked. */
	public Long trainerIdOf(SanadUser user) {
		return user.is(Role.TRAINER) ? trainers.findByUsername(user.getUsername()).map(Trainer::getId).orElse(null)
				: null;
	}

	public boolean teaches(SanadUser user, Session s) {
		Long trainerId = trainerIdOf(user);
		return trainerId != null && s.getTrainers().containsValue(trainerId);
	}

	public boolean canSeeSession(SanadUser user, Session s) {
		return switch (user.role()) {
			case TRAINING_MANAGER, DGSN_SOCIAL, COMMITTEE -> true;
			case CENTRE_COORDINATOR -> managesCentre(user, s.getCentreId());
			case TRAINER -> teaches(user, s);
			case WILAYA_OFFICER -> s.getState() != SessionState.DRAFT;
			default -> false;
		};
	}

	public void requireSeeSession(SanadUser user, Session s) {
		if (!canSeeSession(user, s)) {
			throw new AccessDeniedException("session outside scope");
		}
	}

	public void requireManageSession(SanadUser user, Session s) {
		requireCentre(user, s.getCentreId());
	}

	/** Attendance and assessments: the session's trainers, its centre and the ministry. */
	public void requireDeliver(SanadUser user, Session s) {
		if (!(managesCentre(user, s.getCentreId()) || teaches(user, s))) {
			throw new AccessDeniedException("session outside scope");
		}
	}

	/** Nominating: DGSN nationally, a wilaya officer only its own members. */
	public void requireNominate(SanadUser user, Member m) {
		boolean ok = user.is(Role.DGSN_SOCIAL)
				|| (user.is(Role.WILAYA_OFFICER) && people.canSee(user, m));
		if (!ok) {
			throw new AccessDeniedException("member outside scope");
		}
	}

	/** Which wilaya's nominations the user sees, or null for all. */
	public String wilayaOf(SanadUser user) {
		if (user.is(Role.WILAYA_OFFICER)) {
			String w = organisation.scopeOf(user).wilayaCode();
			return w == null ? "--" : w;
		}
		return null;
	}

	public boolean canSeeNomination(SanadUser user, Session s, Nomination n) {
		if (user.is(Role.MEMBER)) {
			return n.getMemberId().equals(user.memberId());
		}
		if (!canSeeSession(user, s)) {
			return false;
		}
		String w = wilayaOf(user);
		return w == null || w.equals(n.getWilayaCode());
	}

	public Scope scopeOf(SanadUser user) {
		return organisation.scopeOf(user);
	}

	List<Long> sessionIdsForTrainer(SanadUser user) {
		Long id = trainerIdOf(user);
		return id == null ? List.of() : sessions.idsForTrainer(id);
	}
}
