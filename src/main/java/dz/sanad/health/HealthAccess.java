package dz.sanad.health;

import dz.sanad.organisation.Organisation;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.Dates;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.BreakGlass;
import dz.sanad.platform.confidential.Subject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Who may open whose health record. The centre's health officer and physician: the families of the members of the
 * centre's wilaya (a physician elsewhere only through break-the-glass, read-only). A member: their own record, and
 * their minor children's as the parent acting for them, except the consultations of a child at or above the
 * confidentiality age ({@code sanad.health.confidential-age}, default 16) marked confidential; never the spouse's,
 * a parent's or an adult child's. Every other role: nothing medical (their requests answer like an unknown person).
 */
@Component
public class HealthAccess {

	public enum Reach {
		/** The care team of the centre: reads and writes. */
		CARE,
		/** Break-the-glass: reads only, for the grant's time. */
		GLASS,
		/** The person themself. */
		SELF,
		/** A parent acting for a minor child: no confidential consultation. */
		PARENT;

		public boolean writes() {
			return this == CARE;
		}

		public boolean staff() {
			return this == CARE || this == GLASS;
		}
	}

	/** The person a record is about, their household (the member) and how far the reader reaches. */
	public record Person(Subject subject, Member household, FamilyMember relative, Reach reach) {

		public String nameAr() {
			return relative == null ? household.fullNameAr() : relative.fullNameAr();
		}

		public String name(java.util.Locale locale) {
			return relative == null ? household.name(locale) : relative.name(locale);
		}

		public LocalDate birthDate() {
			return relative == null ? household.getBirthDate() : relative.getBirthDate();
		}

		public String sex() {
			return relative == null ? household.getSex() : relative.getSex();
		}

		public boolean minor() {
			LocalDate b = birthDate();
			return b != null && java.time.Period.between(b, Dates.today()).getYears() < 18;
		}
	}

	private final People people;

	private final Organisation organisation;

	private final BreakGlass glass;

	private final int confidentialAge;

	HealthAccess(People people, Organisation organisation, BreakGlass glass,
			@Value("${sanad.health.confidential-age:16}") int confidentialAge) {
		this.people = people;
		this.organisation = organisation;
		this.glass = glass;
		this.confidentialAge = confidentialAge;
	}

	public static boolean isCareTeam(SanadUser user) {
		return user.is(Role.HEALTH_OFFICER, Role.PHYSICIAN);
	}

	public int confidentialAge() {
		return confidentialAge;
	}

	/** The person if the user may open their record; otherwise {@link NotFoundException}, as for an unknown one. */
	public Person open(SanadUser user, Subject s, Long recordId) {
		Member household;
		FamilyMember relative = null;
		if (s.familyMemberId() != null) {
			relative = people.findFamilyMember(s.familyMemberId()).filter(FamilyMember::isActive)
				.orElseThrow(() -> new NotFoundException("person"));
			household = people.member(relative.getMemberId());
		}
		else {
			household = people.member(s.memberId());
		}
		Reach reach = reach(user, household, relative, recordId);
		if (reach == null) {
			throw new NotFoundException("person");
		}
		return new Person(s, household, relative, reach);
	}

	private Reach reach(SanadUser user, Member household, FamilyMember relative, Long recordId) {
		if (user.role() == Role.MEMBER) {
			if (!household.getId().equals(user.memberId())) {
				return null;
			}
			if (relative == null) {
				return Reach.SELF;
			}
			boolean minorChild = relative.isChild() && relative.getBirthDate() != null
					&& relative.ageOn(Dates.today()) < 18;
			return minorChild ? Reach.PARENT : null;
		}
		if (!isCareTeam(user)) {
			return null;
		}
		if (inCentreScope(user, household)) {
			return Reach.CARE;
		}
		if (user.role() == Role.PHYSICIAN && recordId != null
				&& glass.active(HealthDomain.NAME, String.valueOf(recordId)).isPresent()) {
			return Reach.GLASS;
		}
		return null;
	}

	/** The families a centre serves: the members of the centre's wilaya. */
	public boolean inCentreScope(SanadUser user, Member m) {
		String wilaya = organisation.scopeOf(user).wilayaCode();
		return wilaya != null && wilaya.equals(m.getWilayaCode());
	}

	/** Whether this consultation may be shown to this reader: a parent never sees one marked confidential. */
	public boolean shows(Person p, Visit v) {
		return !(v.isConfidential() && p.reach() == Reach.PARENT);
	}

	/** A consultation may be marked confidential from the parent only for a minor at or above the age. */
	public boolean mayMarkConfidential(Person p) {
		return p.relative() != null && p.relative().isChild() && p.relative().getBirthDate() != null
				&& p.relative().ageOn(Dates.today()) >= confidentialAge && p.minor();
	}
}
