package dz.sanad.holidays;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Scope;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may see which holiday record. URL rules (HolidaysWeb) let roles in; these checks narrow them to their scope:
 * the directorate everything, a wilaya officer its wilaya's applications, a member their own, and the camps'
 * lists to those who run the camp.
 */
@Service
@Transactional(readOnly = true)
public class HolidaysAccess {

	private final Organisation organisation;

	HolidaysAccess(Organisation organisation) {
		this.organisation = organisation;
	}

	public boolean canSee(SanadUser user, Application a) {
		return switch (user.role()) {
			case DGSN_SOCIAL -> true;
			case WILAYA_OFFICER -> Objects.equals(organisation.scopeOf(user).wilayaCode(), a.getWilayaCode());
			case MEMBER -> Objects.equals(user.memberId(), a.getMemberId());
			default -> false;
		};
	}

	public void requireSee(SanadUser user, Application a) {
		if (!canSee(user, a)) {
			throw new AccessDeniedException("application outside scope");
		}
	}

	/** Medical details: the family and the directorate; the camp's runners see them on their lists. */
	public boolean canSeeMedical(SanadUser user, Application a) {
		return user.role() == Role.DGSN_SOCIAL || Objects.equals(user.memberId(), a.getMemberId());
	}

	/**
	 * The applications a user may list, as a query condition: all for the directorate, a wilaya officer's wilaya,
	 * a member's own; any other role is refused.
	 */
	public Specification<Application> visibleApplications(SanadUser user) {
		Scope scope = organisation.scopeOf(user);
		return (root, query, cb) -> switch (user.role()) {
			case DGSN_SOCIAL -> cb.and();
			case WILAYA_OFFICER -> cb.equal(root.get("wilayaCode"),
					scope.wilayaCode() == null ? "--" : scope.wilayaCode());
			case MEMBER -> cb.equal(root.get("memberId"), user.memberId() == null ? -1L : user.memberId());
			default -> throw new AccessDeniedException("no applications for this role");
		};
	}

	/** Whether the user runs this offer's camp: the directorate, the centre's wilaya officer, a head above it. */
	public boolean runsCamp(SanadUser user, Offer offer) {
		if (user.role() == Role.DGSN_SOCIAL) {
			return true;
		}
		Optional<Unit> centre = organisation.find(offer.getCentreUnitId());
		if (centre.isEmpty()) {
			return false;
		}
		Scope scope = organisation.scopeOf(user);
		return switch (user.role()) {
			case WILAYA_OFFICER -> Objects.equals(scope.wilayaCode(), centre.get().getWilayaCode());
			case ESTABLISHMENT_HEAD -> scope.contains(centre.get());
			default -> false;
		};
	}

	public void requireRunsCamp(SanadUser user, Offer offer) {
		if (!runsCamp(user, offer)) {
			throw new AccessDeniedException("not running this camp");
		}
	}

	/** A bus's passenger list: those who run the camp, and the officer of the wilaya the bus leaves from. */
	public void requireBus(SanadUser user, Offer offer, Bus bus) {
		boolean ok = runsCamp(user, offer) || (user.role() == Role.WILAYA_OFFICER
				&& Objects.equals(organisation.scopeOf(user).wilayaCode(), bus.getWilayaCode()));
		if (!ok) {
			throw new AccessDeniedException("not this bus");
		}
	}
}
