package dz.sanad.people;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface Members extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member> {

	Optional<Member> findByMatricule(String matricule);

	List<Member> findByUnitIdIn(Collection<Long> unitIds);

	Optional<Member> findByNin(String nin);

	boolean existsByMatricule(String matricule);
}
