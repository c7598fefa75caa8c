package dz.sanad.holidays;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface Quotas extends JpaRepository<Quota, Long> {

	List<Quota> findBySeasonIdOrderByWilayaCode(Long seasonId);

	Optional<Quota> findBySeasonIdAndWilayaCode(Long seasonId, String wilayaCode);
}
