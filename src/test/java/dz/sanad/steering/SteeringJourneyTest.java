package dz.sanad.steering;

import dz.sanad.support.BrowserTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey, in Arabic: a co-chair plans and opens a meeting, records a decision and an action, both
 * co-chairs approve the minutes (then frozen); the next meeting's agenda carries the open action; the monthly
 * report is issued and its Arabic PDF rendered as an image (target/screenshots/steering-report-ar.png).
 */
class SteeringJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void meetingDecisionActionMinutesCarriedActionAndMonthlyReport() throws Exception {
		login("cochair.dgsn");
		page.navigate(url("/steering/meetings?lang=ar"));
		page.selectOption("#kind", "ORDINARY");
		page.fill("#at", "2027-05-12T10:00");
		page.fill("#place", "بئر خادم");
		page.click("#plan-meeting button[type=submit]");
		page.waitForURL(u -> u.matches(".*/steering/meetings/\\d+$"));
		String meeting = page.url();
		// the demo meeting's open action is already on the agenda
		assertThat(page.locator(".agenda-item .carried").count()).isPositive();
		page.fill("#add-item input[name=title]", "حصيلة التكوين");
		page.click("#add-item button[type=submit]");
		page.click("#convene");
		page.click("#open");
		assertThat(page.locator("#meeting-status").textContent()).contains("منعقد");
		var item = page.locator(".agenda-item").last();
		item.locator("select[name=kind]").selectOption("DECISION");
		item.locator("input[name=text]").fill("فتح دورة تكوينية بوهران");
		item.locator("button[type=submit]").click();
		item = page.locator(".agenda-item").last();
		item.locator("select[name=kind]").selectOption("ACTION");
		item.locator("input[name=text]").fill("إعداد رزنامة الدورة");
		item.locator("select[name=owner]").selectOption("cochair.ministry");
		item.locator("input[name=dueOn]").fill("2027-06-01");
		item.locator("button[type=submit]").click();
		assertThat(page.locator(".agenda-item").last().textContent()).contains("فتح دورة تكوينية بوهران")
			.contains("إعداد رزنامة الدورة").contains("/2027");
		page.fill("#minutes-form textarea", "انعقدت الجلسة بحضور الرئيسين المشاركين.");
		page.click("#minutes-form button[type=submit]");
		page.click("#close");
		page.click("#approve-minutes");
		screenshot("steering-1-meeting-ar");
		context.clearCookies();

		login("cochair.ministry");
		page.navigate(meeting + "?lang=ar");
		page.click("#approve-minutes");
		assertThat(page.locator("#frozen").isVisible()).isTrue();
		assertThat(page.locator("#minutes-form").count()).isZero();
		screenshot("steering-2-frozen-ar");

		// the next meeting carries the action still open
		page.navigate(url("/steering/meetings?lang=ar"));
		page.fill("#at", "2027-06-20T10:00");
		page.fill("#place", "الجزائر");
		page.click("#plan-meeting button[type=submit]");
		page.waitForURL(u -> u.matches(".*/steering/meetings/\\d+$") && !u.equals(meeting));
		assertThat(page.locator(".agenda-item[data-carried=true]").allTextContents())
			.anySatisfy(t -> assertThat(t).contains("إعداد رزنامة الدورة"));
		screenshot("steering-3-carried-ar");

		// the monthly report, issued by the secretariat, read in Arabic as an image
		LocalDate today = LocalDate.now();
		page.navigate(url("/steering/reports?lang=ar"));
		page.fill("#year", String.valueOf(today.getYear()));
		page.fill("#month", String.valueOf(today.getMonthValue()));
		page.fill("#narrativeAr", "تقدم التكوين وفق البرنامج، مع تأخر في النشاطات.");
		page.fill("#narrativeFr", "La formation avance selon le programme ; les activités sont en retard.");
		page.click("#issue");
		assertThat(page.locator(".alert-success").textContent()).contains("صدر التقرير");
		screenshot("steering-4-reports-ar");
		byte[] pdf = page.request().get(page.locator("a.report-ar").first().getAttribute("href").startsWith("http")
				? page.locator("a.report-ar").first().getAttribute("href")
				: url(page.locator("a.report-ar").first().getAttribute("href"))).body();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains(String.valueOf(today.getYear())).doesNotContain("??");
			Files.createDirectories(Path.of("target/screenshots"));
			ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 90), "png",
					Path.of("target/screenshots/steering-report-ar.png").toFile());
		}
		assertThat(Files.size(Path.of("target/screenshots/steering-report-ar.png"))).isGreaterThan(10_000);
	}
}
