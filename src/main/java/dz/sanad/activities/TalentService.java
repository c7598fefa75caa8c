package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Like;
import dz.sanad.platform.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The register of talents: editable domains, registration (a child only with the guardian's consent, recorded
 * here as who/what/when/how and withdrawable), evaluations, a follow-up plan and showcases.
 */
@Service
@Transactional(readOnly = true)
public class TalentService {

	public static final String CONSENT_PURPOSE = "TALENT_REGISTER";

	public static final List<String> CONSENT_METHODS = List.of("SIGNED_FORM", "IN_PERSON", "ONLINE");

	public record Domain(Long id, String code, String nameAr, String nameFr, boolean active) {
		public String name(Locale locale) {
			return "ar".equals(locale.getLanguage()) ? nameAr : nameFr;
		}
	}

	public record Consent(Long id, Long familyMemberId, Long guardianMemberId, String purpose, String method,
			String recordedBy, Instant givenAt, Instant withdrawnAt) {
	}

	public record Evaluation(Long id, Long talentId, LocalDate evaluatedOn, String evaluator, int score, String notes) {
	}

	public record Showcase(Long id, Long talentId, LocalDate heldOn, String title, String venue) {
	}

	public record TalentFilter(String q, Long unitId, Long domainId, Talent.Status status) {
	}

	private final Talents talents;

	private final Participants participants;

