package dz.sanad.platform;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Formats for pages ({@code ${@fmt.date(x)}}): dd/MM/yyyy and Latin digits in every language, as ar-DZ writes them.
 */
@Component("fmt")
public class Formats {

	public static final ZoneId ZONE = ZoneId.of("Africa/Algiers");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	public String date(TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		if (value instanceof OffsetDateTime o) {
			return DATE.format(o.atZoneSameInstant(ZONE));
		}
		if (value instanceof java.time.Instant i) {
			return DATE.format(i.atZone(ZONE));
		}
		return DATE.format(value);
	}

	public String dateTime(TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		if (value instanceof OffsetDateTime o) {
			return DATE_TIME.format(o.atZoneSameInstant(ZONE));
		}
		if (value instanceof java.time.Instant i) {
			return DATE_TIME.format(i.atZone(ZONE));
		}
		if (value instanceof LocalDate d) {
			return DATE.format(d);
		}
		return DATE_TIME.format((LocalDateTime) value);
	}

	/** Grouped integer with Latin digits whatever the language. */
	public String number(Number n) {
		if (n == null) {
			return "";
		}
		NumberFormat f = NumberFormat.getIntegerInstance(Locale.FRANCE);
		return f.format(n).replace('\u202f', ' ').replace('\u00a0', ' ');
	}

	public String percent(Number n) {
		if (n == null) {
			return "";
		}
		return String.format(Locale.ROOT, "%.1f %%", n.doubleValue());
	}

	public static LocalDate parseDate(String s) {
		return LocalDate.parse(s.trim(), DATE);
	}

	/** Unicode LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE. */
	public static final char LRI = '\u2066';

	public static final char PDI = '\u2069';

	/**
	 * A left-to-right value (phone, matricule, licence number, Latin name, date, NIN) isolated for right-to-left
	 * text where no markup is possible (PDFs, mail, xlsx): «+213550123456» keeps its "+" in front and its digits
	 * together, and never pulls the neighbouring Arabic words into its run. Pages use {@code fragments/ltr :: v(x)}.
	 */
	public String ltr(Object value) {
		return isolate(value);
	}

	public static String isolate(Object value) {
		if (value == null) {
			return "";
		}
		String s = value.toString();
		return s.isEmpty() ? s : LRI + s + PDI;
	}

	/**
	 * A value of either script isolated with its own direction (FSI … PDI): an Arabic name stays right to left, a
	 * phone number or a Latin name left to right, and neither reorders the text around it.
	 */
	public static String isolateAuto(Object value) {
		if (value == null) {
			return "";
		}
		String s = value.toString();
		return s.isEmpty() ? s : "\u2068" + s + PDI;
	}

	/** The name in the reader's language: Arabic for Arabic, French otherwise. */
	public String name(String nameAr, String nameFr) {
		return Languages.isRightToLeft(LocaleContextHolder.getLocale()) ? nameAr : nameFr;
	}
}
