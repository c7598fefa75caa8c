package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Like;
import dz.sanad.platform.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Local associations, partnership agreements, joint activities, and reminders before an agreement expires. */
@Service
@Transactional(readOnly = true)
public class AssociationService {

	public record AssociationFilter(String q, Long unitId, String domain) {
	}

	public record PartnershipFilter(String q, Long unitId, Partnership.State state) {
	}

	private final Associations associations;

	private final Partnerships partnerships;

	private final JointActivities joint;

	private final ScopeGuard guard;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	AssociationService(Associations associations, Partnerships partnerships, JointActivities joint, ScopeGuard guard,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.associations = associations;
		this.partnerships = partnerships;
		this.joint = joint;
		this.guard = guard;
		this.audit = audit;
		this.events = events;
	}

	public Page<Association> search(AssociationFilter f, Pageable pageable) {
		return associations.findAll(spec(f, guard.unitIds()), pageable);
	}

	public List<Association> searchAll(AssociationFilter f) {
		return associations.findAll(spec(f, guard.unitIds()), Sort.by("name"));
	}

	private static Specification<Association> spec(AssociationFilter f, List<Long> unitIds) {
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (unitIds != null) {
				p.add(root.get("unitId").in(unitIds));
			}
			if (f.q() != null && !f.q().isBlank()) {
				p.add(Like.anyContains(cb, f.q(), root.get("name"), root.get("registrationNo")));
			}
			if (f.unitId() != null) {
				p.add(cb.equal(root.get("unitId"), f.unitId()));
			}
			if (f.domain() != null && !f.domain().isBlank()) {
				p.add(cb.equal(root.get("domain"), f.domain()));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	public Association association(Long id) {
		Association a = associations.findById(id).orElseThrow(() -> new NotFoundException("association " + id));
		guard.check(a.getUnitId());
		return a;
	}

	public Map<Long, Association> associationsById(Collection<Long> ids) {
		return associations.findAllById(ids).stream().collect(Collectors.toMap(Association::getId, Function.identity()));
	}

	@Transactional
	public Association createAssociation(Long unitId, String registrationNo, String name, String domain,
			String contactName, String phone, String email) {
		Unit u = guard.manage(unitId);
		if (registrationNo == null || registrationNo.isBlank()) {
			throw BusinessException.onField("registrationNo", "act.error.required");
		}
		if (name == null || name.isBlank()) {
			throw BusinessException.onField("name", "act.error.required");
		}
		if (!Association.DOMAINS.contains(domain)) {
			throw BusinessException.onField("domain", "act.error.required");
		}
		if (email != null && !email.isBlank() && !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
			throw BusinessException.onField("email", "act.error.email");
		}
		if (associations.existsByRegistrationNo(registrationNo.trim())) {
			throw BusinessException.onField("registrationNo", "act.error.registration-taken", registrationNo);
		}
		Association a = new Association(u.getId(), u.getWilayaCode(), registrationNo.trim());
		a.update(name.trim(), domain, ActivityService.blankToNull(contactName), ActivityService.blankToNull(phone),
				ActivityService.blankToNull(email));
		associations.save(a);
		audit.record("CREATE", "association", a.getId(), a.getName(), null, a.snapshot());
		return a;
	}

	public List<Partnership> partnershipsOf(Long associationId) {
		association(associationId);
		return partnerships.findByAssociationIdOrderByStartsOnDesc(associationId);
	}

	public Page<Partnership> searchPartnerships(PartnershipFilter f, Pageable pageable) {
		return partnerships.findAll(pspec(f, guard.unitIds()), pageable);
	}

	public List<Partnership> searchPartnershipsAll(PartnershipFilter f) {
		return partnerships.findAll(pspec(f, guard.unitIds()), Sort.by("endsOn"));
	}

	private static Specification<Partnership> pspec(PartnershipFilter f, List<Long> unitIds) {
		LocalDate today = LocalDate.now();
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (unitIds != null) {
				p.add(root.get("unitId").in(unitIds));
			}
			if (f.q() != null && !f.q().isBlank()) {
				p.add(cb.like(cb.lower(root.get("title")), Like.contains(f.q()), Like.ESCAPE));
			}
			if (f.unitId() != null) {
				p.add(cb.equal(root.get("unitId"), f.unitId()));
			}
			if (f.state() != null) {
				LocalDate soon = today.plusDays(Partnership.REMINDER_DAYS);
				p.add(switch (f.state()) {
					case UPCOMING -> cb.greaterThan(root.get("startsOn"), today);
					case EXPIRED -> cb.lessThan(root.get("endsOn"), today);
					case EXPIRING -> cb.and(cb.lessThanOrEqualTo(root.get("startsOn"), today),
							cb.between(root.get("endsOn"), today, soon));
					case ACTIVE -> cb.and(cb.lessThanOrEqualTo(root.get("startsOn"), today),
							cb.greaterThan(root.get("endsOn"), soon));
				});
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	public Partnership partnership(Long id) {
		Partnership p = partnerships.findById(id).orElseThrow(() -> new NotFoundException("partnership " + id));
		guard.check(p.getUnitId());
		return p;
	}

	@Transactional
	public Partnership createPartnership(Long associationId, String title, LocalDate startsOn, LocalDate endsOn,
			String scope, String commitments, String notifyEmail) {
		Association a = association(associationId);
		guard.manage(a.getUnitId());
		if (title == null || title.isBlank()) {
			throw BusinessException.onField("title", "act.error.required");
		}
		if (scope == null || scope.isBlank()) {
			throw BusinessException.onField("scope", "act.error.required");
		}
		Partnership p = new Partnership(a.getId(), a.getUnitId());
		p.update(title.trim(), startsOn, endsOn, scope.trim(), ActivityService.blankToNull(commitments),
				notifyEmail == null ? null : notifyEmail.trim());
		partnerships.save(p);
		audit.record("CREATE", "partnership", p.getId(), p.getTitle(), null, p.snapshot());
		return p;
	}

	/** Extends (or shortens) an agreement; a renewed agreement gets a new reminder before its new end. */
	@Transactional
	public Partnership renew(Long id, LocalDate endsOn) {
		Partnership p = partnership(id);
		guard.manage(p.getUnitId());
		Map<String, Object> before = p.snapshot();
		p.update(p.getTitle(), p.getStartsOn(), endsOn, p.getScope(), p.getCommitments(), p.getNotifyEmail());
		audit.record("RENEW", "partnership", id, p.getTitle(), before, p.snapshot());
		return p;
	}

	public List<JointActivity> jointActivities(Long partnershipId) {
		partnership(partnershipId);
		return joint.findByPartnershipIdOrderByHeldOnDesc(partnershipId);
	}

	@Transactional
	public JointActivity addJointActivity(Long partnershipId, String title, LocalDate heldOn, Integer participants) {
		Partnership p = partnership(partnershipId);
		guard.manage(p.getUnitId());
		if (title == null || title.isBlank()) {
			throw BusinessException.onField("title", "act.error.required");
		}
		p.checkHeldWithin(heldOn);
		if (participants != null && participants < 0) {
			throw BusinessException.onField("participants", "act.error.negative");
		}
		JointActivity j = joint.save(new JointActivity(p.getId(), title.trim(), heldOn, participants == null ? 0 : participants));
		audit.record("CREATE", "joint-activity", j.getId(), j.getTitle(), null, j.snapshot());
		return j;
	}

	/**
	 * Claims and announces every reminder due today (agreements ending within {@link Partnership#REMINDER_DAYS}).
	 * The claim is a conditional update, so concurrent runs on several nodes send each reminder once; the email
	 * itself leaves after commit (event listener).
	 */
	@Transactional
	public int sendDueReminders(LocalDate today) {
		int sent = 0;
		for (Partnership p : partnerships.findDueReminders(today, today.plusDays(Partnership.REMINDER_DAYS))) {
			if (partnerships.claimReminder(p.getId(), today) == 1) {
				Association a = associations.findById(p.getAssociationId()).orElseThrow();
				audit.record("REMIND", "partnership", p.getId(), p.getTitle() + " → " + p.getNotifyEmail(), null,
						Map.of("endsOn", p.getEndsOn(), "to", p.getNotifyEmail()));
				events.publishEvent(new PartnershipExpiring(p.getId(), p.getTitle(), a.getName(), p.getEndsOn(),
						p.getNotifyEmail()));
				sent++;
			}
		}
		return sent;
	}
}
