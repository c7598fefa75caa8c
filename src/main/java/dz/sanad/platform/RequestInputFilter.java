package dz.sanad.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;

/**
 * Refuses, with a translated 400, any request parameter holding a NUL byte: PostgreSQL cannot store or compare it in
 * text, and refusing here, before any handler, means no query fails and no export starts and then breaks off.
 * JSON bodies get the same rule from {@link JsonInput}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestInputFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
			if (hasNul(p.getKey()) || java.util.Arrays.stream(p.getValue()).anyMatch(RequestInputFilter::hasNul)) {
				String name = printable(p.getKey());
				BadRequests.refuse(request, response, HttpStatus.BAD_REQUEST, name, "error.input.nul", name);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	static boolean hasNul(String s) {
		return s != null && s.indexOf('\0') >= 0;
	}

	private static String printable(String name) {
		String clean = name.replace('\0', '?');
		return clean.length() > 40 ? clean.substring(0, 40) : clean;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}
}
