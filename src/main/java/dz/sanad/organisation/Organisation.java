package dz.sanad.organisation;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Like;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import dz.sanad.territory.Territory;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The organisation module's API: the tree, scopes, and the administration of units. */
@Service
@Transactional(readOnly = true)
public class Organisation {

	private final Units units;

	private final Territory territory;

	private final AuditTrail audit;

	Organisation(Units units, Territory territory, AuditTrail audit) {
		this.units = units;
		this.territory = territory;
		this.audit = audit;
	}

	/** Filters for unit lists. */
	public record UnitFilter(String q, UnitKind kind, String wilayaCode, Boolean active, Long parentId) {
	}

	public Optional<Unit> find(Long id) {
		return id == null ? Optional.empty() : units.findById(id);
	}

	public Optional<Unit> findByCode(String code) {
		return units.findByCode(code);
	}

	public Unit get(Long id) {
		return find(id).orElseThrow(() -> new NotFoundException("unit " + id));
	}

	/** A unit the user may see, or 403 when it is outside the user's scope. */
	public Unit getInScope(Long id, SanadUser user) {
		return getInScope(id, scopeOf(user));
	}

	/** A unit within a scope already resolved (404 when unknown, 403 when outside it). */
	public Unit getInScope(Long id, Scope scope) {
		Unit unit = get(id);
		if (!scope.contains(unit)) {
			throw new AccessDeniedException("unit outside scope");
		}
		return unit;
	}

	public Scope scopeOf(SanadUser user) {
		if (user.role().isNational()) {
			return Scope.NATIONAL;
		}
		return find(user.scopeUnitId()).map(u -> new Scope(false, u.getId(), u.getPath(), u.getWilayaCode()))
			.orElse(Scope.NOTHING);
	}

	/**
	 * The wilayas a scope reaches, in code order: every wilaya for a national scope, the scope unit's wilaya for a
	 * wilaya or an establishment, else the wilayas of the units below it. What every wilaya picker and filter offers:
	 * an officer is never shown wilayas whose data it cannot read.
	 */
	public List<dz.sanad.territory.Wilaya> wilayasIn(Scope scope) {
		if (scope.national()) {
			return territory.wilayas();
		}
		Set<String> codes = scope.wilayaCode() != null ? Set.of(scope.wilayaCode())
				: subtree(scope).stream().map(Unit::getWilayaCode).filter(java.util.Objects::nonNull)
					.collect(Collectors.toSet());
		return territory.wilayas().stream().filter(w -> codes.contains(w.getCode())).toList();
	}

	/** {@link #wilayasIn(Scope)} for the user's scope. */
	public List<dz.sanad.territory.Wilaya> wilayasOf(SanadUser user) {
		return wilayasIn(scopeOf(user));
	}

	public boolean isWithin(Long unitId, Long ancestorId) {
		Optional<Unit> unit = find(unitId);
		Optional<Unit> ancestor = find(ancestorId);
		return unit.isPresent() && ancestor.isPresent() && ancestor.get().contains(unit.get());
	}

	/** Ids of the unit and all units below it. */
	public List<Long> subtreeIds(Long unitId) {
		return units.findSubtreeIds(get(unitId).getPath());
	}

	/** Ids reachable in a scope, or null for a national scope (no restriction). */
	public List<Long> unitIdsIn(Scope scope) {
		return scope.national() ? null : units.findSubtreeIds(scope.path());
	}

	public List<Unit> subtree(Scope scope) {
		return units.findSubtree(scope.path());
	}

	/** How many units a scope holds. */
	public long countIn(Scope scope) {
		return units.countSubtree(scope.path());
	}

	/** One node of the tree as pages show it: a unit and how many units sit directly below it. */
	public record TreeNode(Unit unit, long children) {
	}

	/** The top of a scope's tree: the national roots, or the scope's own unit. */
	public List<TreeNode> treeRoots(Scope scope) {
		List<Unit> roots = scope.national() ? units.findByParentIdIsNullOrderByCode()
				: find(scope.unitId()).map(List::of).orElse(List.of());
		return withChildCounts(roots);
	}

	/** The units directly below one unit of the scope (403 when the unit is outside it). */
	public List<TreeNode> treeChildren(Scope scope, Long parentId) {
		if (!scope.contains(get(parentId))) {
			throw new AccessDeniedException("unit outside scope");
		}
		return withChildCounts(units.findByParentIdOrderByCode(parentId));
	}

	private List<TreeNode> withChildCounts(List<Unit> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, Long> counts = units.countChildren(list.stream().map(Unit::getId).toList()).stream()
			.collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
		return list.stream().map(u -> new TreeNode(u, counts.getOrDefault(u.getId(), 0L))).toList();
	}

	public Map<Long, Unit> byIds(Collection<Long> ids) {
		return units.findAllById(ids).stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
	}

	public List<Unit> activeOfKinds(Set<UnitKind> kinds) {
		return units.findByKindInAndActiveTrueOrderByCode(kinds);
	}

	public List<Unit> activeOfKinds(Set<UnitKind> kinds, Scope scope) {
		return activeOfKinds(kinds).stream().filter(scope::contains).toList();
	}

	public Page<Unit> search(UnitFilter f, Scope scope, Pageable pageable) {
		return units.findAll(spec(f, scope), pageable);
	}

