package dz.sanad.access;

import dz.sanad.platform.Role;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every place a password is typed (an administrator creating or resetting an account, page and API; anyone
 * changing their own) refuses a weak one with the reason, in the reader's language, next to the field. This
 * context runs in demo mode, where the published demo password is allowed (ProductionModeTest proves the opposite).
 */
@IntegrationTest
class PasswordEntryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountService accounts;

	@Autowired
	Accounts repository;

	@Autowired
	PasswordEncoder encoder;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "azertyuiop12|ar|لوحة المفاتيح", "azertyuiop12|fr|rangée ou un motif du clavier",
			"sanadsanad2026|ar|اسم التطبيق", "sanadsanad2026|fr|le nom de l'application",
			"amina.k-2026-x|fr|nom d'utilisateur" })
	void theApiRefusesWithTheTranslatedReasonOnThePasswordField(String password, String lang, String reason)
			throws Exception {
		mvc.perform(post("/api/admin/accounts").param("lang", lang).with(DemoUsers.as(users, "admin")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(account("amina.k", password)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("password"))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(reason)));
		assertThat(repository.findByUsername("amina.k")).isEmpty();
	}

	@Test
	void aStrongPasswordAndInDemoModeTheDemoPasswordAreAccepted() throws Exception {
		mvc.perform(post("/api/admin/accounts").with(DemoUsers.as(users, "admin")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(account("strong.one", "plumes vertes de l'oued")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.username").value("strong.one"));
		mvc.perform(post("/api/admin/accounts").with(DemoUsers.as(users, "admin")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(account("demo.extra", "sanad-demo-2026")))
			.andExpect(status().isCreated());
		// so that leaving demo mode switches it off with the demo accounts
		assertThat(repository.findByUsername("demo.extra").orElseThrow().isDemo()).isTrue();
		assertThat(repository.findByUsername("strong.one").orElseThrow().isDemo()).isFalse();
		mvc.perform(post("/api/admin/accounts").with(DemoUsers.as(users, "wilaya16")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(account("not.allowed", "plumes vertes de l'oued")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAccountPageShowsTheReasonUnderThePasswordField() throws Exception {
		String html = mvc.perform(post("/admin/accounts/new").param("lang", "fr").with(DemoUsers.as(users, "admin"))
				.with(csrf()).param("username", "karim.b").param("fullName", "Karim B").param("role", "COMMITTEE")
				.param("enabled", "true").param("password", "azertyuiop12"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("is-invalid").contains("rangée ou un motif du clavier");
		assertThat(repository.findByUsername("karim.b")).isEmpty();

		Long id = accounts.create(form("reset.me", "a long enough passphrase")).getId();
		var reset = mvc.perform(post("/admin/accounts/{id}/password", id).with(DemoUsers.as(users, "admin"))
				.with(csrf()).param("password", "sanadsanad2026"))
			.andExpect(flash().attribute("passwordError", "password.error.product")).andReturn();
		// the flash lives in the PostgreSQL session: follow the redirect with that session's cookie
		String page = mvc.perform(get("/admin/accounts/{id}", id).param("lang", "ar").with(DemoUsers.as(users, "admin"))
				.cookie(reset.getResponse().getCookie("SESSION")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"newPassword-error\"").contains("اسم التطبيق");
	}

	@Test
	void everyoneChangesTheirOwnPasswordPageAndApi() throws Exception {
		accounts.create(form("self.change", "a long enough passphrase"));
		var self = user(users.loadUserByUsername("self.change"));
		mvc.perform(post("/api/me/password").param("lang", "fr").with(self).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"not mine\",\"password\":\"plumes vertes de l'oued\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("currentPassword"));
		mvc.perform(post("/api/me/password").param("lang", "ar").with(self).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"a long enough passphrase\",\"password\":\"qsdfghjklm12\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("لوحة المفاتيح")));

		String html = mvc.perform(post("/account/password").param("lang", "fr").with(self).with(csrf())
				.param("currentPassword", "a long enough passphrase").param("password", "self.change.2026"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("id=\"password-error\"").contains("Mot de passe construit sur le nom")
			.doesNotContain("a long enough passphrase");

		mvc.perform(post("/api/me/password").with(self).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"a long enough passphrase\",\"password\":\"plumes vertes de l'oued\"}"))
			.andExpect(status().isNoContent());
		assertThat(encoder.matches("plumes vertes de l'oued",
				repository.findByUsername("self.change").orElseThrow().passwordHash())).isTrue();
		for (String demo : DemoUsers.ALL) {
			mvc.perform(get("/account/password").with(DemoUsers.as(users, demo))).andExpect(status().isOk());
		}
	}

	private static String account(String username, String password) {
		return "{\"username\":\"" + username + "\",\"fullName\":\"Test\",\"role\":\"COMMITTEE\",\"enabled\":true,"
				+ "\"password\":\"" + password + "\"}";
	}

	static AccountForm form(String username, String password) {
		AccountForm f = new AccountForm();
		f.setUsername(username);
		f.setFullName("Test " + username);
		f.setRole(Role.COMMITTEE);
		f.setPassword(password);
		return f;
	}
}
