package dz.sanad.health;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

/** The module's JPA collections. */
final class Repositories {

	private Repositories() {
}
}

interface Records extends JpaRepository<HealthRecord, Long> {

	Optional<HealthRecord> findByMemberId(Long memberId);

	Optional<HealthRecord> findByFamilyMemberId(Long familyMemberId);
}

interface Problems extends JpaRepository<Problem, Long> {

	List<Problem> findByRecordIdOrderByRecordedAtDesc(Long recordId);
}

interface Visits extends JpaRepository<Visit, Long> {

	List<Visit> findByRecordIdOrderByVisitedOnDescIdDesc(Long recordId);
}
