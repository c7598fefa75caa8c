package dz.sanad.people;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;

public interface Corrections extends JpaRepository<Correction, Long>, JpaSpecificationExecutor<Correction> {

	List<Correction> findByMemberIdOrderByRequestedAtDesc(Long memberId);
}
