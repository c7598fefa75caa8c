package dz.sanad.health;

import dz.sanad.platform.calendar.WorkingCalendar;
import dz.sanad.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser journey, in Arabic: the health officer finds the demo member's child, records a visit with
 * vitals and books an appointment; the member then sees the appointment on their page. Screenshots under
 * target/screenshots/health-*.png.
 */
class HealthBrowserJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void theOfficerRecordsAVisitAndBooksTheMemberSeesTheAppointment() {
		long meriem = jdbc.sql("select f.id from people_family_member f join people_member m on m.id = f.member_id "
				+ "where m.matricule = 'M-16-0001' and f.first_name_lat = 'Meriem'").query(Long.class).single();
		LocalDate day = LocalDate.now().plusWeeks(5);
		while (!calendar.isWorkingDay(day)) {
			day = day.plusDays(1);
		}

		login("health");
		page.navigate(url("/health?lang=ar&q=M-16-0001"));
		page.click("#people a[href='/health/records/family/" + meriem + "']");
		page.waitForURL(u -> u.endsWith("/health/records/family/" + meriem));
		page.selectOption("#type", "SCHOOL");
		page.fill("#weightKg", "38,5");
		page.fill("#heightCm", "146");
		page.fill("#diagnosis", "فحص مدرسي عادي");
		screenshot("health-1-visit-ar");
		page.click("#save-visit");
		assertThat(page.locator(".alert-success").textContent()).contains("تم تسجيل الزيارة");
		assertThat(page.locator("#visits").textContent()).contains("فحص مدرسي").contains("38.5");
		page.fill("#start", day + "T10:30");
		page.click("#book");
		assertThat(page.locator(".alert-success").textContent()).contains("تم حجز الموعد");
		assertThat(page.locator("#appointments").textContent()).contains("مبرمج");
		screenshot("health-2-booked-ar");
		context.clearCookies();

		login("member");
		page.navigate(url("/health/my?lang=ar"));
		String shown = String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
		assertThat(page.locator(".my-appointments").allTextContents()).anyMatch(t -> t.contains(shown) && t.contains("مبرمج"));
		assertThat(page.textContent("main")).contains("مريم");
		screenshot("health-3-member-sees-ar");
	}
}
