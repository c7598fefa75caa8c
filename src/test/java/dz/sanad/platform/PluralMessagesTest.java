package dz.sanad.platform;

import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Arabic counts agree in number (ICU plural rules), with Latin digits; other messages format as before. */
@IntegrationTest
class PluralMessagesTest {

	static final Locale AR = Locale.forLanguageTag("ar-DZ");

	@Autowired
	MessageSource messages;

	@Test
	void arabicCountsAgreeWithTheirNumber() {
		assertThat(messages.getMessage("training.certificate.count", new Object[] { 2 }, AR)).isEqualTo("شهادتان");
		assertThat(messages.getMessage("training.certificate.count", new Object[] { 3 }, AR)).isEqualTo("3 شهادات");
		assertThat(messages.getMessage("training.certificate.count", new Object[] { 12 }, AR)).isEqualTo("12 شهادة");
		assertThat(messages.getMessage("act.freePlaces", new Object[] { 12, 30 }, AR)).isEqualTo("12 مكانا شاغرا من 30");
		assertThat(messages.getMessage("act.freePlaces", new Object[] { 5, 30 }, AR)).isEqualTo("5 أماكن شاغرة من 30");
		assertThat(messages.getMessage("act.forChildrenAges", new Object[] { 6, 8 }, AR)).isEqualTo("الأطفال من 6 إلى 8 سنوات");
		assertThat(messages.getMessage("act.forChildrenAges", new Object[] { 6, 12 }, AR)).isEqualTo("الأطفال من 6 إلى 12 سنة");
	}

	@Test
	void otherLanguagesAndApostrophesAreUntouched() {
		assertThat(messages.getMessage("training.certificate.count", new Object[] { 3 }, Locale.FRENCH)).contains("3");
	}
}
