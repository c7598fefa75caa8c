package dz.sanad.training;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Scope;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.people.MemberFunction;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.SanadUser;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Training needs: submitted by wilaya services and establishments, consolidated nationally for the ministry. */
@Service
@Transactional(readOnly = true)
public class TrainingNeeds {

	private final Needs needs;

	private final Domains domains;

	private final Organisation organisation;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	TrainingNeeds(Needs needs, Domains domains, Organisation organisation, JdbcClient jdbc, AuditTrail audit) {
		this.needs = needs;
		this.domains = domains;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public record NeedForm(Long unitId, MemberFunction function, Long domainId, Integer headcount, Priority priority,
			String justification, @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate wishedFrom, @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate wishedTo, Integer planYear) {
	}

	public record NeedFilter(Integer year, Long domainId, String wilayaCode, MemberFunction function,
			Priority priority) {
	}

	/** One cell of the national view: domain × wilaya × function, with the number of requests and of people. */
	public record NeedCell(Long domainId, String wilayaCode, String function, long requests, long people) {
	}

	/** Units a user may submit needs for: their own unit and those below it (national roles: wilaya services). */
	public List<Unit> submittableUnits(SanadUser user) {
		Scope scope = organisation.scopeOf(user);
		return organisation.activeOfKinds(java.util.EnumSet.of(UnitKind.WILAYA_SERVICE, UnitKind.CULTURAL_CENTRE,
				UnitKind.CHILD_CARE, UnitKind.SPORTS_CLUB, UnitKind.HOLIDAY_CENTRE), scope);
	}

	@Transactional
	public Need submit(NeedForm f) {
		SanadUser user = CurrentUser.get();
		if (f.unitId() == null) {
			throw BusinessException.onField("unitId", "training.error.required");
		}
		Unit unit = organisation.find(f.unitId()).orElseThrow(() -> BusinessException.onField("unitId",
				"training.error.required"));
		if (!organisation.scopeOf(user).contains(unit)) {
			throw new AccessDeniedException("unit outside scope");
		}
		if (unit.getWilayaCode() == null) {
			throw BusinessException.onField("unitId", "training.need.error.unit");
		}
		if (f.function() == null) {
			throw BusinessException.onField("function", "training.error.required");
		}
		if (f.domainId() == null || domains.findById(f.domainId()).isEmpty()) {
			throw BusinessException.onField("domainId", "training.error.required");
		}
		if (f.headcount() == null || f.headcount() < 1 || f.headcount() > 1000) {
			throw BusinessException.onField("headcount", "training.need.error.headcount");
		}
		if (f.priority() == null) {
			throw BusinessException.onField("priority", "training.error.required");
		}
		Catalogue.require(f.justification(), "justification");
		if (f.wishedFrom() != null && f.wishedTo() != null && f.wishedTo().isBefore(f.wishedFrom())) {
			throw BusinessException.onField("wishedTo", "training.session.error.dates");
		}
		int year = f.planYear() != null ? f.planYear()
				: f.wishedFrom() != null ? f.wishedFrom().getYear() : LocalDate.now().getYear();
		Need need = needs.save(new Need(unit.getId(), unit.getWilayaCode(), f.function(), f.domainId(), f.headcount(),
				f.priority(), f.justification().trim(), f.wishedFrom(), f.wishedTo(), year, user.getUsername()));
		audit.record("CREATE", "training_need", need.getId(), unit.getCode(), null, need.snapshot());
		return need;
	}

	public Page<Need> search(SanadUser user, NeedFilter f, Pageable pageable) {
		return needs.findAll(spec(user, f), pageable);
	}

	public List<Need> searchAll(SanadUser user, NeedFilter f) {
		return needs.findAll(spec(user, f), Sort.by("wilayaCode", "id"));
	}

	public List<Need> byIds(java.util.Collection<Long> ids) {
		return needs.findAllById(ids);
	}

	private Specification<Need> spec(SanadUser user, NeedFilter f) {
		List<Long> units = organisation.unitIdsIn(organisation.scopeOf(user));
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (units != null) {
				p.add(root.get("unitId").in(units.isEmpty() ? List.of(-1L) : units));
			}
			if (f.year() != null) {
				p.add(cb.equal(root.get("planYear"), f.year()));
			}
			if (f.domainId() != null) {
				p.add(cb.equal(root.get("domainId"), f.domainId()));
			}
			if (f.wilayaCode() != null && !f.wilayaCode().isBlank()) {
				p.add(cb.equal(root.get("wilayaCode"), f.wilayaCode()));
			}
			if (f.function() != null) {
				p.add(cb.equal(root.get("function"), f.function()));
			}
			if (f.priority() != null) {
				p.add(cb.equal(root.get("priority"), f.priority()));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	/** The consolidated national view (national roles only; the URL rules see to that). */
	public List<NeedCell> consolidated(NeedFilter f) {
		StringBuilder sql = new StringBuilder("""
				select domain_id, wilaya_code, function_code, count(*) as requests, sum(headcount) as people
				from training_need where 1 = 1""");
		List<Object> args = new ArrayList<>();
		if (f.year() != null) {
			sql.append(" and plan_year = ?");
			args.add(f.year());
		}
		if (f.domainId() != null) {
			sql.append(" and domain_id = ?");
			args.add(f.domainId());
		}
		if (f.wilayaCode() != null && !f.wilayaCode().isBlank()) {
			sql.append(" and wilaya_code = ?");
			args.add(f.wilayaCode());
		}
		if (f.function() != null) {
			sql.append(" and function_code = ?");
			args.add(f.function().name());
		}
		if (f.priority() != null) {
			sql.append(" and priority = ?");
			args.add(f.priority().name());
		}
		sql.append(" group by domain_id, wilaya_code, function_code order by domain_id, wilaya_code, function_code");
		return jdbc.sql(sql.toString()).params(args)
			.query((rs, i) -> new NeedCell(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
	}
}
