package dz.sanad.psychology.instruments;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SafetyAlertRows extends JpaRepository<SafetyAlert, Long> {

	List<SafetyAlert> findByHandledAtIsNullOrderByRaisedAtAsc();

	List<SafetyAlert> findTop50ByHandledAtIsNotNullOrderByHandledAtDesc();

	List<SafetyAlert> findByRecordIdOrderByRaisedAtDesc(long recordId);
}
