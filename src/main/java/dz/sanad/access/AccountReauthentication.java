package dz.sanad.access;

import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.Reauthentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Checks a password typed again by the signed-in user against their account (break-the-glass). */
@Component
class AccountReauthentication implements Reauthentication {

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	AccountReauthentication(Accounts accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.encoder = encoder;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean matches(SanadUser user, String rawPassword) {
		return rawPassword != null && !rawPassword.isEmpty() && accounts.findById(user.accountId())
			.filter(a -> a.getUsername().equals(user.getUsername()))
			.map(a -> encoder.matches(rawPassword, a.passwordHash()))
			.orElse(false);
	}
}
