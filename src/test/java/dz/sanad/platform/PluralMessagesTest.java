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
		assertThat(messages.getMessage("act.placesText", new Object[] { 3, 12, 0 }, AR)).isEqualTo("3 مؤكدة من 12 مكانًا، 0 في الانتظار");
		assertThat(messages.getMessage("act.placesText", new Object[] { 3, 8, 1 }, AR)).isEqualTo("3 مؤكدة من 8 أماكن، 1 في الانتظار");
		assertThat(messages.getMessage("act.error.age-refused", new Object[] { 7, 9, 10 }, AR)).endsWith("من 9 إلى 10 سنوات.");
		assertThat(messages.getMessage("act.error.care-ratio", new Object[] { 2 }, AR)).startsWith("طفلان مسجلان");
		assertThat(messages.getMessage("holidays.quota.line", new Object[] { "16", 25 }, AR)).isEqualTo("الولاية 16: 25 مكانًا على الأكثر");
		assertThat(messages.getMessage("training.pdf.certificate.period", new Object[] { "a", "b", 40 }, AR)).endsWith("(40 ساعة)");
		assertThat(messages.getMessage("case.error.appeal-window", new Object[] { 2 }, AR)).contains("(يومان)");
		assertThat(messages.getMessage("holidays.error.age", new Object[] { "عمر", 8, 1, 10, 15 }, AR))
			.isEqualTo("سيكون عمر عمر 8 سنوات في اليوم الأول من الاختيار 1: هذا المخيم يستقبل من 10 إلى 15 سنة.");
	}

	@Test
	void otherLanguagesAndApostrophesAreUntouched() {
		assertThat(messages.getMessage("training.certificate.count", new Object[] { 3 }, Locale.FRENCH)).contains("3");
	}
}
