package dz.sanad.audit;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reading the trail (DPO pages, API): filters by who, what, which record and when. */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

	public record AuditFilter(String actor, String action, String entityType, String entityId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
	}

	private final AuditEntries entries;

	AuditSearch(AuditEntries entries) {
		this.entries = entries;
	}

	public Page<AuditEntry> search(AuditFilter f, Pageable pageable) {
		return entries.findAll(spec(f), pageable);
	}

	public List<AuditEntry> searchAll(AuditFilter f, int limit) {
		return entries.findAll(spec(f), org.springframework.data.domain.PageRequest.of(0, limit,
				Sort.by(Sort.Direction.DESC, "id"))).getContent();
	}

	public List<AuditEntry> forRecord(String entityType, String entityId) {
		return entries.findByEntityTypeAndEntityIdOrderByIdDesc(entityType, entityId);
	}

	private static Specification<AuditEntry> spec(AuditFilter f) {
		return (root, q, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (f.actor() != null && !f.actor().isBlank()) {
				p.add(cb.equal(root.get("actor"), f.actor().trim()));
			}
			if (f.action() != null && !f.action().isBlank()) {
				p.add(cb.equal(root.get("action"), f.action().trim()));
			}
			if (f.entityType() != null && !f.entityType().isBlank()) {
				p.add(cb.equal(root.get("entityType"), f.entityType().trim()));
			}
			if (f.entityId() != null && !f.entityId().isBlank()) {
				p.add(cb.equal(root.get("entityId"), f.entityId().trim()));
			}
			if (f.from() != null) {
				p.add(cb.greaterThanOrEqualTo(root.get("at"),
						f.from().atStartOfDay(dz.sanad.platform.Formats.ZONE).toInstant()));
			}
			if (f.to() != null) {
				p.add(cb.lessThan(root.get("at"),
						f.to().plusDays(1).atStartOfDay(dz.sanad.platform.Formats.ZONE).toInstant()));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}
}
