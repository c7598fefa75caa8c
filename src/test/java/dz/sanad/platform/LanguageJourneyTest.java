package dz.sanad.platform;

import dz.sanad.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The foundation's journey: Arabic login page, log in, switch to French and back, the choice sticks. */
class LanguageJourneyTest extends BrowserTest {

	@Test
	void logsInInArabicSwitchesToFrenchAndTheChoiceSticks() {
		page.navigate(url("/login"));
		assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
		assertThat(page.getAttribute("html", "lang")).isEqualTo("ar");
		assertThat(page.textContent("h1")).contains("تسجيل الدخول");
		screenshot("login-ar");

		login("admin");
		assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
		assertThat(page.locator(".badge").first().textContent()).isEqualTo("تجريبي");
		screenshot("home-ar");

		page.click("#lang-fr");
		page.waitForURL(u -> u.contains("lang=fr"));
		assertThat(page.getAttribute("html", "dir")).isEqualTo("ltr");
		assertThat(page.getAttribute("html", "lang")).isEqualTo("fr");
		page.navigate(url("/organisation/units"));
		assertThat(page.getAttribute("html", "dir")).isEqualTo("ltr");
		assertThat(page.textContent("h1")).isEqualTo("Unités et établissements");
		screenshot("units-fr");

		// the preference is saved on the account: a new browser (no cookie) logging in gets French
		context.close();
		context = page.context().browser().newContext();
		page = context.newPage();
		login("admin");
		assertThat(page.getAttribute("html", "lang")).isEqualTo("fr");

		page.click("#lang-ar");
		page.waitForURL(u -> u.contains("lang=ar"));
		assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
	}

	@Test
	void errorPagesAreTranslatedWithAReferenceAndNoStackTrace() {
		login("admin");
		var response = page.navigate(url("/organisation/units/987654?lang=fr"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.textContent("h1")).isEqualTo("Page introuvable");
		assertThat(page.textContent("main")).contains("Référence de l'erreur").doesNotContain("Exception");
		// a page that exists but is not the administrator's: refused; one that does not exist: not found
		response = page.navigate(url("/admin/nothing-here?lang=ar"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.content()).doesNotContain("??");
		response = page.navigate(url("/audit?lang=ar"));
		assertThat(response.status()).isEqualTo(403);
		assertThat(page.textContent("h1")).isEqualTo("الدخول مرفوض");
		screenshot("error-403-ar");
	}

	@Test
	void wrongPasswordShowsATranslatedMessage() {
		page.navigate(url("/login?lang=fr"));
		page.fill("#username", "dgsn");
		page.fill("#password", "not-the-password");
		page.click("button[type=submit]");
		assertThat(page.textContent(".alert-danger")).contains("incorrect");
		assertThat(page.getAttribute("html", "dir")).isEqualTo("ltr");
	}
}
