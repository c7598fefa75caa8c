package dz.sanad.health.vaccination;

import dz.sanad.organisation.Organisation;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.Dates;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose vaccinations a user may open. The centre's health officer and physician: the children of the families
 * their centre serves (the members of the centre's wilaya). A member: their own minor children, nobody else.
 * Anything else answers like an unknown child (404), so an id never reveals whether, or who, a child is.
 */
@Component
public class VaccinationAccess {

	/** A child the user may open, with their parent and the parent's wilaya. */
	public record Child(FamilyMember child, Member parent) {

		public long id() {
			return child.getId();
		}
	}

	private final People people;

	private final Organisation organisation;

	VaccinationAccess(People people, Organisation organisation) {
		this.people = people;
		this.organisation = organisation;
	}

	public static boolean staff(SanadUser user) {
		return user.is(Role.HEALTH_OFFICER, Role.PHYSICIAN);
	}

	/** The wilaya whose families the user's centre serves; null for everyone else. */
	public String centreWilaya(SanadUser user) {
		return staff(user) ? organisation.scopeOf(user).wilayaCode() : null;
	}

	public String requireCentreWilaya(SanadUser user) {
		String w = centreWilaya(user);
		if (w == null) {
			throw new AccessDeniedException("no centre scope");
		}
		return w;
	}

	public Child child(SanadUser user, Long childId) {
		FamilyMember f = people.findFamilyMember(childId)
			.filter(c -> c.isChild() && c.isActive() && c.getBirthDate() != null)
			.orElseThrow(() -> new NotFoundException("child " + childId));
		Member parent = people.member(f.getMemberId());
		boolean allowed = user.role() == Role.MEMBER
				? f.getMemberId().equals(user.memberId()) && f.ageOn(Dates.today()) < 18
				: centreWilaya(user) != null && centreWilaya(user).equals(parent.getWilayaCode());
		if (!allowed) {
			throw new NotFoundException("child " + childId);
		}
		return new Child(f, parent);
	}
}
