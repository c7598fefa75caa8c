package dz.sanad.training;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

@org.springframework.stereotype.Repository("trainingProgrammeModulesRepository")
interface ProgrammeModules extends JpaRepository<ProgrammeModule, Long> {

	List<ProgrammeModule> findByProgrammeIdOrderByPosition(Long programmeId);
}
