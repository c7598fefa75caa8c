package dz.sanad.access;

import dz.sanad.audit.AuditSearch;
import dz.sanad.platform.Role;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	Accounts repository;

	@Autowired
	AuditSearch audit;

	@Test
	void demoAccountLogsInAndTheSessionIdChanges() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = mvc.perform(formLogin("/login").user("dgsn").password("sanad-demo-2026")).andExpect(redirectedUrl("/"))
			.andReturn();
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
		var logins = audit.search(new AuditSearch.AuditFilter("dgsn", "LOGIN", null, null, null, null), Pageable.ofSize(5));
		assertThat(logins.getContent()).isNotEmpty();
		assertThat(logins.getContent().get(0).getActorRole()).isEqualTo("DGSN_SOCIAL");
	}

	@Test
	void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		AccountForm f = new AccountForm();
		f.setUsername("lockme");
		f.setFullName("Lock Me");
		f.setRole(Role.COMMITTEE);
		f.setPassword("a long enough passphrase");
		accounts.create(f);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user("lockme").password("wrong password " + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user("lockme").password("a long enough passphrase"))
			.andExpect(redirectedUrl("/login?error=locked"));
		Account a = repository.findByUsername("lockme").orElseThrow();
		assertThat(a.getLockedUntil()).isNotNull();
		var failures = audit.search(new AuditSearch.AuditFilter("lockme", "LOGIN_FAILED", null, null, null, null),
				Pageable.ofSize(20));
		assertThat(failures.getTotalElements()).isGreaterThanOrEqualTo(5);

		accounts.unlock(a.getId());
		mvc.perform(formLogin("/login").user("lockme").password("a long enough passphrase")).andExpect(redirectedUrl("/"));
	}

	@Test
	void manySessionsLogInToTheSameAccountAtOnce() throws Exception {
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			var results = pool.invokeAll(java.util.Collections.nCopies(16,
					(java.util.concurrent.Callable<Integer>) () -> mvc
						.perform(formLogin("/login").user("committee").password("sanad-demo-2026"))
						.andReturn().getResponse().getStatus()));
			for (var r : results) {
				assertThat(r.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(repository.findByUsername("committee").orElseThrow().getLastLoginAt()).isNotNull();
	}

	@Test
	void loginPageIsArabicByDefaultAndFrenchOnRequest() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("تسجيل الدخول")));
		mvc.perform(get("/login?lang=fr")).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("<html lang=\"fr\" dir=\"ltr\">")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie().value("sanad-lang", "fr-DZ"));
	}
}
