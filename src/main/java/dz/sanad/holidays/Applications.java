package dz.sanad.holidays;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface Applications extends JpaRepository<Application, Long>, JpaSpecificationExecutor<Application> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Application a where a.id = ?1")
	Optional<Application> findLocked(Long id);

	boolean existsBySeasonIdAndChildId(Long seasonId, Long childId);

	boolean existsBySeasonIdAndMemberIdAndKind(Long seasonId, Long memberId, OfferKind kind);

	List<Application> findByMemberIdOrderBySeasonIdDescIdAsc(Long memberId);

	List<Application> findBySeasonIdAndStatusNotOrderById(Long seasonId, ApplicationStatus status);

	List<Application> findByPlacedShiftIdOrderByRankAscIdAsc(Long shiftId);

	/** Ids of the applications in the status whose confirmation deadline is before the day, in id order. */
	@Query("select a.id from Application a where a.status = ?1 and a.confirmBy < ?2 order by a.id")
	List<Long> placedOverdue(ApplicationStatus status, LocalDate day);

	long countBySeasonIdAndStatus(Long seasonId, ApplicationStatus status);
}
