package dz.sanad.health;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

/** The module's JPA collections. */
final class Repositories {

	private Repositories() {
}
}

interface HealthRecordRows extends JpaRepository<HealthRecord, Long> {

	Optional<HealthRecord> findByMemberId(Long memberId);

	Optional<HealthRecord> findByFamilyMemberId(Long familyMemberId);
}

interface ProblemRows extends JpaRepository<Problem, Long> {

	List<Problem> findByRecordIdOrderByRecordedAtDesc(Long recordId);
}

interface VisitRows extends JpaRepository<Visit, Long> {

	List<Visit> findByRecordIdOrderByVisitedOnDescIdDesc(Long recordId);
}
