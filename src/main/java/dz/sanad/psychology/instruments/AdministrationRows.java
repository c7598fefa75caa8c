package dz.sanad.psychology.instruments;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AdministrationRows extends JpaRepository<Administration, Long> {

	List<Administration> findByRecordIdOrderByAdministeredAtAscIdAsc(long recordId);

	Optional<Administration> findByIdAndRecordId(long id, long recordId);
}
