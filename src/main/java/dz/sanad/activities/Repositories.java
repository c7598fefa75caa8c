package dz.sanad.activities;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The module's repositories, named as collections (package-private: other modules use the services). */
final class Repositories {

	private Repositories() {
	}
}

interface Activities extends JpaRepository<Activity, Long>, JpaSpecificationExecutor<Activity> {

	/** The row lock that serialises admissions and promotions on one activity. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Activity a where a.id = :id")
	Optional<Activity> lockById(Long id);
}

interface Occurrences extends JpaRepository<Occurrence, Long> {

	List<Occurrence> findByActivityIdOrderByDay(Long activityId);
}

interface Registrations extends JpaRepository<Registration, Long>, JpaSpecificationExecutor<Registration> {

	@Query("""
			select count(r) > 0 from Registration r where r.activityId = :activityId and r.memberId = :memberId
			and coalesce(r.familyMemberId, 0) = coalesce(:familyMemberId, 0) and r.status <> dz.sanad.activities.RegistrationStatus.CANCELLED""")
	boolean existsLive(Long activityId, Long memberId, Long familyMemberId);

	List<Registration> findByActivityIdAndStatusOrderByIdAsc(Long activityId, RegistrationStatus status);

	Optional<Registration> findFirstByActivityIdAndStatusOrderByIdAsc(Long activityId, RegistrationStatus status);

	List<Registration> findByActivityIdAndStatusNotOrderByStatusAscIdAsc(Long activityId, RegistrationStatus status);

	List<Registration> findByMemberIdOrderByRegisteredAtDesc(Long memberId);

	List<Registration> findByActivityIdAndStatus(Long activityId, RegistrationStatus status);
}

interface Programmes extends JpaRepository<Programme, Long>, JpaSpecificationExecutor<Programme> {

	boolean existsByUnitIdAndYear(Long unitId, int year);

	List<Programme> findByUnitIdInOrderByYearDesc(Collection<Long> unitIds);

	List<Programme> findByUnitIdOrderByYearDesc(Long unitId);

	Optional<Programme> findByUnitIdAndYear(Long unitId, int year);
}

interface TrainedStaffs extends JpaRepository<TrainedStaff, Long> {

	List<TrainedStaff> findByProgrammeIdOrderByMemberName(Long programmeId);

	boolean existsByProgrammeIdAndMemberId(Long programmeId, Long memberId);

	Optional<TrainedStaff> findByProgrammeIdAndMemberId(Long programmeId, Long memberId);

	List<TrainedStaff> findByCertificateId(Long certificateId);
}
