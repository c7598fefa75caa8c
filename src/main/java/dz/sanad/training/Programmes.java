package dz.sanad.training;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Optional;

@org.springframework.stereotype.Repository("trainingProgrammesRepository")
interface Programmes extends JpaRepository<Programme, Long>, JpaSpecificationExecutor<Programme> {

	Optional<Programme> findByCode(String code);

	boolean existsByCode(String code);
}
