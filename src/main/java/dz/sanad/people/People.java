package dz.sanad.people;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Scope;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people module's API for other modules: members and their families, and who may see whom. A wilaya officer
 * sees the members of its wilaya, an establishment head the staff assigned under its establishment, a member
 * themself; national roles see all.
 */
@Service
@Transactional(readOnly = true)
public class People {

	private final Members members;

	private final FamilyMembers family;

	private final Organisation organisation;

	private final MemberSearch search;

	People(Members members, FamilyMembers family, Organisation organisation, MemberSearch search) {
		this.members = members;
		this.family = family;
		this.organisation = organisation;
		this.search = search;
	}

	public Member member(Long id) {
		return members.findById(id).orElseThrow(() -> new NotFoundException("member " + id));
	}

	public Optional<Member> byMatricule(String matricule) {
		return members.findByMatricule(matricule);
	}

	public Map<Long, Member> members(Collection<Long> ids) {
		return members.findAllById(ids).stream().collect(Collectors.toMap(Member::getId, Function.identity()));
	}

	public List<FamilyMember> familyOf(Long memberId) {
		return family.findByMemberIdAndActiveTrueOrderByBirthDate(memberId);
	}

	public FamilyMember familyMember(Long id) {
		return family.findById(id).orElseThrow(() -> new NotFoundException("family member " + id));
	}

	public Optional<FamilyMember> findFamilyMember(Long id) {
		return id == null ? Optional.empty() : family.findById(id);
	}

	public Map<Long, FamilyMember> familyMembers(Collection<Long> ids) {
		return family.findAllById(ids).stream().collect(Collectors.toMap(FamilyMember::getId, Function.identity()));
	}

	/** Whether the user may see this member's record. */
	public boolean canSee(SanadUser user, Member m) {
		if (user.role() == Role.MEMBER) {
			return m.getId().equals(user.memberId());
		}
		if (user.role().isNational()) {
			return user.role() != Role.ADMIN; // administrators run the platform, they do not browse people
		}
		Scope scope = organisation.scopeOf(user);
		return switch (user.role()) {
			case WILAYA_OFFICER -> scope.wilayaCode() != null && scope.wilayaCode().equals(m.getWilayaCode());
			case ESTABLISHMENT_HEAD -> m.getUnitId() != null && organisation.isWithin(m.getUnitId(), scope.unitId());
			default -> false;
		};
	}

	/**
	 * Whether a staff user may name this member in their work (register, nominate, apply for, record a consent):
	 * the people their unit serves. A wilaya officer serves the wilaya; an establishment head serves the members of
	 * the establishment's wilaya except the staff of other establishments; national roles serve everyone; a member
	 * only themself. Wider than {@link #canSee}: naming a person is not reading their record, so what such an
	 * action returns shows no more than a name.
	 */
	public boolean serves(SanadUser user, Member m) {
		if (user.role() != Role.ESTABLISHMENT_HEAD) {
			return canSee(user, m);
		}
		Scope scope = organisation.scopeOf(user);
		if (scope.unitId() == null || scope.wilayaCode() == null || !scope.wilayaCode().equals(m.getWilayaCode())) {
			return false;
		}
		return m.getUnitId() == null || organisation.isWithin(m.getUnitId(), scope.unitId())
				|| organisation.find(m.getUnitId()).map(u -> !u.getKind().isEstablishment()).orElse(true);
	}

	/**
	 * The member whose record the user may read. Outside the user's reach answers exactly like an unknown member
	 * (404, same message): a reference never reveals whether, or who, the person is.
	 */
	public Member memberFor(SanadUser user, Long id) {
		Member m = member(id);
		if (!canSee(user, m)) {
			throw new NotFoundException("member " + id);
		}
		return m;
	}

	/**
	 * The one way other modules resolve a person a user names (id, matricule): a member outside the user's scope
	 * answers exactly like an unknown one ({@link NotFoundException} with the same message), so a reference never
	 * reveals whether, or who, the person is.
	 */
	public Member memberInScope(SanadUser user, Long id) {
		if (id == null) {
			throw new NotFoundException("member");
		}
		return members.findById(id).filter(m -> serves(user, m))
			.orElseThrow(() -> new NotFoundException("member " + id));
	}

	/** The member with this matricule if the user may see them; empty when unknown or outside scope alike. */
	public Optional<Member> memberInScope(SanadUser user, String matricule) {
		if (matricule == null || matricule.isBlank()) {
			return Optional.empty();
		}
		return members.findByMatricule(matricule.trim()).filter(m -> serves(user, m));
	}

	/**
	 * A family member of a member the user may see; unknown, inactive-member's or out-of-scope alike answer
	 * {@link NotFoundException}. When {@code memberId} is given the family member must belong to that member.
	 */
	public FamilyMember familyMemberInScope(SanadUser user, Long memberId, Long familyMemberId) {
		if (familyMemberId == null) {
			throw new NotFoundException("family member");
		}
		return family.findById(familyMemberId)
			.filter(f -> memberId == null || memberId.equals(f.getMemberId()))
			.filter(f -> members.findById(f.getMemberId()).filter(m -> serves(user, m)).isPresent())
			.orElseThrow(() -> new NotFoundException("family member " + familyMemberId));
	}

	/**
	 * Members the user may see whose matricule, Arabic or Latin name matches {@code q} (spelling-tolerant),
	 * optionally in one wilaya: a short pick list for other modules (nominations, registrations). At most
	 * {@code limit} results.
	 */
	public List<Member> lookup(SanadUser user, String q, String wilayaCode, int limit) {
		if (q != null && !q.isBlank()) {
			// the member search's matching and indexes (one-word names, partial or lower-case matricules), best first
			List<Long> ids = search.servedIds(user, q, wilayaCode, Math.max(limit, 1) * 4);
			Map<Long, Member> found = members(ids);
			return ids.stream().map(found::get).filter(m -> m != null && serves(user, m)).limit(limit).toList();
		}
		org.springframework.data.jpa.domain.Specification<Member> spec = (root, query, cb) -> wilayaCode == null
				|| wilayaCode.isBlank() ? cb.conjunction() : cb.equal(root.get("wilayaCode"), wilayaCode);
		return members.findAll(spec, org.springframework.data.domain.PageRequest.of(0, Math.max(limit, 1) * 4,
				org.springframework.data.domain.Sort.by("searchAr")))
			.stream().filter(m -> serves(user, m)).limit(limit).toList();
	}
}
