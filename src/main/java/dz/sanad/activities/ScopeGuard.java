package dz.sanad.activities;

import dz.sanad.platform.BusinessException;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Scope;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.territory.Territory;
import dz.sanad.territory.Wilaya;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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

	private final Territory territory;

	ScopeGuard(Organisation organisation, Territory territory) {
		this.organisation = organisation;
		this.territory = territory;
	}

	/**
	 * What an establishment picker offers. A head or a wilaya officer: their establishments. A national user picks a
	 * wilaya first and then one of its establishments ({@code wilayas} not null): the 600 establishments of the
	 * country in one list cost more to load and render than the rest of the page.
	 */
	public record Picker(List<Wilaya> wilayas, String wilaya, List<Unit> units) {

		public boolean byWilaya() {
			return wilayas != null;
		}
	}

	/**
	 * The picker for a chosen wilaya (national users; ignored otherwise) or, when none is chosen, the wilaya of the
	 * selected unit.
	 */
	public Picker picker(String wilaya, Long selectedUnitId) {
		if (!scope().national()) {
			return new Picker(null, null, establishments());
		}
		String w = territory.exists(wilaya) ? wilaya
				: selectedUnitId == null ? null : organisation.find(selectedUnitId).map(Unit::getWilayaCode).orElse(null);
		return new Picker(territory.wilayas(), w, w == null ? List.of() : establishmentsOf(w));
	}

	/** The active establishments of a wilaya (for national users' pickers; scoped users have their own list). */
	public List<Unit> establishmentsOf(String wilaya) {
		Scope scope = scope();
		return organisation.searchAll(new Organisation.UnitFilter(null, null, wilaya, true, null), scope).stream()
			.filter(u -> UnitKind.ESTABLISHMENTS.contains(u.getKind())).toList();
	}

	/** Ids of every unit of a wilaya within the user's scope (the wilaya filter of the registration list). */
	List<Long> unitIdsOf(String wilaya) {
		return organisation.searchAll(new Organisation.UnitFilter(null, null, wilaya, null, null), scope()).stream()
			.map(Unit::getId).toList();
	}

	/** The units with these ids (rows of a page show their establishment's code). */
	public java.util.Map<Long, Unit> unitsById(java.util.Collection<Long> ids) {
		return organisation.byIds(ids);
	}

	/**
	 * The user's scope, resolved once per request (a page asks for it three or four times: list filter, picker,
	 * checks); outside a request (jobs, demo data) resolved each time.
	 */
	Scope scope() {
		SanadUser user = CurrentUser.get();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return organisation.scopeOf(user);
		}
		String key = ScopeGuard.class.getName() + ".scope." + user.getUsername();
		if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Scope known) {
			return known;
		}
		Scope scope = organisation.scopeOf(user);
		request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
		return scope;
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
		Unit u = organisation.getInScope(unitId, scope());
		if (!u.getKind().isEstablishment()) {
			throw BusinessException.onField("unitId", "act.error.not-establishment");
		}
		return u;
	}

	/** The unit, or 403 unless it is within the user's scope (404 when unknown). */
	Unit check(Long unitId) {
		return organisation.getInScope(unitId, scope());
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
