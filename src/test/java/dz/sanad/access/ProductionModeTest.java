package dz.sanad.access;

import dz.sanad.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Outside demo mode there is no default password: no demo accounts are created, the first administrator comes
 * from SANAD_ADMIN_USERNAME / SANAD_ADMIN_PASSWORD, and accounts left by an earlier demo run are disabled.
 */
@SpringBootTest(properties = { "sanad.demo.enabled=false", "sanad.admin.username=firstadmin",
		"sanad.admin.password=a-strong-first-password" })
@AutoConfigureMockMvc
class ProductionModeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

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

	/** Outside demo mode the published demo password is refused like any other known password, saying why. */
	@Test
	void theDemoPasswordIsRefusedOutsideDemoMode() throws Exception {
		for (String[] lang : new String[][] { { "ar", "كلمة المرور التجريبية المنشورة" },
				{ "fr", "mot de passe de démonstration publié" } }) {
			mvc.perform(post("/api/admin/accounts").param("lang", lang[0]).with(user(users.loadUserByUsername("firstadmin")))
					.with(csrf()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"username\":\"newcomer\",\"fullName\":\"N\",\"role\":\"COMMITTEE\","
							+ "\"password\":\"sanad-demo-2026\"}"))
				.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("password"))
				.andExpect(jsonPath("$.message").value(containsString(lang[1])));
		}
		AccountForm f = PasswordEntryTest.form("newcomer", "sanad-demo-2026");
		assertThatThrownBy(() -> service.create(f)).extracting("messageKey").isEqualTo("password.error.demo");
		assertThat(accounts.findByUsername("newcomer")).isEmpty();
	}

	/** A weak SANAD_ADMIN_PASSWORD stops the start with the reason in words, and creates nothing. */
	@Test
	void aWeakBootstrapPasswordIsRefusedWithItsReason(@Autowired dz.sanad.platform.DemoMode demoMode,
			@Autowired org.springframework.context.MessageSource messages) {
		AccessBootstrap weak = new AccessBootstrap(service, demoMode, messages, "secondadmin", "azertyuiop12");
		assertThatThrownBy(() -> weak.run(new DefaultApplicationArguments()))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("SANAD_ADMIN_PASSWORD")
			.hasMessageContaining("keyboard");
		assertThat(accounts.findByUsername("secondadmin")).isEmpty();
	}
}
