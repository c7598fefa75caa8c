package dz.sanad.access;

import dz.sanad.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside demo mode there is no default password: no demo accounts are created, the first administrator comes
 * from SANAD_ADMIN_USERNAME / SANAD_ADMIN_PASSWORD, and accounts left by an earlier demo run are disabled.
 */
@SpringBootTest(properties = { "sanad.demo.enabled=false", "sanad.admin.username=firstadmin",
		"sanad.admin.password=a-strong-first-password" })
class ProductionModeTest {

	@Autowired
	Accounts accounts;

	@Autowired
	AccountService service;

	@Autowired
	AccessBootstrap bootstrap;

	@Test
	void noDemoAccountsAndTheFirstAdministratorFromTheEnvironment() {
		assertThat(accounts.findByUsername("admin")).isEmpty();
		assertThat(accounts.findByUsername("dgsn")).isEmpty();
		Account first = accounts.findByUsername("firstadmin").orElseThrow();
		assertThat(first.getRole()).isEqualTo(Role.ADMIN);
		assertThat(first.isDemo()).isFalse();

		AccountForm leftover = new AccountForm();
		leftover.setUsername("olddemo");
		leftover.setFullName("Left by a demo run");
		leftover.setRole(Role.COMMITTEE);
		leftover.setPassword("sanad-demo-2026");
		service.create(leftover, true);
		bootstrap.run(new DefaultApplicationArguments());
		assertThat(accounts.findByUsername("olddemo").orElseThrow().isEnabled()).isFalse();
		assertThat(accounts.findByUsername("firstadmin").orElseThrow().isEnabled()).isTrue();
	}
}
