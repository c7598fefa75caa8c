package dz.sanad.psychology.instruments;

import dz.sanad.access.AccountService;
import dz.sanad.access.AccountService.AccountFilter;
import dz.sanad.platform.Role;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who is told of a safety alert at once: today's on-call psychologists. The roster is the psychology record's
 * (engineer B's {@code OnCallRoster}); until it is on this branch the psychology leads stand in, so an alert is
 * never raised to nobody. This is the one place to switch.
 */
@Component
class OnCall {

	private final AccountService accounts;

	OnCall(AccountService accounts) {
		this.accounts = accounts;
	}

	List<String> today() {
		return accounts.searchAll(new AccountFilter(null, Role.PSYCHOLOGY_LEAD, true)).stream()
			.map(a -> a.getUsername()).toList();
	}

	/** The display names of {@link #today()}, for the crisis guidance shown to staff. */
	List<String> names() {
		return today().stream().flatMap(u -> accounts.searchAll(new AccountFilter(u, null, true)).stream()
			.filter(a -> a.getUsername().equals(u))).map(a -> a.getFullName()).toList();
	}
}
