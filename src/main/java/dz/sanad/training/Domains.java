package dz.sanad.training;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

@org.springframework.stereotype.Repository("trainingDomainsRepository")
interface Domains extends JpaRepository<Domain, Long> {

	Optional<Domain> findByCode(String code);

	List<Domain> findAllByOrderByCode();
}
