package dz.sanad.training;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@org.springframework.stereotype.Repository("trainingTrainersRepository")
interface Trainers extends JpaRepository<Trainer, Long> {

	List<Trainer> findByCentreIdInOrderByFullName(Collection<Long> centreIds);

	List<Trainer> findAllByOrderByFullName();

	Optional<Trainer> findByUsername(String username);
}
