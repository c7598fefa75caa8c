package dz.sanad.welfare;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

/** The concerns (aggregate repository). */
interface Concerns extends JpaRepository<Concern, Long> {

	List<Concern> findByMemberIdOrderBySubmittedAtDesc(Long memberId);

	Optional<Concern> findByFollowCodeHash(String hash);

	Optional<Concern> findByReference(String reference);

	@Query(value = "select nextval('welfare_concern_id_seq')", nativeQuery = true)
	long nextId();
}
