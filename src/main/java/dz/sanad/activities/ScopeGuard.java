package dz.sanad.activities;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Scope;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Establishment scoping for every service of the module: a head reaches only their establishment, a wilaya
 * officer the establishments of their wilaya, the DGSN directorate all. Out of scope → 403.
 */
@Component
public class ScopeGuard {

	static final Set<Role> MANAGERS = Set.of(Role.DGSN_SOCIAL, Role.WILAYA_OFFICER, Role.ESTABLISHMENT_HEAD);

	private final Organisation organisation;

	ScopeGuard(Organisation organisation) {
		this.organisation = organisation;
	}

	Scope scope() {
		return organisation.scopeOf(CurrentUser.get());
	}

	/** Unit ids the user reaches, or null for a national scope. */
	List<Long> unitIds() {
		return organisation.unitIdsIn(scope());
	}

	/** An establishment the current user manages, or 403. */
	Unit manage(Long unitId) {
		SanadUser user = CurrentUser.get();
		if (!MANAGERS.contains(user.role())) {
			throw new AccessDeniedException("not a manager");
		}
		Unit u = organisation.getInScope(unitId, user);
		if (!u.getKind().isEstablishment()) {
			throw new dz.sanad.platform.BusinessException("unitId", "act.error.not-establishment");
		}
		return u;
	}

	/** 403 unless the unit is within the user's scope. */
	void check(Long unitId) {
		organisation.getInScope(unitId, CurrentUser.get());
	}

	Unit unit(Long id) {
		return organisation.get(id);
	}

	/** Establishments in the user's scope (for filters and forms). */
	public List<Unit> establishments(Set<UnitKind> kinds) {
		Scope scope = scope();
		if (scope.national()) {
			return organisation.activeOfKinds(kinds);
		}
		// a scoped user: load only their subtree (a head's one establishment), not the 600+ units of the country
		return organisation.subtree(scope).stream().filter(u -> u.isActive() && kinds.contains(u.getKind()))
			.sorted(Comparator.comparing(Unit::getCode)).toList();
	}

	public List<Unit> establishments() {
		return establishments(UnitKind.ESTABLISHMENTS);
	}

	Organisation organisation() {
		return organisation;
	}
}
