package dz.sanad.health.vaccination;

import com.microsoft.playwright.APIResponse;
import dz.sanad.platform.Dates;
import dz.sanad.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Arabic: the centre's health officer records Iyad's first hexavalent dose, the due list loses that dose at once,
 * then his father sees the next due doses and prints the booklet.
 */
class VaccinationBrowserJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void officerRecordsDoseListUpdatesParentSeesNextDoseAndPrintsBooklet() {
		long iyad = jdbc.sql("select id from people_family_member where first_name_lat = 'Iyad' order by id desc limit 1")
			.query(Long.class).single();
		login("health");
		page.navigate(url("/health/vaccination?status=DUE&lang=ar"));
		assertThat(page.textContent("h1")).contains("الجرعات المستحقة");
		String iyadLink = "#due-list a[href='/health/vaccination/children/" + iyad + "']";
		int before = page.locator(iyadLink).count();
		assertThat(before).isPositive();
		String countBefore = page.textContent("#count-DUE .badge").trim();
		screenshot("vaccination-1-due-ar");

		page.locator(iyadLink).first().click();
		page.waitForURL(u -> u.endsWith("/health/vaccination/children/" + iyad));
		assertThat(page.textContent("#dose-HEXA-1")).contains("مستحقة");
		page.selectOption("#dose", "HEXA-1");
		page.selectOption("#outcome", "GIVEN");
		String today = Dates.today().toString();
		page.fill("#givenOn", today);
		page.fill("#lot", "HX-2026-118");
		page.fill("#lotExpiry", Dates.today().plusMonths(8).toString());
		page.selectOption("#site", "LEFT_THIGH");
		page.selectOption("#route", "INTRAMUSCULAR");
		page.fill("#givenBy", "د. سعاد مرابط");
		screenshot("vaccination-2-record-ar");
		page.click("#record-dose");
		page.waitForURL(u -> u.endsWith("/health/vaccination/children/" + iyad));
		assertThat(page.locator("#page-success").textContent()).contains("سُجلت الجرعة");
		assertThat(page.textContent("#dose-HEXA-1")).contains("أعطيت");
		assertThat(page.textContent("#history")).contains("HX-2026-118");

		page.navigate(url("/health/vaccination?status=DUE&lang=ar"));
		assertThat(page.locator(iyadLink).count()).isEqualTo(before - 1);
		assertThat(Long.parseLong(page.textContent("#count-DUE .badge").trim().replace(",", "").replace(" ", "")))
			.isEqualTo(Long.parseLong(countBefore.replace(",", "").replace(" ", "")) - 1);
		screenshot("vaccination-3-due-updated-ar");
		context.clearCookies();

		login("member");
		page.navigate(url("/health/vaccination/my?lang=ar"));
		String card = "#child-" + iyad;
		assertThat(page.textContent(card + " .next-due")).contains("الموعد القادم");
		assertThat(page.textContent(card + " .next-due")).contains("لقاح شلل الأطفال الفموي")
			.doesNotContain("اللقاح السداسي");
		screenshot("vaccination-4-member-next-ar");
		String href = page.getAttribute(card + " a.booklet-ar", "href");
		APIResponse pdf = context.request().get(url(href));
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
		assertThat(new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
	}
}
