package dz.sanad.health;

import dz.sanad.access.Account;
import dz.sanad.access.AccountService;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.ConfidentialDomain;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The "health" confidential domain. Break-the-glass: a physician (the one on duty when the person's own centre cannot
 * be reached; the centre's own team needs none). Reviews: the data protection officer, not another physician —
 * centres have one or two physicians who would review each other, and a review judges whether the access was
 * justified from its reason and metadata, never the record's content, which the DPO never needs to see.
 */
@Component
class HealthDomain implements ConfidentialDomain {

	static final String NAME = "health";

	private final AccountService accounts;

	HealthDomain(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean mayBreakGlass(SanadUser user) {
		return user.role() == Role.PHYSICIAN;
	}

	@Override
	public boolean reviews(SanadUser user) {
		return user.role() == Role.DPO;
	}

	@Override
	public Set<String> notifyOnBreakGlass(String recordId) {
		Set<String> out = new LinkedHashSet<>();
		for (Account a : accounts.searchAll(new AccountService.AccountFilter(null, Role.DPO, true))) {
			out.add(a.getUsername());
		}
		return out;
	}
}
