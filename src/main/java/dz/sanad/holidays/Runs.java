package dz.sanad.holidays;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface Runs extends JpaRepository<Run, Long> {

	Optional<Run> findFirstBySeasonIdOrderByIdDesc(Long seasonId);
}
