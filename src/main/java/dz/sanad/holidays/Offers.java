package dz.sanad.holidays;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Offers extends JpaRepository<Offer, Long> {

	List<Offer> findBySeasonIdOrderByKindAscIdAsc(Long seasonId);
}
