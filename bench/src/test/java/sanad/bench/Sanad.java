package sanad.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/** Shared pieces of the simulations: the target, the run length, and logging in through the real form. */
public final class Sanad {

	public static final String BASE_URL = System.getProperty("base.url", "http://localhost:8080");

	public static final int USERS = Integer.getInteger("users", 20);

	public static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("duration", 60));

	public static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("ramp", 10));

	public static final String PASSWORD = System.getProperty("password", "sanad-demo-2026");

	private Sanad() {
	}

	public static HttpProtocolBuilder protocol() {
		return http.baseUrl(BASE_URL).acceptHeader("text/html,application/json").acceptLanguageHeader("ar")
			.disableFollowRedirect();
	}

	/**
	 * GET /login for the CSRF token, then POST the form; expects the redirect to the home page. Both requests are
	 * silent: a login happens once per user (its deliberately slow password hash is not what the scenarios measure),
	 * and a failed login still shows up as errors on every page that follows.
	 */
	public static ChainBuilder login(String usernameExpression) {
		return exec(http("login page").get("/login").silent().check(status().is(200),
				css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("login").post("/login").formParam("username", usernameExpression)
				.formParam("password", PASSWORD).formParam("_csrf", "#{csrf}").silent()
				.check(status().is(302), header("Location").not(BASE_URL + "/login?error")));
	}
}
