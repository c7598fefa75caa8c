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
 * Checks one request against every demo role: the allowed ones must not get 401/403, every other role must get
 * 403. Failures list every role that was wrongly let in or shut out.
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
			boolean refused = status == 401 || status == 403;
			if (ok.contains(username) == refused) {
				wrong.add(username + "=" + status);
			}
		}
		assertThat(wrong).as("roles wrongly allowed/refused (allowed: %s)", Arrays.toString(allowed)).isEmpty();
	}
}
