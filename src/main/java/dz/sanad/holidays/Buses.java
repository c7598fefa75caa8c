package dz.sanad.holidays;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface Buses extends JpaRepository<Bus, Long> {

	List<Bus> findByShiftIdInOrderByShiftIdAscWilayaCodeAsc(Collection<Long> shiftIds);
}