	public List<Unit> searchAll(UnitFilter f, Scope scope) {
		return units.findAll(spec(f, scope), org.springframework.data.domain.Sort.by("code"));
	}

	private static Specification<Unit> spec(UnitFilter f, Scope scope) {
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (!scope.national()) {
				p.add(cb.like(root.get("path"), scope.path() + "%"));
			}
			if (f.q() != null && !f.q().isBlank()) {
				p.add(Like.anyContains(cb, f.q(), root.get("nameFr"), root.get("nameAr"), root.get("code")));
			}
			if (f.kind() != null) {
				p.add(cb.equal(root.get("kind"), f.kind()));
			}
			if (f.wilayaCode() != null && !f.wilayaCode().isBlank()) {
				p.add(cb.equal(root.get("wilayaCode"), f.wilayaCode()));
			}
			if (f.active() != null) {
				p.add(cb.equal(root.get("active"), f.active()));
			}
			if (f.parentId() != null) {
				p.add(cb.equal(root.get("parentId"), f.parentId()));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	@Transactional
	public Unit create(UnitForm form) {
		if (units.existsByCode(form.getCode())) {
			throw BusinessException.onField("code", "unit.error.code-taken", form.getCode());
		}
		Unit parent = form.getParentId() == null ? null : find(form.getParentId())
			.orElseThrow(() -> BusinessException.onField("parentId", "unit.error.parent-missing"));
		String wilaya = checkWilaya(form, parent);
		Unit unit = new Unit(form.getCode(), form.getKind(), form.getNameAr(), form.getNameFr(), parent, wilaya);
		unit.update(form.getNameAr(), form.getNameFr(), wilaya, form.getAddress(), form.getPhone(), form.getEmail(),
				form.getCapacity());
		units.saveAndFlush(unit);
		unit.completePath();
		audit.record("CREATE", "unit", unit.getId(), unit.getCode(), null, unit.snapshot());
		return unit;
	}

	@Transactional
	public Unit update(Long id, UnitForm form) {
		Unit unit = get(id);
		Map<String, Object> before = unit.snapshot();
		if (!unit.getCode().equals(form.getCode()) || unit.getKind() != form.getKind()) {
			throw BusinessException.onField("code", "unit.error.code-kind-fixed");
		}
		Unit parent = form.getParentId() == null ? null : find(form.getParentId())
			.orElseThrow(() -> BusinessException.onField("parentId", "unit.error.parent-missing"));
		String wilaya = checkWilaya(form, parent);
		if (!java.util.Objects.equals(unit.getParentId(), form.getParentId())) {
			String oldPath = unit.getPath();
			unit.placeUnder(parent);
			unit.completePath();
			// move the whole subtree with it
			for (Unit d : units.findSubtree(oldPath)) {
				if (!d.getId().equals(unit.getId())) {
					d.rebase(oldPath, unit.getPath());
				}
			}
		}
		unit.update(form.getNameAr(), form.getNameFr(), wilaya, form.getAddress(), form.getPhone(), form.getEmail(),
				form.getCapacity());
		audit.record("UPDATE", "unit", unit.getId(), unit.getCode(), before, unit.snapshot());
		return unit;
	}

	private String checkWilaya(UnitForm form, Unit parent) {
		String wilaya = form.getWilayaCode();
		if (wilaya == null && parent != null) {
			wilaya = parent.getWilayaCode(); // establishments inherit their service's wilaya
		}
		if (wilaya != null && !territory.exists(wilaya)) {
			throw BusinessException.onField("wilayaCode", "unit.error.wilaya-unknown", wilaya);
		}
		if (wilaya == null && form.getKind().needsWilaya()) {
			throw BusinessException.onField("wilayaCode", "unit.error.wilaya-required");
		}
		// an establishment belongs to its wilaya's security service; national bodies may sit anywhere
		if (parent != null && parent.getKind() == UnitKind.WILAYA_SERVICE && wilaya != null
				&& !parent.getWilayaCode().equals(wilaya)) {
			throw BusinessException.onField("wilayaCode", "unit.error.wilaya-mismatch");
		}
		return wilaya;
	}

	@Transactional
	public void deactivate(Long id) {
		Unit unit = get(id);
		if (units.existsByParentIdAndActiveTrue(id)) {
			throw BusinessException.of("unit.error.active-children");
		}
		Map<String, Object> before = unit.snapshot();
		unit.deactivate();
		audit.record("DEACTIVATE", "unit", id, unit.getCode(), before, unit.snapshot());
	}

	@Transactional
	public void reactivate(Long id) {
		Unit unit = get(id);
		Map<String, Object> before = unit.snapshot();
		unit.reactivate();
		audit.record("REACTIVATE", "unit", id, unit.getCode(), before, unit.snapshot());
	}

	/** Seeding without an acting user (reference data, demo data): same rules, no form. */
	@Transactional
	public Unit ensure(String code, UnitKind kind, String nameAr, String nameFr, String parentCode,
			String wilayaCode) {
		return units.findByCode(code).orElseGet(() -> {
			UnitForm f = new UnitForm();
			f.setCode(code);
			f.setKind(kind);
			f.setNameAr(nameAr);
			f.setNameFr(nameFr);
			f.setParentId(parentCode == null ? null : units.findByCode(parentCode).orElseThrow().getId());
			f.setWilayaCode(wilayaCode);
			return create(f);
		});
	}
}
