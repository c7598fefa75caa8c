package dz.sanad.access;

import dz.sanad.platform.HttpRules;
import dz.sanad.platform.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Deny by default: every module declares its paths ({@link HttpRules}); anything not declared is refused. Two
 * chains share the rules: the API answers 401/403 in JSON, the pages redirect to the login form. A signed-in user
 * refused an address that no handler serves gets a translated 404 instead of the 403 ({@link KnownRoutes}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, upgradable in place: the hash carries its algorithm id
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	HttpRules publicRules() {
		return rules -> rules
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
					"/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/prometheus", "/actuator/info").hasRole("ADMIN")
			.requestMatchers("/api/docs", "/api/docs/**").hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/", "/api/me").authenticated();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, List<HttpRules> rules,
			ObjectProvider<HandlerMappingIntrospector> introspector, MessageSource messages,
			LocaleResolver localeResolver) throws Exception {
		KnownRoutes known = new KnownRoutes(introspector);
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> apply(auth, rules))
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> json(res, 401, "unauthenticated", null))
				.accessDeniedHandler((req, res, ex) -> {
					if (unknown(known, req, ex)) {
						json(res, 404, "not-found",
								messages.getMessage("error.404.text", null, locale(req, localeResolver)));
					}
					else {
						json(res, 403, "forbidden", null);
					}
				}))
			.headers(h -> headers(h));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, List<HttpRules> rules, AccountService accounts,
			LoginThrottle throttle, LocaleResolver localeResolver,
			ObjectProvider<HandlerMappingIntrospector> introspector) throws Exception {
		KnownRoutes known = new KnownRoutes(introspector);
		AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
		var success = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					org.springframework.security.core.Authentication authentication)
					throws IOException, jakarta.servlet.ServletException {
				String name = authentication.getName();
				accounts.loginSucceeded(name);
				// a language chosen on the login page wins for this session (the saved preference stays for the
				// next); otherwise the account's saved language; an account without one keeps the page's language
				String chosen = request.getParameter("lang");
				String preferred = accounts.localeOf(name);
				if (chosen != null && Languages.parse(chosen) != null) {
					localeResolver.setLocale(request, response, Languages.parse(chosen));
					if (preferred == null) {
						accounts.setLocale(name, Languages.parse(chosen).getLanguage());
					}
				}
				else if (preferred != null) {
					localeResolver.setLocale(request, response, Languages.parse(preferred));
				}
				else {
					accounts.setLocale(name, localeResolver.resolveLocale(request).getLanguage());
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		success.setDefaultTargetUrl("/");
		success.setAlwaysUseDefaultTargetUrl(false);
		AuthenticationFailureHandler failure = (request, response, exception) -> {
			String username = request.getParameter("username");
			if (username != null && !(exception instanceof LockedException)) {
				accounts.loginFailed(username.trim().toLowerCase(java.util.Locale.ROOT));
			}
			throttle.failed(request.getRemoteAddr(), username);
			// a locked real account and an unknown name answer alike: no enumeration
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
		http.authorizeHttpRequests(auth -> apply(auth, rules))
			.addFilterBefore((req, res, chain) -> {
				HttpServletRequest r = (HttpServletRequest) req;
				if ("POST".equals(r.getMethod()) && "/login".equals(r.getServletPath())) {
					if (throttle.addressBlocked(r.getRemoteAddr())) {
						((HttpServletResponse) res).sendRedirect(r.getContextPath() + "/login?error=throttled");
						return;
					}
					if (throttle.accountBlocked(r.getParameter("username"))) {
						((HttpServletResponse) res).sendRedirect(r.getContextPath() + "/login?error");
						return;
					}
				}
				chain.doFilter(req, res);
			}, org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
			.formLogin(form -> form.loginPage("/login").successHandler(success).failureHandler(failure).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
				.deleteCookies("SESSION", "JSESSIONID"))
			// the error page (templates/error/404.html) is rendered in the reader's language by the error dispatch
			.exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> {
				if (unknown(known, req, ex)) {
					res.sendError(HttpServletResponse.SC_NOT_FOUND);
				}
				else {
					forbidden.handle(req, res, ex);
				}
			}))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.headers(h -> headers(h));
		return http.build();
	}

	private static void headers(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
		h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(f -> f.deny())
			// written only on secure requests: behind a TLS proxy that is when forwarded headers say https
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
	}

	private static void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
			List<HttpRules> rules) {
		auth.dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll();
		rules.forEach(r -> r.configure(auth));
		auth.anyRequest().denyAll();
	}

	/**
	 * Signed-in callers reach this handler only (anonymous ones get the login form or a 401 whatever the path, so
	 * they learn nothing about which routes exist). A refused CSRF token stays a 403 wherever it was sent.
	 */
	private static boolean unknown(KnownRoutes known, HttpServletRequest req, AccessDeniedException ex) {
		return !(ex instanceof CsrfException) && !known.serves(req);
	}

	private static Locale locale(HttpServletRequest req, LocaleResolver localeResolver) {
		String lang = req.getParameter("lang");
		Locale asked = lang == null ? null : Languages.parse(lang);
		return asked != null ? asked : localeResolver.resolveLocale(req);
	}

	private static void json(HttpServletResponse res, int status, String error, String message) throws IOException {
		res.setStatus(status);
		res.setContentType(MediaType.APPLICATION_JSON_VALUE);
		res.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String body = "{\"status\":" + status + ",\"error\":\"" + error + "\"";
		if (message != null) {
			// our own bundle text: only quotes and backslashes need escaping
			body += ",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		}
		res.getWriter().write(body + "}");
	}
}
