package dz.sanad.holidays;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Seasons extends JpaRepository<Season, Long> {

	List<Season> findAllByOrderByYearDescIdDesc();

	boolean existsByYear(int year);
}
