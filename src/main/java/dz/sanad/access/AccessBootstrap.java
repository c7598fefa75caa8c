package dz.sanad.access;

import dz.sanad.platform.DemoMode;
import dz.sanad.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * No default password outside demo mode: the first administrator comes from SANAD_ADMIN_USERNAME and
 * SANAD_ADMIN_PASSWORD (created once, if that username does not exist yet); accounts made by demo mode are
 * disabled whenever demo mode is off.
 */
@Component
@Order(5)
class AccessBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccessBootstrap.class);

	private final AccountService accounts;

	private final DemoMode demoMode;

	private final String adminUsername;

	private final String adminPassword;

	AccessBootstrap(AccountService accounts, DemoMode demoMode,
			@Value("${sanad.admin.username:}") String adminUsername,
			@Value("${sanad.admin.password:}") String adminPassword) {
		this.accounts = accounts;
		this.demoMode = demoMode;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.isEnabled()) {
			int disabled = accounts.disableDemoAccounts();
			if (disabled > 0) {
				log.warn("Demo mode is off: {} demo accounts disabled", disabled);
			}
		}
		if (!adminUsername.isBlank() && !accounts.exists(adminUsername)) {
			AccountForm form = new AccountForm();
			form.setUsername(adminUsername);
			form.setFullName("Administrateur");
			form.setRole(Role.ADMIN);
			form.setPassword(adminPassword);
			accounts.create(form);
			log.info("Administrator account '{}' created from SANAD_ADMIN_USERNAME", adminUsername);
		}
		if (!accounts.hasActiveAdministrator()) {
			log.warn("No administrator account: restart with SANAD_ADMIN_USERNAME and SANAD_ADMIN_PASSWORD "
					+ "(12+ characters) to create the first one");
		}
	}
}
