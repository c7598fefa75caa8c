package dz.sanad.training;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

@org.springframework.stereotype.Repository("trainingSessionsRepository")
interface Sessions extends JpaRepository<Session, Long>, JpaSpecificationExecutor<Session> {

	boolean existsByCode(String code);

	@Query("""
			select s from TrainingSession s where s.roomId = :roomId and s.id <> :id and s.state <> dz.sanad.training.SessionState.CANCELLED
			and s.startDate <= :to and s.endDate >= :from""")
	List<Session> roomBookings(Long roomId, Long id, LocalDate from, LocalDate to);

	@Query(value = """
			select s.* from training_session s join training_session_trainer t on t.session_id = s.id
			where t.trainer_id = :trainerId and s.id <> :id and s.state <> 'CANCELLED'
			and s.start_date <= :to and s.end_date >= :from""", nativeQuery = true)
	List<Session> trainerBookings(Long trainerId, Long id, LocalDate from, LocalDate to);

	@Query(value = "select distinct session_id from training_session_trainer where trainer_id = :trainerId",
			nativeQuery = true)
	List<Long> idsForTrainer(Long trainerId);
}
