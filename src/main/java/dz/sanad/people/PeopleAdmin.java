package dz.sanad.people;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Violations;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import dz.sanad.territory.Territory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Map;

/**
 * Changes to members and families by HR and social staff: the DGSN social directorate anywhere, a wilaya officer in
 * its own wilaya. Every change is checked against the same rules as imports and audited.
 */
@Service
@Transactional
public class PeopleAdmin {

	private final Members members;

	private final FamilyMembers family;

	private final People people;

	private final Organisation organisation;

	private final Territory territory;

	private final AuditTrail audit;

	PeopleAdmin(Members members, FamilyMembers family, People people, Organisation organisation, Territory territory,
			AuditTrail audit) {
		this.members = members;
		this.family = family;
		this.people = people;
		this.organisation = organisation;
		this.territory = territory;
		this.audit = audit;
	}

	/** Whether the user may change this member's record (and family). */
	public boolean canEdit(SanadUser user, Member m) {
		return switch (user.role()) {
			case DGSN_SOCIAL -> true;
			case WILAYA_OFFICER -> people.canSee(user, m);
			default -> false;
		};
	}

	private void checkEdit(SanadUser user, Member m) {
		if (!canEdit(user, m)) {
			throw new AccessDeniedException("member outside editing scope");
		}
	}

	public Member create(SanadUser user, MemberForm form) {
		if (!PersonRules.validMatricule(form.getMatricule())) {
			throw BusinessException.onField("matricule", "member.error.matricule-format");
		}
		if (members.existsByMatricule(form.getMatricule().trim())) {
			throw BusinessException.onField("matricule", "member.error.matricule-taken", form.getMatricule());
		}
		Member m = new Member(form.getMatricule().trim(), form.getFirstNameAr(), form.getLastNameAr(), form.getSex(),
				form.getWilayaCode());
		apply(m, form);
		checkEdit(user, m);
		members.saveAndFlush(m);
		audit.record("CREATE", "member", m.getId(), m.getMatricule(), null, m.snapshot());
		return m;
	}

	public Member update(SanadUser user, Long id, MemberForm form) {
		Member m = people.memberFor(user, id);
		checkEdit(user, m);
		if (form.getMatricule() != null && !m.getMatricule().equals(form.getMatricule().trim())) {
			throw BusinessException.onField("matricule", "member.error.matricule-fixed");
		}
		Map<String, Object> before = m.snapshot();
		apply(m, form);
		checkEdit(user, m); // a wilaya officer cannot move a member out of its wilaya
		members.saveAndFlush(m);
		audit.record("UPDATE", "member", m.getId(), m.getMatricule(), before, m.snapshot());
		return m;
	}

	private void apply(Member m, MemberForm f) {
		String nin = blankToNull(f.getNin());
		if (nin != null) {
			if (!PersonRules.validNin(nin)) {
				throw BusinessException.onField("nin", "member.error.nin-format");
			}
			members.findByNin(nin).filter(o -> !o.getId().equals(m.getId())).ifPresent(o -> {
				throw BusinessException.onField("nin", "member.error.nin-taken", o.getMatricule());
			});
		}
		String sex = PersonRules.sex(f.getSex()).orElseThrow(() -> BusinessException.onField("sex", "person.error.sex"));
		if (f.getBirthDate() != null && (f.getBirthDate().isAfter(LocalDate.now().minusYears(18))
				|| f.getBirthDate().isBefore(LocalDate.of(1920, 1, 1)))) {
			throw BusinessException.onField("birthDate", "member.error.birth-date");
		}
		if (!territory.exists(f.getWilayaCode())) {
			throw BusinessException.onField("wilayaCode", "member.error.wilaya-unknown", f.getWilayaCode());
		}
		if (f.getUnitId() != null) {
			Unit unit = organisation.find(f.getUnitId())
				.orElseThrow(() -> BusinessException.onField("unitId", "member.error.unit-unknown", f.getUnitId()));
			if (!unit.isActive()) {
				throw BusinessException.onField("unitId", "member.error.unit-inactive", unit.getCode());
			}
			if (unit.getWilayaCode() != null && !unit.getWilayaCode().equals(f.getWilayaCode())) {
				throw BusinessException.onField("unitId", "member.error.unit-wilaya", unit.getCode(), f.getWilayaCode());
			}
		}
		String phone = blankToNull(f.getPhone());
		if (phone != null) {
			phone = PersonRules.e164(phone).orElseThrow(() -> BusinessException.onField("phone", "person.error.phone"));
		}
		String email = blankToNull(f.getEmail());
		if (email != null && !PersonRules.validEmail(email)) {
			throw BusinessException.onField("email", "person.error.email");
		}
		m.setNin(nin);
		m.setFirstNameAr(f.getFirstNameAr().trim());
		m.setLastNameAr(f.getLastNameAr().trim());
		m.setFirstNameLat(blankToNull(f.getFirstNameLat()));
		m.setLastNameLat(blankToNull(f.getLastNameLat()));
		m.setSex(sex);
		m.setBirthDate(f.getBirthDate());
		m.setGrade(f.getGrade());
		m.setFunction(f.getFunction());
		m.setUnitId(f.getUnitId());
		m.setWilayaCode(f.getWilayaCode());
		m.setPhone(phone);
		m.setEmail(email);
	}

