package dz.sanad.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * While PostgreSQL is unreachable (restarted, failed over), every request gets a translated 503 with Retry-After,
 * not a 500 and a stack trace. It sits outside the session and security filters, which read the database first, and
 * writes its answer without touching the database (no layout, no session). Hikari reconnects by itself once the
 * database is back, and readiness (`/actuator/health/readiness`, which includes the database) turns UP again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final MessageSource messages;

	private final LocaleResolver locales;

	DatabaseUnavailableFilter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException e) {
			if (!isDatabaseDown(e)) {
				throw e;
			}
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
					rootMessage(e));
			if (!response.isCommitted()) {
				answer(request, response);
			}
		}
	}

	/** Whether the failure is the database being unreachable (as opposed to a query or a rule that failed). */
	static boolean isDatabaseDown(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLTransientConnectionException || t instanceof JDBCConnectionException
					|| t instanceof CannotCreateTransactionException
					|| t instanceof DataAccessResourceFailureException) {
				return true;
			}
			// SQLSTATE class 08: connection exception; 57P01..57P03: the server is shutting down or starting up
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
		}
		return false;
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = locale(request);
		String title = messages.getMessage("error.503.title", null, locale);
		String text = messages.getMessage("error.503.text", null, locale);
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "30");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType("application/json;charset=UTF-8");
			response.getWriter().write("{\"status\":503,\"error\":\"unavailable\",\"message\":\""
					+ text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
			return;
		}
		boolean rtl = Languages.isRightToLeft(locale);
		String css = request.getContextPath() + "/webjars/bootstrap/css/bootstrap" + (rtl ? ".rtl" : "") + ".min.css";
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write("""
				<!DOCTYPE html><html lang="%s" dir="%s"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>
				<link rel="stylesheet" href="%s"></head><body class="container py-5">
				<main><h1 class="h3">%s</h1><p>%s</p><a class="btn btn-primary" href="%s">%s</a></main></body></html>
				""".formatted(locale.getLanguage(), rtl ? "rtl" : "ltr", escape(title), css,
				escape(title), escape(text),
				escape(request.getRequestURI()), escape(
						messages.getMessage("error.503.retry", null, locale))));
	}

	/** The reader's language from the lang parameter or cookie, never from the (database-backed) session. */
	private Locale locale(HttpServletRequest request) {
		Locale asked = Languages.parse(request.getParameter("lang"));
		return asked != null ? asked : locales.resolveLocale(request);
	}

	private static String escape(String s) {
		return HtmlUtils.htmlEscape(s, StandardCharsets.UTF_8.name());
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getClass().getSimpleName() + ": " + t.getMessage();
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}
}
