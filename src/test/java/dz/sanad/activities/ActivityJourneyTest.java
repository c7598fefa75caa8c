package dz.sanad.activities;

import com.microsoft.playwright.Locator;
import dz.sanad.support.BrowserTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The journey: a member registers a child to an activity, then the head takes attendance. */
class ActivityJourneyTest extends BrowserTest {

	@Test
	void aMemberRegistersAChildAndTheHeadTakesAttendance() {
		// the member finds the drawing workshop in the catalogue and registers their youngest son
		login("member");
		page.navigate(url("/activities/catalogue?lang=fr&q=dessin"));
		page.click("a.activity-link:has-text('Atelier de dessin')");
		assertThat(page.textContent("h1")).isEqualTo("Atelier de dessin");
		page.selectOption("#register-form select[name=familyMemberId]",
				new com.microsoft.playwright.options.SelectOption().setLabel(
						page.locator("#register-form option:has-text('Omar')").textContent()));
		screenshot("activity-register-fr");
		page.click("#register-form button[type=submit]");
		assertThat(page.textContent(".alert-success")).contains("Inscrit");
		assertThat(page.locator(".my-registration").first().textContent()).contains("Omar").contains("Confirmée");
		page.navigate(url("/activities/my?lang=ar"));
		assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
		assertThat(page.textContent("#my-registrations")).contains("عمر");
		screenshot("my-registrations-ar");

		// the head of the centre opens the activity and takes the attendance of the last session
		context.close();
		context = page.context().browser().newContext();
		page = context.newPage();
		login("head");
		page.navigate(url("/activities?lang=fr&q=dessin"));
		page.click("a:has-text('Atelier de dessin')");
		assertThat(page.textContent("#registrations")).contains("Omar");
		Locator sessions = page.locator("a.occurrence");
		String today = LocalDate.now().toString();
		Locator last = null;
		for (int i = 0; i < sessions.count(); i++) {
			if (sessions.nth(i).getAttribute("data-day").compareTo(today) <= 0) {
				last = sessions.nth(i);
			}
		}
		assertThat(last).isNotNull();
		last.click();
		assertThat(page.textContent("h1")).startsWith("Présences du");
		page.locator("tr:has-text('Omar') input[type=checkbox]").check();
		screenshot("attendance-fr");
		page.click("#save-attendance");
		assertThat(page.textContent(".alert-success")).contains("Présences enregistrées");
		assertThat(page.locator("a.occurrence.btn-success").count()).isGreaterThan(0);

		// the establishment dashboard draws its charts
		page.navigate(url("/activities/dashboard?lang=ar"));
		page.waitForFunction("() => document.querySelectorAll('canvas[data-chart]').length > 0 && "
				+ "Array.from(document.querySelectorAll('canvas[data-chart]')).every(c => c.chart)");
		assertThat(page.locator("#kpi-confirmed").textContent()).isNotBlank();
		screenshot("dashboard-ar");
	}
}
