package dz.sanad.psychology.instruments;

import dz.sanad.access.AccountService;
import dz.sanad.access.AccountService.AccountFilter;
import dz.sanad.platform.Role;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who is told of a safety alert at once: today's on-call psychologist from the psychology lead's rota; when nobody
 * is on call today, the psychology leads, so an alert is never raised to nobody.
 */
@Component("instrumentsOnCall")
class OnCall {

	private final dz.sanad.psychology.OnCall rota;

	private final AccountService accounts;

	OnCall(dz.sanad.psychology.OnCall rota, AccountService accounts) {
		this.rota = rota;
		this.accounts = accounts;
	}

	List<String> today() {
		return rota.today().map(List::of).orElseGet(() -> accounts
			.searchAll(new AccountFilter(null, Role.PSYCHOLOGY_LEAD, true)).stream().map(a -> a.getUsername()).toList());
	}

	/** The display names of {@link #today()}, for the crisis guidance shown to staff. */
	List<String> names() {
		return today().stream().flatMap(u -> accounts.searchAll(new AccountFilter(u, null, true)).stream()
			.filter(a -> a.getUsername().equals(u))).map(a -> a.getFullName()).toList();
	}
}
