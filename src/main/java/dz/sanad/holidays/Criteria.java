package dz.sanad.holidays;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Criteria extends JpaRepository<Criterion, Long> {

	List<Criterion> findBySeasonIdOrderByPositionAscIdAsc(Long seasonId);

	boolean existsBySeasonIdAndCode(Long seasonId, String code);
}
