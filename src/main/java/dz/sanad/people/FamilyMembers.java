package dz.sanad.people;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface FamilyMembers extends JpaRepository<FamilyMember, Long> {

	List<FamilyMember> findByMemberIdAndActiveTrueOrderByBirthDate(Long memberId);

	List<FamilyMember> findByMemberIdIn(Collection<Long> memberIds);
}
