package dz.sanad.psychology.instruments;

import dz.sanad.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anonymous self-check in a real browser, in Arabic, without logging in: the page says no validated Arabic
 * version exists and shows the published French one, the script scores it in the browser, item 9 above 0 shows the
 * crisis guidance at once, only the band is counted, and "call me back" leads to the confidential self-referral.
 * Screenshots under target/screenshots/selfcheck-*.png.
 */
class SelfCheckJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	long mild() {
		return jdbc.sql("select coalesce(sum(count), 0) from psy_selfcheck_count where instrument_code = 'PHQ9' "
				+ "and band_key = 'instruments.band.phq9.mild'").query(Long.class).single();
	}

	@Test
	void anonymousVisitorScoresPhq9InArabicAndSeesCrisisGuidance() {
		long before = mild();
		page.navigate(url("/self-check?lang=ar"));
		assertThat(page.locator("h1").textContent()).isEqualTo("تقييم ذاتي: كيف حالك؟");
		assertThat(page.locator("#not-in-language").isVisible()).isTrue();
		assertThat(page.locator("#selfcheck-crisis").isVisible()).isFalse();
		page.click("#selfcheck-compute");
		assertThat(page.locator("#selfcheck-unanswered").isVisible()).isTrue();
		// items 1-8 "several days" except 6 and 7 "never", item 9 "several days": 1×7 = 7, mild, safety answer
		for (int n = 0; n < 9; n++) {
			page.check("#a-" + n + "-" + (n == 5 || n == 6 ? 0 : 1));
		}
		screenshot("selfcheck-1-answered-ar");
		page.click("#selfcheck-compute");
		assertThat(page.locator("#selfcheck-total").textContent()).isEqualTo("7");
		assertThat(page.locator("#selfcheck-band").textContent()).isEqualTo("خفيف");
		assertThat(page.locator("#selfcheck-crisis").isVisible()).isTrue();
		assertThat(page.locator("#crisis").textContent()).contains("الحماية المدنية 14");
		page.locator("#selfcheck-counted").waitFor();
		assertThat(page.locator("#selfcheck-counted").textContent()).contains("لم يُحتسب إلا مستوى نتيجتك");
		screenshot("selfcheck-2-result-ar");
		assertThat(mild()).isEqualTo(before + 1);

		// item 9 back to "never": the crisis guidance goes away with the new result
		page.check("#a-8-0");
		page.check("#a-0-3");
		page.click("#selfcheck-compute");
		assertThat(page.locator("#selfcheck-total").textContent()).isEqualTo("8");
		assertThat(page.locator("#selfcheck-crisis").isVisible()).isFalse();

		page.click("#selfcheck-callback");
		page.waitForURL(u -> u.contains("/login"));
	}
}
