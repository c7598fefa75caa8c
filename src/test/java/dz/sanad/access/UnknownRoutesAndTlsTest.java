package dz.sanad.access;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP (the error pages are rendered by the servlet container's error dispatch, which MockMvc skips):
 * signed-in users get a translated 404 for an address the application does not serve and still a 403 for a route
 * their role may not use; behind a TLS proxy ({@code X-Forwarded-Proto: https}, with forwarded headers on as the
 * README says: Tomcat trusts them from a local proxy) the session cookie is Secure and HSTS is sent, and neither without it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
class UnknownRoutesAndTlsTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Test
	void signedInUsersGetATranslated404ForUnknownPagesAndStillA403ForKnownOnes() throws Exception {
		String session = login("member", false).session();

		HttpResponse<String> ar = get("/no-such-page?lang=ar", session);
		assertThat(ar.statusCode()).isEqualTo(404);
		assertThat(ar.body()).contains("الصفحة غير موجودة").doesNotContain("??").doesNotContain("Not Found");
		HttpResponse<String> fr = get("/admin/no-such-thing/42?lang=fr", session);
		assertThat(fr.statusCode()).isEqualTo(404);
		assertThat(fr.body()).contains("Page introuvable").doesNotContain("Accès refusé");

		HttpResponse<String> refused = get("/admin/accounts?lang=fr", session);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Accès refusé");
		assertThat(get("/audit?lang=ar", session).statusCode()).isEqualTo(403);

		HttpResponse<String> api = get("/api/no-such-api?lang=fr", session);
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.body()).contains("\"error\":\"not-found\"").contains("Nous n'avons pas trouvé");
		HttpResponse<String> apiAr = get("/api/no-such-api?lang=ar", session);
		assertThat(apiAr.body()).contains("لم نجد ما تبحث عنه");
		assertThat(get("/api/audit", session).statusCode()).isEqualTo(403);
		// a static file that exists is known; one that does not is not
		assertThat(get("/css/sanad.css", session).statusCode()).isEqualTo(200);
		assertThat(get("/css-missing/x.css", session).statusCode()).isEqualTo(404);
	}

	@Test
	void anonymousVisitorsLearnNothingAboutWhichRoutesExist() throws Exception {
		HttpResponse<String> unknown = get("/no-such-page", null);
		HttpResponse<String> known = get("/admin/accounts", null);
		assertThat(unknown.statusCode()).isEqualTo(302);
		assertThat(known.statusCode()).isEqualTo(302);
		assertThat(unknown.headers().firstValue("Location")).isEqualTo(known.headers().firstValue("Location"));
		assertThat(get("/api/no-such-api", null).statusCode()).isEqualTo(401);
		assertThat(get("/api/audit", null).statusCode()).isEqualTo(401);
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
		Login tls = login("wilaya16", true);
		assertThat(tls.setCookie()).startsWith("SESSION=").containsIgnoringCase("; Secure");
		assertThat(tls.response().headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(v -> assertThat(v).contains("max-age="));
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/")).header("Cookie", "SESSION=" + tls.session())
			.header("X-Forwarded-Proto", "https").GET());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();

		Login plain = login("wilaya16", false);
		assertThat(plain.setCookie()).startsWith("SESSION=").doesNotContainIgnoringCase("secure");
		assertThat(plain.response().headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(get("/", plain.session()).headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	record Login(HttpResponse<String> response, String setCookie, String session) {
	}

	private Login login(String username, boolean tls) throws IOException, InterruptedException {
		HttpRequest.Builder form = HttpRequest.newBuilder(uri("/login")).GET();
		if (tls) {
			form.header("X-Forwarded-Proto", "https");
		}
		HttpResponse<String> page = send(form);
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
		String first = sessionOf(page).orElseThrow();
		String body = "username=" + username + "&password=" + URLEncoder.encode("sanad-demo-2026", StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpRequest.Builder post = HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "SESSION=" + first)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (tls) {
			post.header("X-Forwarded-Proto", "https");
		}
		HttpResponse<String> done = send(post);
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		String cookie = setCookies(done).stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
		return new Login(done, cookie, cookie.substring("SESSION=".length(), cookie.indexOf(';')));
	}

	private HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/json").GET();
		if (session != null) {
			b.header("Cookie", "SESSION=" + session);
		}
		return send(b);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static List<String> setCookies(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie");
	}

	private static Optional<String> sessionOf(HttpResponse<?> response) {
		return setCookies(response).stream().filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring("SESSION=".length(), c.indexOf(';'))).findFirst();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
