package dz.sanad.platform;

import java.util.List;
import java.util.Locale;

/** The three languages of Sanad: Arabic first (ar-DZ, right to left, Latin digits), French, English. */
public final class Languages {

	public static final String COOKIE = "sanad-lang";

	public static final Locale ARABIC = Locale.forLanguageTag("ar-DZ");

	public static final Locale FRENCH = Locale.forLanguageTag("fr-DZ");

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<String> CODES = List.of("ar", "fr", "en");

	private Languages() {
	}

	/** Maps "ar" / "fr" / "en" (or a full tag) to a supported locale; anything else is Arabic. */
	public static Locale parse(String value) {
		if (value == null) {
			return ARABIC;
		}
		String lang = value.length() >= 2 ? value.substring(0, 2).toLowerCase(Locale.ROOT) : value;
		return switch (lang) {
			case "fr" -> FRENCH;
			case "en" -> ENGLISH;
			case "ar" -> ARABIC;
			default -> null;
		};
	}

	public static boolean isRightToLeft(Locale locale) {
		return "ar".equals(locale.getLanguage());
	}
}
