package dz.sanad.psychology;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.confidential.CaseConsents;
import dz.sanad.platform.confidential.ConsentVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A record's consent scopes, kept by the platform's {@link CaseConsents} (versioned, withdrawable). The module goes
 * through here so that the anonymous-statistics scope is mirrored on the record, which the aggregates filter on.
 */
@Service("psychologyConsents")
public class Consents {

	private final CaseConsents consents;

	private final JdbcClient jdbc;

	Consents(CaseConsents consents, JdbcClient jdbc) {
		this.consents = consents;
		this.jdbc = jdbc;
	}

	@Transactional
	public int record(PsyCase c, Set<String> scopes) {
		Set<String> chosen = new LinkedHashSet<>(scopes == null ? Set.of() : scopes);
		if (!Scopes.ALL.containsAll(chosen)) {
			throw BusinessException.onField("scopes", "psychology.error.scope");
		}
		int version = consents.record(Scopes.DOMAIN, key(c), c.subject(), chosen);
		mirror(c);
		return version;
	}

	@Transactional
	public int withdraw(PsyCase c, String scope) {
		if (!Scopes.ALL.contains(scope)) {
			throw BusinessException.onField("scope", "psychology.error.scope");
		}
		int version = consents.withdraw(Scopes.DOMAIN, key(c), scope);
		mirror(c);
		return version;
	}

	public boolean allows(PsyCase c, String scope) {
		return consents.allows(Scopes.DOMAIN, key(c), scope);
	}

	public Set<String> current(PsyCase c) {
		Set<String> s = new LinkedHashSet<>();
		Scopes.ALL.stream().filter(x -> allows(c, x)).forEach(s::add);
		return s;
	}

	public List<ConsentVersion> history(PsyCase c) {
		return consents.history(Scopes.DOMAIN, key(c));
	}

	private void mirror(PsyCase c) {
		jdbc.sql("update psy_case set stats_consent = ? where id = ?")
			.params(allows(c, Scopes.ANONYMOUS_STATS), c.id()).update();
	}

	private static String key(PsyCase c) {
		return String.valueOf(c.id());
	}
}
