package dz.sanad.holidays;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;

interface Seasons extends JpaRepository<Season, Long>, JpaSpecificationExecutor<Season> {

	List<Season> findAllByOrderByYearDescIdDesc();

	boolean existsByYear(int year);
}
