package dz.sanad.welfare;

import dz.sanad.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser journey, in Arabic: the member submits a concern with a PDF, the officer answers and asks for
 * a document (the clock shows paused), the member adds it, the officer decides and closes, the member rates.
 * Screenshots under target/screenshots/welfare-*.png.
 */
class WelfareBrowserJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	void logout() {
		context.clearCookies();
	}

	@Test
	void submitAnswerRequestAddDecideRate() throws Exception {
		Path pdf = Files.createTempFile("lease", ".pdf");
		Files.write(pdf, WelfareJourneyTest.PDF);
		Path png = Files.createTempFile("certificate", ".png");
		Files.write(png, WelfareJourneyTest.PNG);

		login("member");
		page.navigate(url("/welfare/my/new?lang=ar"));
		page.selectOption("#categoryCode", "HOUSING.SOCIAL");
		page.fill("#subject", "طلب سكن — رحلة المتصفح");
		page.fill("#description", "نسكن خمسة أفراد في غرفة واحدة منذ سنتين.");
		page.fill("#outcomeAsked", "الاستفادة من سكن اجتماعي");
		page.setInputFiles("#file", pdf);
		screenshot("welfare-1-new-ar");
		page.click("form[action='/welfare/my'] button[type=submit]");
		page.waitForURL(u -> u.matches(".*/welfare/my/\\d+$"));
		long id = Long.parseLong(page.url().replaceAll(".*/", ""));
		assertThat(page.locator(".alert-success").textContent()).contains("تم إيداع انشغالك");
		assertThat(page.locator("#files").textContent()).contains(".pdf");
		screenshot("welfare-2-submitted-ar");
		String officer = jdbc.sql("select assigned_to from welfare_concern where id = ?").param(id)
			.query(String.class).single();
		logout();

		login(officer);
		page.navigate(url("/welfare/concerns/" + id + "?lang=ar"));
		page.fill("#answer", "وصلنا طلبكم، الملف قيد الدراسة.");
		page.click("#actions form[action$='/answer'] button.btn-primary");
		assertThat(page.locator(".alert-success").textContent()).contains("تم إرسال الرد");
		page.fill("#answer", "يرجى إرفاق شهادة الإقامة.");
		page.click("#actions form[action$='/answer'] button.btn-outline-warning");
		assertThat(page.textContent("#state")).isEqualTo("في انتظار المنتسب");
		assertThat(page.locator("#clocks tr[data-clock=RESOLUTION]").getAttribute("data-paused")).isEqualTo("true");
		assertThat(page.locator("#clocks tr[data-clock=RESOLUTION]").textContent()).contains("موقوف");
		screenshot("welfare-3-officer-paused-ar");
		logout();

		login("member");
		page.navigate(url("/welfare/my/" + id + "?lang=ar"));
		assertThat(page.locator("#waiting").isVisible()).isTrue();
		assertThat(page.locator("#thread").textContent()).contains("شهادة الإقامة");
		page.setInputFiles("#doc-file", png);
		page.click("form[action$='/documents'] button[type=submit]");
		assertThat(page.locator(".alert-success").textContent()).contains("تمت إضافة الوثيقة");
		assertThat(page.textContent("#state")).isEqualTo("قيد المعالجة");
		screenshot("welfare-4-document-added-ar");
		logout();

		login(officer);
		page.navigate(url("/welfare/concerns/" + id + "?lang=ar"));
		assertThat(page.locator("#clocks tr[data-clock=RESOLUTION]").getAttribute("data-paused")).isEqualTo("false");
		page.selectOption("#outcome", "GRANTED");
		page.fill("#grounds", "الملف مستوفٍ للشروط.");
		page.fill("#authority", "لجنة السكن الولائية");
		page.click("#decide button[type=submit]");
		assertThat(page.textContent("#state")).isEqualTo("تم البت فيه");
		page.click("#actions form[action$='/close'] button");
		assertThat(page.textContent("#state")).isEqualTo("مغلق");
		screenshot("welfare-5-decided-closed-ar");
		logout();

		login("member");
		page.navigate(url("/welfare/my/" + id + "?lang=ar"));
		assertThat(page.locator("#decision").textContent()).contains("مقبول");
		page.selectOption("#rating", "5");
		page.click("#rate button[type=submit]");
		assertThat(page.textContent("#rated")).contains("5/5");
		screenshot("welfare-6-rated-ar");
		logout();

		// the committee sees the figures only, drawn by Chart.js
		login("committee");
		page.navigate(url("/welfare/stats?lang=ar"));
		page.waitForFunction("() => document.querySelector('canvas[data-chart]') && document.querySelector('canvas[data-chart]').chart");
		assertThat(page.locator("#by-category").textContent()).contains("السكن");
		screenshot("welfare-7-statistics-ar");
		logout();

		// a listening day on a tablet: capture a petition on the spot
		login("wilaya16");
		page.setViewportSize(820, 1180);
		page.navigate(url("/welfare/listening?lang=ar"));
		page.fill("#heldOn", "2026-11-29");
		page.fill("#place", "دار الشباب، باب الوادي");
		page.click("form[action='/welfare/listening'] button[type=submit]");
		page.waitForURL(u -> u.matches(".*/welfare/listening/\\d+$"));
		page.fill("#matricule", "M-16-0001");
		page.selectOption("#categoryCode", "HOLIDAYS");
		page.fill("#subject", "مخيم صيفي لأطفال الشهداء");
		page.fill("#description", "أطلب أولوية لأطفالي في المخيم الصيفي.");
		page.click("#capture button[type=submit]");
		assertThat(page.textContent("#captured")).contains("PRE-");
		assertThat(page.locator("#petitions").textContent()).contains("مخيم صيفي لأطفال الشهداء");
		screenshot("welfare-8-listening-day-tablet-ar");
	}
}
