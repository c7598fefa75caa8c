package dz.sanad.platform;

import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/**
 * How forms and query strings bind numbers and dates: Arabic-Indic or Persian digits and a decimal comma are read
 * like Latin digits and a point ({@link Digits}); dates as ISO yyyy-MM-dd (what date inputs send) or dd/MM/yyyy.
 * Registered last, so they also serve fields marked {@code @DateTimeFormat(iso = DATE)}. Only these types are
 * touched: text, passwords and other String fields bind exactly as typed.
 */
final class TypedValues {

	private TypedValues() {
	}

	static void register(FormatterRegistry registry) {
		registry.addFormatterForFieldType(Integer.class, of(t -> Integer.valueOf(Digits.latin(t).trim())));
		registry.addFormatterForFieldType(Long.class, of(t -> Long.valueOf(Digits.latin(t).trim())));
		registry.addFormatterForFieldType(Double.class, of(t -> Double.valueOf(Digits.decimal(t))));
		registry.addFormatterForFieldType(BigDecimal.class, of(t -> new BigDecimal(Digits.decimal(t))));
		registry.addFormatterForFieldType(LocalDate.class, of(TypedValues::date));
	}

	static LocalDate date(String text) {
		String t = Digits.latin(text).trim();
		return t.length() == 10 && t.charAt(4) == '-' ? LocalDate.parse(t) : Formats.parseDate(t);
	}

	private static <T> Formatter<T> of(Function<String, T> parse) {
		return new Formatter<>() {
			@Override
			public T parse(String text, Locale locale) {
				return parse.apply(text);
			}

			@Override
			public String print(T value, Locale locale) {
				return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
			}
		};
	}
}
