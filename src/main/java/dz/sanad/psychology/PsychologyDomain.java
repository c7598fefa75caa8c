package dz.sanad.psychology;

import dz.sanad.access.Accounts;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.ConfidentialDomain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.TreeSet;

/**
 * The psychology domain for the confidentiality layer: the psychologist on call today may break the glass, the
 * psychology lead reviews each grant, and the case's psychologists and the lead are told at once.
 */
@Component("psychology")
class PsychologyDomain implements ConfidentialDomain {

	private final OnCall onCall;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	PsychologyDomain(OnCall onCall, Accounts accounts, JdbcClient jdbc) {
		this.onCall = onCall;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return Scopes.DOMAIN;
	}

	@Override
	public boolean mayBreakGlass(SanadUser user) {
		return onCall.isOnCallToday(user);
	}

	@Override
	public boolean reviews(SanadUser user) {
		return user.role() == Role.PSYCHOLOGY_LEAD;
	}

	@Override
	public Set<String> notifyOnBreakGlass(String recordId) {
		Set<String> told = new TreeSet<>(jdbc.sql("select username from psy_care_team where case_id = ?")
			.param(Long.parseLong(recordId)).query(String.class).list());
		told.addAll(OnCall.usernames(accounts, Role.PSYCHOLOGY_LEAD));
		return told;
	}
}
