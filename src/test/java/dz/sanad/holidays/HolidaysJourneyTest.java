package dz.sanad.holidays;

import dz.sanad.organisation.Organisation;
import dz.sanad.people.People;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** In a real browser: a member reads why; the directorate runs a draw and watches the progress bar. */
class HolidaysJourneyTest extends BrowserTest {

	@Autowired
	HolidayApplications holidayApplications;

	@Autowired
	HolidayOffers holidayOffers;

	@Autowired
	HolidaySeasons holidaySeasons;

	@Autowired
	People people;

	@Autowired
	Organisation organisation;

	@Autowired
	UserDetailsService users;

	@Test
	void aMemberSeesItsOutcomeAndWhy() {
		login("member");
		page.navigate(url("/holidays/applications?lang=ar"));
		assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
		Long drawn = holidayApplications.mine((SanadUser) users.loadUserByUsername("member")).stream()
			.filter(a -> a.getExplanation() != null).findFirst().orElseThrow().getId();
		page.click("table a[href='/holidays/applications/" + drawn + "']");
		page.waitForURL(u -> u.contains("/holidays/applications/" + drawn));
		assertThat(page.textContent("#why-h")).isEqualTo("سبب هذه النتيجة");
		assertThat(page.locator("main li").allTextContents()).anyMatch(t -> t.startsWith("الترتيب"));
		screenshot("holidays-application-ar");
		page.navigate(page.url().replaceAll("\\?.*", "") + "?lang=fr");
		assertThat(page.locator("main li").allTextContents()).anyMatch(t -> t.startsWith("Rang "));
	}

	@Test
	void theDirectorateRunsTheDrawInTheBackgroundAndReadsTheReport() {
		SanadUser dgsn = (SanadUser) users.loadUserByUsername("dgsn");
		Fixture f = Fixture.open(holidaySeasons, holidayOffers, organisation.findByCode("CV-18-1").orElseThrow().getId(), 3, 2);
		f.applyMany(holidayApplications, people, dgsn, 8, null);
		holidaySeasons.closeSeason(f.season.getId());

		login("dgsn");
		page.navigate(url("/holidays/seasons/" + f.season.getId() + "?lang=fr"));
		page.onDialog(d -> d.accept());
		page.click("text=Lancer l’attribution");
		page.waitForSelector("#run .progress-bar.bg-success");
		assertThat(page.textContent("#run .progress-bar")).isEqualTo("100%");
		assertThat(page.textContent("#run")).contains("8 candidats : 5 placés, 3 en liste d’attente");
		screenshot("holidays-run-fr");

		page.navigate(url("/holidays/seasons/" + f.season.getId() + "/report?lang=ar"));
		page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('chart-wilaya'))");
		assertThat(page.textContent("h1")).isEqualTo("حصيلة الموسم");
		screenshot("holidays-report-ar");
	}
}
