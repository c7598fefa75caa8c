package dz.sanad.training;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@org.springframework.stereotype.Repository("trainingNominationsRepository")
interface Nominations extends JpaRepository<Nomination, Long> {

	List<Nomination> findBySessionIdOrderByCreatedAt(Long sessionId);

	List<Nomination> findBySessionIdAndStatusOrderByCreatedAt(Long sessionId, NominationStatus status);

	List<Nomination> findByMemberIdOrderByCreatedAtDesc(Long memberId);

	Optional<Nomination> findBySessionIdAndMemberId(Long sessionId, Long memberId);

	long countBySessionIdAndStatus(Long sessionId, NominationStatus status);

	long countBySessionIdAndWilayaCodeAndStatusIn(Long sessionId, String wilayaCode,
			Collection<NominationStatus> statuses);

	@Query("select coalesce(max(n.waitRank), 0) from TrainingNomination n where n.sessionId = :sessionId and n.status = dz.sanad.training.NominationStatus.WAITLISTED")
	int maxWaitRank(Long sessionId);

	@Query("""
			select count(n) > 0 from TrainingNomination n, TrainingSession s where n.sessionId = s.id and n.memberId = :memberId
			and s.id <> :sessionId and s.state <> dz.sanad.training.SessionState.CANCELLED
			and n.status in (dz.sanad.training.NominationStatus.PENDING, dz.sanad.training.NominationStatus.ACCEPTED,
			dz.sanad.training.NominationStatus.WAITLISTED)
			and s.startDate <= :to and s.endDate >= :from""")
	boolean hasOverlap(Long memberId, Long sessionId, LocalDate from, LocalDate to);
}
