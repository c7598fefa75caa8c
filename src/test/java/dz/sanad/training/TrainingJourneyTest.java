package dz.sanad.training;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dz.sanad.platform.Dates;
import dz.sanad.support.BrowserTest;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser journey on the demo data: a wilaya officer nominates a member to the open session, the
 * ministry accepts and runs the session, the trainer takes attendance on the phone page and enters the post-tests,
 * the ministry closes and generates the certificates, the member downloads theirs and its verification page says
 * it is valid.
 */
class TrainingJourneyTest extends BrowserTest {

	void logout() {
		context.clearCookies();
	}

	@Test
	void nominateAcceptAttendCloseCertifyVerify() {
		// the wilaya officer finds Karim Benali (M-16-0001) and nominates him
		login("wilaya16");
		page.navigate(url("/training/sessions?state=OPEN&lang=fr"));
		page.locator("table a[href^='/training/sessions/']").first().click();
		String sessionUrl = page.url().replaceAll("\\?.*", "");
		// htmx is loaded deferred: type only once the page has loaded, or the keystrokes go unheard
		page.waitForLoadState();
		page.fill("#member-search", "Benali");
		Locator karim = page.locator("#member-results li", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText("M-16-0001"));
		karim.locator("button").click();
		page.waitForURL(u -> u.startsWith(sessionUrl));
		assertThat(page.locator(".alert-success").textContent()).contains("désigné");
		screenshot("training-nominated-fr");
		logout();

		// the ministry accepts, confirms and starts the session
		login("ministry");
		page.navigate(sessionUrl + "?lang=fr");
		Locator row = page.locator("#nominations tr", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText("M-16-0001"));
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accepter")).click();
		page.waitForURL(u -> u.startsWith(sessionUrl));
		assertThat(page.locator("#nominations tr", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText("M-16-0001")).textContent()).contains("Acceptée");
		// the session is started on its first day and closed after its last: here it is one that already took
		// place, so its dates are moved three weeks back (a room and trainers free then)
		LocalDate start = Dates.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusWeeks(3);
		page.locator("details:has(#startDate) summary").click();
		page.fill("#startDate", start.toString());
		page.fill("#endDate", start.plusDays(4).toString());
		page.locator("form:has(#startDate) button[type=submit]").click();
		page.waitForURL(u -> u.startsWith(sessionUrl));
		// every state change asks first
		String[] asked = { null };
		page.onDialog(d -> {
			asked[0] = d.message();
			d.accept();
		});
		page.click("#move-CONFIRM");
		assertThat(asked[0]).startsWith("Confirmer cette session ?");
		page.click("#move-START");
		assertThat(page.textContent("#session-state")).isEqualTo("En cours");
		logout();

		// the trainer takes attendance day by day (nothing is recorded until chosen) and enters the post-tests
		login("trainer");
		page.setViewportSize(390, 844); // a phone
		page.navigate(sessionUrl + "/attendance?lang=ar");
		int days = page.locator("#day option").count();
		for (int i = 0; i < days; i++) {
			page.selectOption("#day", page.locator("#day option").nth(i).getAttribute("value"));
			page.locator("form[method=get] button").click();
			var selects = page.locator("#attendance-form select");
			if (i == 0) { // an absence is saved, and the reloaded page shows it (not "present")
				selects.first().selectOption("ABSENT");
				page.waitForNavigation(() -> page.locator("#attendance-form button[type=submit]").click());
				page.navigate(page.url()); // a fresh GET: what the page shows comes from the database
				assertThat(selects.first().inputValue()).isEqualTo("ABSENT");
			}
			for (int j = 0; j < selects.count(); j++) { // nothing is recorded until chosen
				selects.nth(j).selectOption("PRESENT");
			}
			page.locator("#attendance-form button[type=submit]").click();
			assertThat(page.locator(".alert-success").textContent()).contains("تم تسجيل الحضور");
		}
		screenshot("training-attendance-phone-ar");
		page.setViewportSize(1280, 900);
		page.navigate(sessionUrl + "/assessments?lang=fr");
		int modules = page.locator("#moduleId option").count();
		for (int i = 0; i < modules; i++) {
			page.selectOption("#moduleId", page.locator("#moduleId option").nth(i).getAttribute("value"));
			page.locator("form[method=get] button").click();
			Locator posts = page.locator("#scores-form input[name$='.post']");
			for (int j = 0; j < posts.count(); j++) {
				posts.nth(j).fill("15");
			}
			page.locator("#scores-form button[type=submit]").click();
			assertThat(page.locator(".alert-success").textContent()).contains("Notes enregistrées");
		}
		logout();

		// the ministry closes and generates the session's certificates in the background
		login("ministry");
		page.navigate(sessionUrl + "?lang=fr");
		page.click("#move-CLOSE");
		assertThat(page.textContent("#session-state")).isEqualTo("Clôturée");
		page.click("#generate-certificates");
		page.waitForSelector("#zip-link", new com.microsoft.playwright.Page.WaitForSelectorOptions().setTimeout(60_000));
		screenshot("training-certificates-fr");
		logout();

		// the member downloads their certificate and opens its verification page
		login("member");
		page.navigate(url("/training/my?lang=fr"));
		Locator certificate = page.locator("a[href^='/training/certificates/']").first();
		APIResponse pdf = context.request().get(url(certificate.getAttribute("href")));
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
		assertThat(pdf.body().length).isGreaterThan(5000);
		logout();
		login("ministry");
		page.navigate(url("/training/certificates?q=&lang=ar"));
		String verify = page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("كريم"))
			.locator("a[href^='/verify/']").first().getAttribute("href");
		logout();
		page.navigate(url(verify + "?lang=ar"));
		assertThat(page.textContent("#verify-status")).contains("شهادة صالحة");
		assertThat(page.textContent("main")).contains("كريم بن علي").doesNotContain("M-16-0001");
		screenshot("training-verify-ar");
	}
}
