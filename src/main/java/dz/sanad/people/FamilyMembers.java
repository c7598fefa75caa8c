package dz.sanad.people;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface FamilyMembers extends JpaRepository<FamilyMember, Long> {

	List<FamilyMember> findByMemberIdAndActiveTrueOrderByBirthDate(Long memberId);

	List<FamilyMember> findByMemberIdIn(Collection<Long> memberIds);

	List<FamilyMember> findByMemberIdOrderByActiveDescBirthDate(Long memberId);

	@org.springframework.data.jpa.repository.Query("""
			select count(f) > 0 from FamilyMember f where f.memberId = :memberId and f.relation = :relation
			and f.firstNameAr = :firstNameAr and f.birthDate = :birthDate and f.id <> :exceptId""")
	boolean existsSame(Long memberId, Relation relation, String firstNameAr, java.time.LocalDate birthDate, Long exceptId);

	@org.springframework.data.jpa.repository.Query("""
			select count(f) > 0 from FamilyMember f where f.memberId = :memberId and f.relation = :relation
			and f.firstNameAr = :firstNameAr and f.birthDate is null and f.id <> :exceptId""")
	boolean existsSameUndated(Long memberId, Relation relation, String firstNameAr, Long exceptId);
}
