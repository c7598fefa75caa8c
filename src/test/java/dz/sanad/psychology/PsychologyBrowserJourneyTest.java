package dz.sanad.psychology;

import dz.sanad.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser journey, in Arabic and in French: the member asks for a confidential follow-up, the lead
 * assigns it, the psychologist books an appointment, writes a note and records a PHQ-9 with item 9 above 0 (the
 * crisis guidance shows and the alert is raised), and the member's "who looked" page shows the psychologist's read.
 * Screenshots under target/screenshots/psychology-*.png.
 */
class PsychologyBrowserJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	String t(String key, String lang) {
		return messages.getMessage(key, null, Locale.forLanguageTag(lang));
	}

	@Test
	void inArabic() {
		journey("ar", 21);
	}

	@Test
	void inFrench() {
		journey("fr", 22);
	}

	void journey(String lang, int daysAhead) {
		login("member");
		page.navigate(url("/psychology/my/new?lang=" + lang));
		page.fill("#message", "ar".equals(lang) ? "أشعر بتعب في الفترة الأخيرة." : "Je me sens fatigué ces temps-ci.");
		screenshot("psychology-1-ask-" + lang);
		page.click("#self-referral button[type=submit]");
		page.waitForURL(u -> u.matches(".*/psychology/my/\\d+$"));
		long id = Long.parseLong(page.url().replaceAll(".*/", ""));
		assertThat(page.locator(".alert-success").textContent()).contains(t("psychology.my.sent", lang));
		assertThat(page.textContent("#my-case")).contains(t("psychology.state.NEW", lang));
		context.clearCookies();

		login("psylead");
		page.navigate(url("/psychology/cases/" + id + "?lang=" + lang));
		page.selectOption("#psychologist", "psychologist");
		page.click("form[action$='/assign'] button[type=submit]");
		assertThat(page.locator(".alert-success").textContent()).contains(t("psychology.assigned", lang));
		context.clearCookies();

		login("psychologist");
		page.navigate(url("/psychology/caseload?lang=" + lang));
		assertThat(page.textContent("#caseload")).contains(jdbc.sql("select reference from psy_case where id = ?")
			.param(id).query(String.class).single());
		page.navigate(url("/psychology/cases/" + id + "?lang=" + lang));
		page.fill("#start", LocalDate.now().plusDays(daysAhead) + "T11:00");
		page.selectOption("#akind", "INDIVIDUAL");
		page.selectOption("#mode", "IN_PERSON");
		page.click("#book button[type=submit]");
		assertThat(page.locator(".alert-success").textContent()).contains(t("psychology.appointment.booked", lang));
		page.fill("#body", "ar".equals(lang) ? "مقابلة أولى هادئة، اتُّفق على موعد ثانٍ." : "Premier entretien calme.");
		page.click("#note-form button[type=submit]");
		assertThat(page.locator(".alert-success").textContent()).contains(t("psychology.note.saved", lang));
		assertThat(page.textContent("#notes")).contains("ar".equals(lang) ? "مقابلة أولى هادئة" : "Premier entretien calme");
		screenshot("psychology-2-case-" + lang);

		page.click("#questionnaires");
		page.navigate(url("/psychology/cases/" + id + "/questionnaires/new?instrument=PHQ9&lang=" + lang));
		for (int i = 0; i < 9; i++) {
			page.check("#a-" + i + "-" + (i == 8 ? 1 : 0));
		}
		page.click("#questionnaire-form button[type=submit]");
		page.waitForURL(u -> u.matches(".*/questionnaires/\\d+(\\?.*)?$"));
		assertThat(page.locator("#crisis").isVisible()).isTrue();
		screenshot("psychology-3-phq9-alert-" + lang);
		assertThat(jdbc.sql("select count(*) from psy_safety_alert where record_id = ?").param(id).query(Long.class)
			.single()).isOne();
		context.clearCookies();

		login("member");
		page.navigate(url("/psychology/my/" + id + "?lang=" + lang));
		assertThat(page.textContent("#my-case")).contains(t("psychology.state.ACTIVE", lang));
		page.navigate(url("/me/record-access?lang=" + lang));
		assertThat(page.textContent("#record-access")).contains(t("role.PSYCHOLOGIST", lang))
			.contains(t("psychology.purpose.care", lang));
		screenshot("psychology-4-who-looked-" + lang);
	}
}
