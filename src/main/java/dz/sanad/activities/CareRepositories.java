package dz.sanad.activities;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The child care repositories. This holder class gives the file a class of its own name, without which the Maven
 * compiler takes the file for changed and recompiles the whole module on every build (and every spring-boot:run).
 */
final class CareRepositories {

	private CareRepositories() {
	}
}

interface CareGroups extends JpaRepository<CareGroup, Long> {

	List<CareGroup> findByUnitIdInOrderByUnitIdAscMinAgeMonthsAsc(Collection<Long> unitIds);

	List<CareGroup> findAllByOrderByUnitIdAscMinAgeMonthsAsc();

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select g from CareGroup g where g.id = :id")
	Optional<CareGroup> lockById(Long id);
}

interface CareApplications extends JpaRepository<CareApplication, Long>, JpaSpecificationExecutor<CareApplication> {

	/** The allocation order: highest priority score first, then first come first served. */
	@Query("""
			select a from CareApplication a where a.groupId = :groupId and a.status in
			(dz.sanad.activities.CareApplication.Status.SUBMITTED, dz.sanad.activities.CareApplication.Status.WAITING)
			order by a.score desc, a.submittedAt asc, a.id asc""")
	List<CareApplication> findQueue(Long groupId);

	List<CareApplication> findByGroupIdAndStatusOrderByChildNameAr(Long groupId, CareApplication.Status status);

	List<CareApplication> findByMemberIdOrderBySubmittedAtDesc(Long memberId);

	boolean existsByMemberIdAndUnitIdAndStatus(Long memberId, Long unitId, CareApplication.Status status);

	@Query("""
			select count(a) > 0 from CareApplication a where a.familyMemberId = :familyMemberId and a.status in
			(dz.sanad.activities.CareApplication.Status.SUBMITTED, dz.sanad.activities.CareApplication.Status.WAITING,
			 dz.sanad.activities.CareApplication.Status.ENROLLED)""")
	boolean existsLive(Long familyMemberId);
}

interface PriorityRules extends JpaRepository<PriorityRule, Long> {

	List<PriorityRule> findByUnitId(Long unitId);

	Optional<PriorityRule> findByUnitIdAndCriterion(Long unitId, String criterion);
}
