package dz.sanad.audit;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

import java.util.List;
import java.util.stream.Stream;

/** Read-only: the trail is appended by {@link AuditTrail} and never changed. */
public interface AuditEntries extends Repository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	Page<AuditEntry> findAll(Specification<AuditEntry> spec, Pageable pageable);

	List<AuditEntry> findByEntityTypeAndEntityIdOrderByIdDesc(String entityType, String entityId);

	long count();
}
