package dz.sanad.platform;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Arabic-Indic and Persian digits, and a decimal comma, read like Latin digits and a point. */
class DigitsTest {

	@Test
	void latinDigits() {
		assertThat(Digits.latin("٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
		assertThat(Digits.latin("۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789");
		assertThat(Digits.latin("M-١٦-٠٠٠١")).isEqualTo("M-16-0001");
		String plain = "M-16-0001";
		assertThat(Digits.latin(plain)).isSameAs(plain);
		assertThat(Digits.latin(null)).isNull();
	}

	@Test
	void decimals() {
		assertThat(Double.valueOf(Digits.decimal("١٥٫٥"))).isEqualTo(15.5);
		assertThat(Double.valueOf(Digits.decimal("15,5"))).isEqualTo(15.5);
		assertThat(Double.valueOf(Digits.decimal(" ١٢,٧٥ "))).isEqualTo(12.75);
	}

	@Test
	void typedDates() {
		assertThat(TypedValues.date("٢٠٢٦-١٢-٠٢")).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(TypedValues.date("٠٢/١٢/٢٠٢٦")).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(TypedValues.date("2026-12-02")).isEqualTo(LocalDate.of(2026, 12, 2));
	}
}
