package dz.sanad.training;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

@org.springframework.stereotype.Repository("trainingNeedsRepository")
interface Needs extends JpaRepository<Need, Long>, JpaSpecificationExecutor<Need> {
}
