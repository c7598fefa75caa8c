package dz.sanad.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the browser journeys: the whole app on a random port (embedded PostgreSQL, demo data) driven by
 * Playwright in Debian's Chromium ({@code /usr/bin/chromium}, or {@code SANAD_CHROMIUM}). Where no Chromium exists
 * the journeys are skipped with a message, unless {@code -Dsanad.browser.required=true} (what .ci/run sets), which
 * turns the absence into a failure. Each test gets a fresh browser context (cookies), {@link #page}.
 * <p>
 * Usage: {@code class MyJourneyTest extends BrowserTest { @Test void x() { login("member"); page.navigate(url("/x")); ... } }}
 * and {@link #screenshot(String)} saves {@code target/screenshots/<name>.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

	public static final String PASSWORD = "sanad-demo-2026";

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		String exe = System.getenv().getOrDefault("SANAD_CHROMIUM", "/usr/bin/chromium");
		boolean required = Boolean.parseBoolean(System.getProperty("sanad.browser.required", "false"));
		if (!Files.isExecutable(Path.of(exe))) {
			if (required) {
				throw new IllegalStateException("Browser tests are required but no Chromium at " + exe
						+ " (apt-get install chromium)");
			}
			Assumptions.abort("Browser journeys skipped: no Chromium at " + exe
					+ " (apt-get install chromium, or set SANAD_CHROMIUM)");
		}
		if (browser == null) {
			playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(exe))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-dev-shm-usage")));
		}
	}

	@AfterAll
	static void closeBrowser() {
		// one browser for the whole JVM: closed by the shutdown hook below
	}

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (browser != null) {
				browser.close();
			}
			if (playwright != null) {
				playwright.close();
			}
		}));
	}

	@BeforeEach
	void openContext() {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("ar-DZ"));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
		rawKeys.clear();
	}

	/** Pages that showed a raw message key (checked at every screenshot and on the last page of each test). */
	private final List<String> rawKeys = new ArrayList<>();

	@AfterEach
	void closeContext() {
		try {
			if (page != null && !page.isClosed()) {
				checkTranslated();
			}
			assertThat(rawKeys).as("pages showing an untranslated key (??)").isEmpty();
		}
		finally {
			if (context != null) {
				context.close();
			}
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Logs in through the real login form as a demo account. */
	protected void login(String username) {
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", PASSWORD);
		page.click("button[type=submit]");
		page.waitForURL(u -> !u.contains("/login"));
		checkTranslated();
	}

	/** Records the current page if it shows a message key Thymeleaf could not resolve ("??key_locale??"). */
	private void checkTranslated() {
		try {
			if (page.content().contains("??")) {
				rawKeys.add(page.url());
			}
		}
		catch (RuntimeException e) {
			// a page in the middle of a navigation: the next check sees it
		}
	}

	protected void screenshot(String name) {
		checkTranslated();
		try {
			Files.createDirectories(Path.of("target/screenshots"));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png"))
			.setFullPage(true));
	}
}
