package dz.sanad.people;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dz.sanad.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people journey in a browser, on the demo data: the Algiers wilaya officer finds Karim Benali by his Arabic
 * name typed another way (diacritics, alef maqsura for yeh, no space in «بنعلي») and opens his record; Karim, as the
 * member account, asks to correct his phone number; the officer accepts, and Karim's record shows the new number.
 */
class PeopleJourneyTest extends BrowserTest {

	static final String NEW_PHONE = "+213661234567";

	@Test
	void searchOpenAskForACorrectionAndAcceptIt() {
		// the wilaya officer searches in Arabic, spelt differently from the record (كريم بن علي)
		login("wilaya16");
		page.navigate(url("/people/members?lang=ar"));
		page.fill("#q", "كَريم بنعلى");
		page.locator("form[role=search] button[type=submit]").click();
		page.waitForURL(u -> u.contains("q="));
		Locator karim = page.locator("tbody tr", new Page.LocatorOptions().setHasText("M-16-0001"));
		assertThat(karim.textContent()).contains("كريم بن علي");
		screenshot("people-search-ar");
		// the matricule is an isolated left-to-right value that stays inside its own cell in Arabic
		Locator cell = karim.locator("td", new Locator.LocatorOptions().setHasText("M-16-0001")).first();
		var cellBox = cell.boundingBox();
		var valueBox = cell.locator("bdi.ltr").first().boundingBox();
		assertThat(valueBox.x).isGreaterThanOrEqualTo(cellBox.x - 0.5);
		assertThat(valueBox.x + valueBox.width).isLessThanOrEqualTo(cellBox.x + cellBox.width + 0.5);
		assertThat(valueBox.height).isLessThan(cellBox.height + 0.5);
		karim.locator("a").first().click();
		page.waitForURL(u -> u.matches(".*/people/members/\\d+.*"));
		assertThat(page.textContent("main")).contains("M-16-0001").contains("كريم");
		screenshot("people-member-ar");
		context.clearCookies();

		// the member asks to correct his phone number
		login("member");
		page.navigate(url("/people/me?lang=fr"));
		page.selectOption("#r-field", "PHONE");
		page.fill("#r-value", NEW_PHONE);
		page.fill("#r-comment", "nouveau numéro");
		page.locator("form[action$='/people/me/corrections'] button[type=submit]").click();
		assertThat(page.locator(".alert-success").textContent()).contains("transmise");
		screenshot("people-correction-asked-fr");
		context.clearCookies();

		// the officer accepts it
		login("wilaya16");
		page.navigate(url("/people/corrections?status=PENDING&lang=fr"));
		Locator request = page.locator("tbody tr", new Page.LocatorOptions().setHasText(NEW_PHONE));
		assertThat(request.textContent()).contains("M-16-0001");
		request.locator("form[action$='/accept'] button").click();
		assertThat(page.locator(".alert-success").textContent()).contains("Rectification acceptée");
		screenshot("people-correction-accepted-fr");
		context.clearCookies();

		// the member's record now has it
		login("member");
		page.navigate(url("/people/me?lang=fr"));
		assertThat(page.textContent("main")).contains(NEW_PHONE);
		Locator answered = page.locator("#corrections ~ * tr", new Page.LocatorOptions().setHasText(NEW_PHONE));
		assertThat(answered.first().textContent()).contains("Acceptée");
	}
}
