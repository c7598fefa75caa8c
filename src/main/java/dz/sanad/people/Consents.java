package dz.sanad.people;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface Consents extends JpaRepository<Consent, Long> {

	List<Consent> findByMemberIdOrderByRecordedAtDesc(Long memberId);

	boolean existsByMemberIdAndFamilyMemberIdIsNullAndPurposeAndWithdrawnAtIsNull(Long memberId, ConsentPurpose p);

	boolean existsByFamilyMemberIdAndPurposeAndWithdrawnAtIsNull(Long familyMemberId, ConsentPurpose p);
}