	private final ScopeGuard guard;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	TalentService(Talents talents, Participants participants, ScopeGuard guard, AuditTrail audit, JdbcClient jdbc) {
		this.talents = talents;
		this.participants = participants;
		this.guard = guard;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	// ---- domains (editable reference list)

	public List<Domain> domains(boolean activeOnly) {
		return jdbc.sql("select id, code, name_ar, name_fr, active from activities_talent_domain"
				+ (activeOnly ? " where active" : "") + " order by id")
			.query((rs, i) -> new Domain(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
			.list();
	}

	@Transactional
	public void addDomain(String code, String nameAr, String nameFr) {
		if (code == null || !code.trim().matches("[A-Z][A-Z0-9_]{1,39}")) {
			throw BusinessException.onField("code", "act.error.code-format");
		}
		if (nameAr == null || nameAr.isBlank() || nameFr == null || nameFr.isBlank()) {
			throw BusinessException.onField("nameAr", "act.error.required");
		}
		if (jdbc.sql("select count(*) from activities_talent_domain where code = ?").param(code.trim())
			.query(Integer.class).single() > 0) {
			throw BusinessException.onField("code", "act.error.code-taken", code);
		}
		Long id = jdbc.sql("insert into activities_talent_domain (code, name_ar, name_fr) values (?, ?, ?) returning id")
			.params(code.trim(), nameAr.trim(), nameFr.trim()).query(Long.class).single();
		audit.record("CREATE", "talent-domain", id, code.trim(), null, Map.of("nameAr", nameAr.trim(), "nameFr", nameFr.trim()));
	}

	@Transactional
	public void toggleDomain(Long id) {
		int n = jdbc.sql("update activities_talent_domain set active = not active where id = ?").param(id).update();
		if (n == 0) {
			throw new NotFoundException("domain " + id);
		}
		audit.record("UPDATE", "talent-domain", id, "toggle active", null, null);
	}

	// ---- talents

	public Page<Talent> search(TalentFilter f, Pageable pageable) {
		return talents.findAll(spec(f, guard.unitIds()), pageable);
	}

	public List<Talent> searchAll(TalentFilter f) {
		return talents.findAll(spec(f, guard.unitIds()), Sort.by("nameAr"));
	}

	private static Specification<Talent> spec(TalentFilter f, List<Long> unitIds) {
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (unitIds != null) {
				p.add(root.get("unitId").in(unitIds));
			}
			if (f.q() != null && !f.q().isBlank()) {
				p.add(Like.anyContains(cb, f.q(), root.get("nameLat"), root.get("nameAr")));
			}
			if (f.unitId() != null) {
				p.add(cb.equal(root.get("unitId"), f.unitId()));
			}
			if (f.domainId() != null) {
				p.add(cb.equal(root.get("domainId"), f.domainId()));
			}
			if (f.status() != null) {
				p.add(cb.equal(root.get("status"), f.status()));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	public Talent talent(Long id) {
		Talent t = talents.findById(id).orElseThrow(() -> new NotFoundException("talent " + id));
		guard.check(t.getUnitId());
		return t;
	}

	Talent manageTalent(Long id) {
		Talent t = talent(id);
		guard.manage(t.getUnitId());
		return t;
	}

	/**
	 * Registers a talent. For a child, {@code consentGiven} states that the guardian (the member) consented, and how;
	 * without it nothing is written.
	 */
	@Transactional
	public Talent register(Long unitId, String matricule, Long familyMemberId, Long domainId, String description,
			boolean consentGiven, String consentMethod) {
		Unit u = guard.manage(unitId);
		Participant p = participants.resolve(CurrentUser.get(), null, matricule, familyMemberId);
		if (domains(true).stream().noneMatch(d -> d.id().equals(domainId))) {
			throw BusinessException.onField("domainId", "act.error.required");
		}
		if (!p.isChild() && !"SELF".equals(p.relation())) {
			throw BusinessException.onField("familyMemberId", "act.error.talent-relation");
		}
		Long consentId = null;
		if (p.isChild()) {
			if (!consentGiven) {
				throw BusinessException.onField("consent", "act.error.consent-required");
			}
			if (!CONSENT_METHODS.contains(consentMethod)) {
				throw BusinessException.onField("consentMethod", "act.error.consent-method");
			}
			consentId = jdbc.sql("""
					insert into activities_guardian_consent (family_member_id, guardian_member_id, purpose, method, recorded_by)
					values (?, ?, ?, ?, ?) returning id""")
				.params(p.familyMemberId(), p.memberId(), CONSENT_PURPOSE, consentMethod, CurrentUser.name())
				.query(Long.class).single();
			audit.record("CONSENT", "guardian-consent", consentId, CONSENT_PURPOSE, null,
					Map.of("familyMemberId", p.familyMemberId(), "guardianMemberId", p.memberId(), "method", consentMethod));
		}
		Talent t = talents.save(new Talent(u.getId(), u.getWilayaCode(), domainId, p, consentId,
				ActivityService.blankToNull(description)));
		audit.record("CREATE", "talent", t.getId(), null, null, t.snapshot());
		return t;
	}

	public Consent consent(Long id) {
		return id == null ? null : jdbc.sql("""
				select id, family_member_id, guardian_member_id, purpose, method, recorded_by, given_at, withdrawn_at
				from activities_guardian_consent where id = ?""")
			.param(id).query((rs, i) -> new Consent(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
					rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
			.optional().orElse(null);
	}

	/** The guardian withdraws consent: the consent is closed and the child's talent record archived. */
	@Transactional
	public Talent withdrawConsent(Long talentId) {
		Talent t = manageTalent(talentId);
		if (t.getConsentId() == null) {
			throw BusinessException.of("act.error.no-consent");
		}
		Map<String, Object> before = t.snapshot();
		jdbc.sql("update activities_guardian_consent set withdrawn_at = now() where id = ? and withdrawn_at is null")
			.param(t.getConsentId()).update();
		t.archive();
		audit.record("CONSENT_WITHDRAWN", "talent", t.getId(), null, before, t.snapshot());
		return t;
	}

	@Transactional
	public Talent updatePlan(Long talentId, String plan) {
		Talent t = manageTalent(talentId);
		Map<String, Object> before = t.snapshot();
		t.plan(ActivityService.blankToNull(plan));
		audit.record("UPDATE", "talent", t.getId(), "plan", before, t.snapshot());
		return t;
	}

	public List<Evaluation> evaluations(Long talentId) {
		talent(talentId);
		return jdbc.sql("select id, talent_id, evaluated_on, evaluator, score, notes from activities_talent_evaluation where talent_id = ? order by evaluated_on")
			.param(talentId).query((rs, i) -> new Evaluation(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getInt(5), rs.getString(6)))
			.list();
	}

	@Transactional
	public void addEvaluation(Long talentId, LocalDate on, String evaluator, Integer score, String notes) {
		Talent t = manageTalent(talentId);
		t.checkActive();
		if (on == null || on.isAfter(LocalDate.now())) {
			throw BusinessException.onField("evaluatedOn", "act.error.date-future");
		}
		if (evaluator == null || evaluator.isBlank()) {
			throw BusinessException.onField("evaluator", "act.error.required");
		}
		if (score == null || score < 1 || score > 10) {
			throw BusinessException.onField("score", "act.error.score-range");
		}
		Long id = jdbc.sql("insert into activities_talent_evaluation (talent_id, evaluated_on, evaluator, score, notes) values (?, ?, ?, ?, ?) returning id")
			.params(talentId, on, evaluator.trim(), score, ActivityService.blankToNull(notes)).query(Long.class).single();
		audit.record("CREATE", "talent-evaluation", id, null, null, Map.of("talentId", talentId, "score", score, "on", on));
	}

	public List<Showcase> showcases(Long talentId) {
		talent(talentId);
		return jdbc.sql("select id, talent_id, held_on, title, venue from activities_talent_showcase where talent_id = ? order by held_on desc")
			.param(talentId).query((rs, i) -> new Showcase(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	@Transactional
	public void addShowcase(Long talentId, LocalDate on, String title, String venue) {
		Talent t = manageTalent(talentId);
		t.checkActive();
		if (on == null) {
			throw BusinessException.onField("heldOn", "act.error.required");
		}
		if (title == null || title.isBlank()) {
			throw BusinessException.onField("title", "act.error.required");
		}
		Long id = jdbc.sql("insert into activities_talent_showcase (talent_id, held_on, title, venue) values (?, ?, ?, ?) returning id")
			.params(talentId, on, title.trim(), ActivityService.blankToNull(venue)).query(Long.class).single();
		audit.record("CREATE", "talent-showcase", id, title.trim(), null, Map.of("talentId", talentId, "heldOn", on));
	}
}

interface Talents extends JpaRepository<Talent, Long>, JpaSpecificationExecutor<Talent> {
}
