package dz.sanad.holidays;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface Shifts extends JpaRepository<Shift, Long> {

	List<Shift> findByOfferIdInOrderByStartsOnAscIdAsc(Collection<Long> offerIds);
}
