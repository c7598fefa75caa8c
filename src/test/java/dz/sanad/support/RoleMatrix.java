package dz.sanad.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks one request against every demo role: the allowed ones must get an answer below 400, every other role a
 * refusal (401, 403, or 404 where the record is outside the role's scope and so answers like one that does not
 * exist). Failures list every role that was wrongly let in or shut out, with the status it got.
 */
public final class RoleMatrix {

	private RoleMatrix() {
	}

	public static void check(MockMvc mvc, UserDetailsService users, Supplier<MockHttpServletRequestBuilder> request,
			String... allowed) throws Exception {
		Set<String> ok = Set.of(allowed);
		List<String> wrong = new java.util.ArrayList<>();
		for (String username : DemoUsers.ALL) {
			int status = mvc.perform(request.get().with(DemoUsers.as(users, username))).andReturn().getResponse()
				.getStatus();
			boolean refused = status == 401 || status == 403 || status == 404;
			if (ok.contains(username) ? status >= 400 : !refused) {
				wrong.add(username + "=" + status);
			}
		}
		assertThat(wrong).as("roles wrongly allowed/refused (allowed: %s)", Arrays.toString(allowed)).isEmpty();
	}

	/**
	 * For requests aimed at a target that does not exist or with a body a rule refuses (the status of the allowed
	 * roles is then 400, 404 or 422): proves only the URL rule. Allowed roles get past security (anything but
	 * 401/403), every other role gets 401/403.
	 */
	public static void passesSecurity(MockMvc mvc, UserDetailsService users,
			Supplier<MockHttpServletRequestBuilder> request, String... allowed) throws Exception {
		Set<String> ok = Set.of(allowed);
		List<String> wrong = new java.util.ArrayList<>();
		for (String username : DemoUsers.ALL) {
			int status = mvc.perform(request.get().with(DemoUsers.as(users, username))).andReturn().getResponse()
				.getStatus();
			boolean refused = status == 401 || status == 403;
			if (ok.contains(username) == refused || status >= 500) {
				wrong.add(username + "=" + status);
			}
		}
		assertThat(wrong).as("roles wrongly let past or stopped by security (allowed: %s)", Arrays.toString(allowed))
			.isEmpty();
	}
}
