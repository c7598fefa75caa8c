package dz.sanad.access;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.DemoMode;
import dz.sanad.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Locale;

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

	private final MessageSource messages;

	AccessBootstrap(AccountService accounts, DemoMode demoMode, MessageSource messages,
			@Value("${sanad.admin.username:}") String adminUsername,
			@Value("${sanad.admin.password:}") String adminPassword) {
		this.accounts = accounts;
		this.demoMode = demoMode;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
		this.messages = messages;
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
			try {
				accounts.create(form);
			}
			catch (BusinessException e) {
				// the operator reads the log in English; without this they would see only a message key
				throw new IllegalStateException("SANAD_ADMIN_PASSWORD refused: "
						+ messages.getMessage(e.messageKey(), e.args(), e.messageKey(), Locale.ENGLISH), e);
			}
			log.info("Administrator account '{}' created from SANAD_ADMIN_USERNAME", adminUsername);
		}
		if (!accounts.hasActiveAdministrator()) {
			log.warn("No administrator account: restart with SANAD_ADMIN_USERNAME and SANAD_ADMIN_PASSWORD "
					+ "(12+ characters, a phrase of unusual words) to create the first one");
		}
	}
}
