package dz.sanad.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Log in as one of the demo accounts (real SanadUser principal, with its role and scope) in MockMvc. */
public final class DemoUsers {

	public static final String[] ALL = { "admin", "ministry", "centre", "trainer", "dgsn", "wilaya16", "head",
			"member", "psychologist", "health", "committee", "dpo", "psychologist2", "psylead", "physician",
			"cochair.ministry", "cochair.dgsn" };

	private DemoUsers() {
	}

	/** Runs the following service calls (outside MockMvc) as this demo user; clear the context afterwards. */
	public static dz.sanad.platform.SanadUser actAs(UserDetailsService users, String username) {
		dz.sanad.platform.SanadUser u = (dz.sanad.platform.SanadUser) users.loadUserByUsername(username);
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
				new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(u, null,
						u.getAuthorities()));
		return u;
	}

	public static RequestPostProcessor as(UserDetailsService users, String username) {
		return user(users.loadUserByUsername(username));
	}
}