	/** Deactivation: the member retires or died (on duty: the children keep their rights as children of a martyr). */
	public Member deactivate(SanadUser user, Long id, MemberStatus status, boolean diedOnDuty) {
		Member m = people.memberFor(user, id);
		checkEdit(user, m);
		Map<String, Object> before = m.snapshot();
		m.leave(status, diedOnDuty);
		if (m.isMartyr()) {
			for (FamilyMember f : family.findByMemberIdAndActiveTrueOrderByBirthDate(id)) {
				if (f.isChild() && !f.isMartyrChild()) {
					Map<String, Object> fb = f.snapshot();
					f.setMartyrChild(true);
					audit.record("UPDATE", "family-member", f.getId(), f.fullNameAr(), fb, f.snapshot());
				}
			}
		}
		members.saveAndFlush(m);
		audit.record("DEACTIVATE", "member", id, m.getMatricule(), before, m.snapshot());
		return m;
	}

	public Member reactivate(SanadUser user, Long id) {
		Member m = people.memberFor(user, id);
		checkEdit(user, m);
		Map<String, Object> before = m.snapshot();
		m.reactivate();
		members.saveAndFlush(m);
		audit.record("REACTIVATE", "member", id, m.getMatricule(), before, m.snapshot());
		return m;
	}

	public FamilyMember addFamily(SanadUser user, Long memberId, FamilyForm form) {
		Member m = people.memberFor(user, memberId);
		checkEdit(user, m);
		FamilyMember f = new FamilyMember(memberId, form.getRelation(), form.getFirstNameAr().trim(),
				form.getLastNameAr().trim(), "M", form.getBirthDate());
		applyFamily(f, form, null);
		family.saveAndFlush(f);
		audit.record("CREATE", "family-member", f.getId(), m.getMatricule() + " " + f.fullNameAr(), null, f.snapshot());
		return f;
	}

	public FamilyMember updateFamily(SanadUser user, Long familyId, FamilyForm form) {
		FamilyMember f = familyFor(user, familyId);
		checkEdit(user, people.member(f.getMemberId()));
		Map<String, Object> before = f.snapshot();
		applyFamily(f, form, f.getId());
		family.saveAndFlush(f);
		audit.record("UPDATE", "family-member", f.getId(), f.fullNameAr(), before, f.snapshot());
		return f;
	}

	/** Removes a family member from the household (kept, inactive, for the history and the audit trail). */
	public FamilyMember removeFamily(SanadUser user, Long familyId) {
		FamilyMember f = familyFor(user, familyId);
		checkEdit(user, people.member(f.getMemberId()));
		if (!f.isActive()) {
			throw BusinessException.of("family.error.already-removed");
		}
		Map<String, Object> before = f.snapshot();
		f.setActive(false);
		family.saveAndFlush(f);
		audit.record("DEACTIVATE", "family-member", f.getId(), f.fullNameAr(), before, f.snapshot());
		return f;
	}

	/** A family member the user may see (through the member), or 403. */
	public FamilyMember familyFor(SanadUser user, Long familyId) {
		FamilyMember f = family.findById(familyId).orElseThrow(() -> new NotFoundException("family " + familyId));
		people.memberFor(user, f.getMemberId());
		return f;
	}

	/**
	 * Every rule a family form breaks, all at once (the page shows each next to its field, together with the form's
	 * own field checks); {@code exceptId} is the relative being edited, null for a new one.
	 */
	public Violations familyViolations(Long memberId, FamilyForm form, Long exceptId) {
		Violations v = new Violations();
		v.onField(form.getSex() != null && PersonRules.sex(form.getSex()).isEmpty(), "sex", "person.error.sex");
		v.onField(form.getBirthDate() != null && form.getBirthDate().isAfter(LocalDate.now()), "birthDate",
				"family.error.birth-future");
		v.onField(form.getRelation() == Relation.CHILD && form.getBirthDate() == null, "birthDate",
				"family.error.child-birth-date");
		v.onField(form.getRelation() != null && form.getRelation() != Relation.CHILD
				&& (form.isMartyrChild() || blankToNull(form.getSchoolLevel()) != null), "relation", "family.error.child-only");
		v.onField(!PersonRules.latinOrBlank(form.getFirstNameLat()), "firstNameLat", "person.error.latin");
		v.onField(!PersonRules.latinOrBlank(form.getLastNameLat()), "lastNameLat", "person.error.latin");
		String first = blankToNull(form.getFirstNameAr());
		if (first != null && form.getRelation() != null) {
			long except = exceptId == null ? -1L : exceptId;
			v.onField(form.getBirthDate() == null ? family.existsSameUndated(memberId, form.getRelation(), first, except)
					: family.existsSame(memberId, form.getRelation(), first, form.getBirthDate(), except),
					"firstNameAr", "family.error.duplicate");
		}
		return v;
	}

	private void applyFamily(FamilyMember f, FamilyForm form, Long exceptId) {
		familyViolations(f.getMemberId(), form, exceptId).throwIfAny();
		String sex = PersonRules.sex(form.getSex()).orElseThrow(() -> BusinessException.onField("sex", "person.error.sex"));
		f.setRelation(form.getRelation());
		f.setFirstNameAr(form.getFirstNameAr().trim());
		f.setLastNameAr(form.getLastNameAr().trim());
		f.setFirstNameLat(blankToNull(form.getFirstNameLat()));
		f.setLastNameLat(blankToNull(form.getLastNameLat()));
		f.setSex(sex);
		f.setBirthDate(form.getBirthDate());
		f.setDisability(form.isDisability());
		f.setOrphan(form.isOrphan());
		f.setMartyrChild(form.isMartyrChild());
		f.setSchoolLevel(blankToNull(form.getSchoolLevel()));
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
