package dz.sanad.training;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@org.springframework.stereotype.Repository("trainingCertificatesRepository")
interface Certificates extends JpaRepository<Certificate, Long>, JpaSpecificationExecutor<Certificate> {

	Optional<Certificate> findByCode(String code);

	Optional<Certificate> findByNominationId(Long nominationId);

	List<Certificate> findBySessionIdOrderBySerial(Long sessionId);

	List<Certificate> findByMemberIdOrderByStartDateDesc(Long memberId);

	boolean existsByMemberIdAndProgrammeIdAndRevokedFalseAndEndDateAfter(Long memberId, Long programmeId,
			LocalDate after);
}
