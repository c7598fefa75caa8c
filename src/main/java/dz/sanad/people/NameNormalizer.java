package dz.sanad.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names so that spelling variants compare equal. Arabic: hamza/madda alef forms to bare alef, teh marbuta
 * to heh, alef maqsura to yeh, hamza carriers to their letter, tatweel and diacritics removed. Latin: lower case,
 * accents removed, spaces, hyphens and apostrophes inside names removed (Ben Ali = Benali = BEN-ALI).
 */
public final class NameNormalizer {

	private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

	private static final Pattern NON_LATIN = Pattern.compile("[^a-z0-9]");

	private NameNormalizer() {
	}

	public static String arabic(String s) {
		if (s == null) {
			return "";
		}
		// one pass, no regex: HR imports fold hundreds of thousands of names
		String t = s;
		StringBuilder b = new StringBuilder(t.length());
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c >= '\u06D6' && c <= '\u06ED' || c == '\u0640') {
				continue; // diacritics, Quranic marks and tatweel 
			}
			switch (c) {
				case '\u0623', '\u0625', '\u0622', '\u0671' -> b.append('\u0627'); // أ إ آ ٱ → ا
				case '\u0629' -> b.append('\u0647'); // ة → ه
				case '\u0649' -> b.append('\u064A'); // ى → ي
				case '\u0624' -> b.append('\u0648'); // ؤ → و
				case '\u0626' -> b.append('\u064A'); // ئ → ي
				default -> {
					if (!Character.isWhitespace(c)) {
						b.append(c);
					}
					else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
						b.append(' ');
					}
				}
			}
		}
		return b.toString().trim();
	}

	public static String latin(String s) {
		if (s == null) {
			return "";
		}
		if (ascii(s)) {
			// the common case, without Unicode normalisation or regex: letters lower-cased, digits kept
			StringBuilder b = new StringBuilder(s.length());
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				if (c >= 'A' && c <= 'Z') {
					b.append((char) (c + 32));
				}
				else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
					b.append(c);
				}
			}
			return b.toString();
		}
		String t = COMBINING.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
		return NON_LATIN.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("");
	}

	private static boolean ascii(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/** The searchable form of a full Arabic name: "first last" folded. */
	public static String arabicFull(String first, String last) {
		return (arabic(first) + " " + arabic(last)).trim();
	}

	/** The searchable form of a full Latin name: folded first and last, space-separated. */
	public static String latinFull(String first, String last) {
		return (latin(first) + " " + latin(last)).trim();
	}
}
