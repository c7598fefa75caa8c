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
			mvc.perform(login("lockme", "wrong password " + i, "10.8.0.1"))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(login("lockme", "a long enough passphrase", "10.8.0.1"))
			.andExpect(redirectedUrl("/login?error"));
		Account a = repository.findByUsername("lockme").orElseThrow();
		assertThat(a.getLockedUntil()).isNotNull();
		var failures = audit.search(new AuditSearch.AuditFilter("lockme", "LOGIN_FAILED", null, null, null, null),
				Pageable.ofSize(20));
		assertThat(failures.getTotalElements()).isGreaterThanOrEqualTo(5);

		accounts.unlock(a.getId());
		mvc.perform(login("lockme", "a long enough passphrase", "10.8.0.1"))
			.andExpect(redirectedUrl("/"));
	}

	static org.springframework.test.web.servlet.RequestBuilder login(String user, String password, String address) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login").servletPath("/login")
			.param("username", user).param("password", password)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(r -> {
				r.setRemoteAddr(address);
				return r;
			});
	}

	@Test
	void ownLoginsInterleavedNeverResetTheAddressWindow() throws Exception {
		String last = null;
		for (int i = 1; i <= 51; i++) {
			if (i % 25 == 0) {
				mvc.perform(login("committee", "sanad-demo-2026", "10.8.0.2"));
			}
			last = mvc.perform(login("victim" + i, "guess " + i, "10.8.0.2"))
				.andReturn().getResponse().getRedirectedUrl();
		}
		assertThat(last).isEqualTo("/login?error=throttled");
		mvc.perform(login("committee", "sanad-demo-2026", "10.8.0.2"))
			.andExpect(redirectedUrl("/login?error=throttled"));
	}

	@Test
	void aRealAccountAndAnUnknownNameAnswerAlikeAfterFiveFailures() throws Exception {
		AccountForm f = new AccountForm();
		f.setUsername("lockme2");
		f.setFullName("Lock Me Too");
		f.setRole(Role.COMMITTEE);
		f.setPassword("a long enough passphrase");
		accounts.create(f);
		for (String name : new String[] { "lockme2", "nobody-here" }) {
			for (int i = 0; i < 5; i++) {
				mvc.perform(login(name, "wrong password " + i, "10.8.0.3"))
					.andExpect(redirectedUrl("/login?error"));
			}
		}
		var real = mvc.perform(login("lockme2", "a long enough passphrase", "10.8.0.4")).andReturn().getResponse();
		var unknown = mvc.perform(login("nobody-here", "a long enough passphrase", "10.8.0.4")).andReturn().getResponse();
		assertThat(real.getRedirectedUrl()).isEqualTo("/login?error").isEqualTo(unknown.getRedirectedUrl());
		assertThat(real.getStatus()).isEqualTo(unknown.getStatus());
	}

	@Autowired
	LoginThrottle throttle;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void theThrottleLivesInTheDatabaseSoAnotherNodeSeesIt() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("10.8.0.5", "shared-target");
		}
		var otherNode = new LoginThrottle(jdbc, 30, 5, java.time.Duration.ofMinutes(15));
		assertThat(otherNode.accountBlocked("Shared-Target")).isTrue();
		assertThat(otherNode.accountBlocked("someone-else")).isFalse();
		assertThat(otherNode.addressBlocked("10.8.0.5")).isFalse();
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

	@Test
	void theLanguageChosenOnTheLoginPageWinsForTheSession() throws Exception {
		accounts.setLocale("ministry", "ar");
		// the form carries the language only when the user picked one
		mvc.perform(get("/login")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
			.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("name=\"lang\""))));
		mvc.perform(get("/login?lang=fr")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
			.string(org.hamcrest.Matchers.containsString("name=\"lang\" value=\"fr\"")));
		MvcResult in = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
				.servletPath("/login").param("username", "ministry").param("password", "sanad-demo-2026")
				.param("lang", "fr").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(redirectedUrl("/")).andReturn();
		MockHttpSession session = (MockHttpSession) in.getRequest().getSession();
		mvc.perform(get("/").session(session).cookie(in.getResponse().getCookies()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("<html lang=\"fr\" dir=\"ltr\">")));
		// the saved preference is left for the next session
		assertThat(repository.findByUsername("ministry").orElseThrow().getLocale()).isEqualTo("ar");
	}
}
