package dz.sanad.people;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Consent records. Staff in scope record them from the signed form; a member records and withdraws their own and,
 * as guardian, their children's. Other modules ask {@link #hasConsent} before processing a person's data for a
 * purpose: a minor's data only with a guardian's consent.
 */
@Service
@Transactional
public class PeopleConsents {

	/** Age of majority in Algerian civil law. */
	public static final int MAJORITY = 19;

	private final Consents consents;

	private final People people;

	private final PeopleAdmin admin;

	private final AuditTrail audit;

	PeopleConsents(Consents consents, People people, PeopleAdmin admin, AuditTrail audit) {
		this.consents = consents;
		this.people = people;
		this.admin = admin;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Consent> of(SanadUser user, Long memberId) {
		people.memberFor(user, memberId);
		return consents.findByMemberIdOrderByRecordedAtDesc(memberId);
	}

	/** Whether an active consent is on record: for the member (familyMemberId null) or one of the family. */
	@Transactional(readOnly = true)
	public boolean hasConsent(Long memberId, Long familyMemberId, ConsentPurpose purpose) {
		return familyMemberId == null
				? consents.existsByMemberIdAndFamilyMemberIdIsNullAndPurposeAndWithdrawnAtIsNull(memberId, purpose)
				: consents.existsByFamilyMemberIdAndPurposeAndWithdrawnAtIsNull(familyMemberId, purpose);
	}

	/**
	 * Whether this family member's consent is given by a guardian (the member): only a minor child's. A spouse or a
	 * parent, and a child who came of age, give their own consent; a member cannot choose them on his page.
	 */
	public static boolean byGuardian(FamilyMember f) {
		return f.getRelation() == Relation.CHILD
				&& (f.getBirthDate() == null || f.ageOn(LocalDate.now()) < MAJORITY);
	}

	public Consent record(SanadUser user, Long memberId, ConsentForm form) {
		Member m = people.memberFor(user, memberId);
		boolean self = user.role() == Role.MEMBER;
		if (!self && !admin.canEdit(user, m)) {
			throw new AccessDeniedException("consent outside scope");
		}
		boolean guardian = form.isGuardian();
		String givenBy = form.getGivenBy() == null ? "" : form.getGivenBy().trim();
		if (form.getFamilyMemberId() != null) {
			// another household's relative, an unknown id and a removed one read alike
			FamilyMember f = people.findFamilyMember(form.getFamilyMemberId()).orElse(null);
			if (f == null || !f.getMemberId().equals(memberId) || !f.isActive()) {
				throw BusinessException.onField("familyMemberId", "consent.error.not-family");
			}
			boolean minor = byGuardian(f);
			if (minor && !guardian) {
				throw BusinessException.onField("guardian", "consent.error.child-needs-guardian");
			}
			if (!minor && (self || guardian)) {
				// an adult (spouse, parent, grown-up child) consents in person: nobody consents for them
				throw BusinessException.onField("familyMemberId", "consent.error.adult-consents-in-person");
			}
		}
		else if (guardian) {
			throw BusinessException.onField("guardian", "consent.error.adult-member");
		}
		if (self) {
			givenBy = m.fullNameAr(); // a member consents in their own name, for themself or as their child's guardian
		}
		if (givenBy.isEmpty()) {
			throw BusinessException.onField("givenBy", "consent.error.given-by");
		}
		if (form.getGivenAt() == null || form.getGivenAt().isAfter(LocalDate.now())) {
			throw BusinessException.onField("givenAt", "consent.error.given-at");
		}
		if (hasConsent(memberId, form.getFamilyMemberId(), form.getPurpose())) {
			throw BusinessException.onField("purpose", "consent.error.already-given");
		}
		Consent c = new Consent(memberId, form.getFamilyMemberId(), form.getPurpose(),
				PeopleAdmin.blankToNull(form.getScope()), givenBy, guardian, form.getGivenAt(), user.getUsername());
		consents.saveAndFlush(c);
		audit.record("CREATE", "consent", c.getId(), m.getMatricule() + " " + c.getPurpose(), null, c.snapshot());
		return c;
	}

	public Consent withdraw(SanadUser user, Long consentId, String reason) {
		Consent c = consents.findById(consentId).orElseThrow(() -> new NotFoundException("consent " + consentId));
		Member m = people.memberFor(user, c.getMemberId());
		if (user.role() != Role.MEMBER && !admin.canEdit(user, m)) {
			throw new AccessDeniedException("consent outside scope");
		}
		Map<String, Object> before = c.snapshot();
		c.withdraw(user.getUsername(), PeopleAdmin.blankToNull(reason));
		consents.saveAndFlush(c);
		audit.record("WITHDRAW", "consent", c.getId(), m.getMatricule() + " " + c.getPurpose(), before, c.snapshot());
		return c;
	}
}
