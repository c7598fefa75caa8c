package dz.sanad.training;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

@org.springframework.stereotype.Repository("trainingRoomsRepository")
interface Rooms extends JpaRepository<Room, Long> {

	List<Room> findByCentreIdInOrderByName(Collection<Long> centreIds);

	List<Room> findAllByOrderByName();

	boolean existsByCentreIdAndName(Long centreId, String name);
}
