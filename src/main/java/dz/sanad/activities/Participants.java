package dz.sanad.activities;

import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.List;

/** Resolves participants through the people API, enforcing that a member only acts for their own family. */
@Component
class Participants {

	private final People people;

	Participants(People people) {
		this.people = people;
	}

	static Participant of(Member m, FamilyMember f) {
		if (f == null) {
			return new Participant(m.getId(), null, "SELF", m.fullNameAr(), m.fullNameLat(), m.getBirthDate(),
					m.getSex(), false, false, false);
		}
		String lat = f.getFirstNameLat() == null ? null
				: f.getFirstNameLat() + " " + (f.getLastNameLat() == null ? "" : f.getLastNameLat().toUpperCase());
		return new Participant(m.getId(), f.getId(), f.getRelation().name(), f.fullNameAr(), lat, f.getBirthDate(),
				f.getSex(), f.isMartyrChild(), f.isOrphan(), f.isDisability());
	}

	/**
	 * A member acting for themself may only name their own family (another member's child: 403); staff name the
	 * member by matricule (or id) and one of that member's family members.
	 */
	Participant resolve(SanadUser user, Long memberId, String matricule, Long familyMemberId) {
		Member m;
		if (user.role() == Role.MEMBER) {
			if (user.memberId() == null || (memberId != null && !memberId.equals(user.memberId()))) {
				throw new AccessDeniedException("not your family");
			}
			m = people.member(user.memberId());
		}
		else if (matricule != null && !matricule.isBlank()) {
			m = people.memberInScope(user, matricule)
				.orElseThrow(() -> BusinessException.onField("matricule", "act.error.matricule-unknown", matricule));
		}
		else if (memberId != null) {
			m = people.memberInScope(user, memberId);
		}
		else {
			throw BusinessException.onField("matricule", "act.error.matricule-required");
		}
		FamilyMember f = null;
		if (familyMemberId != null) {
			try {
				f = people.familyMemberInScope(user, m.getId(), familyMemberId);
			}
			catch (NotFoundException e) {
				if (user.role() == Role.MEMBER) {
					throw new AccessDeniedException("not your family");
				}
				throw BusinessException.onField("familyMemberId", "act.error.not-family");
			}
			if (!f.isActive()) {
				throw BusinessException.onField("familyMemberId", "act.error.not-family");
			}
		}
		return of(m, f);
	}

	/** The member and family a participant may be chosen from (for forms). */
	List<Participant> familyOf(Member m) {
		List<Participant> all = new java.util.ArrayList<>();
		all.add(of(m, null));
		people.familyOf(m.getId()).forEach(f -> all.add(of(m, f)));
		return all;
	}

	/** The member, if the user may see them (out of scope answers like unknown). */
	Member member(SanadUser user, Long id) {
		return people.memberInScope(user, id);
	}

	/** The member with this matricule if the user may see them; empty when unknown or outside scope alike. */
	java.util.Optional<Member> byMatricule(SanadUser user, String matricule) {
		return people.memberInScope(user, matricule);
	}

	People people() {
		return people;
	}
}
