package dz.sanad.platform;

/**
 * Numbers as people type them: Arabic-Indic (٠١٢٣٤٥٦٧٨٩) and Persian (۰۱۲۳۴۵۶۷۸۹) digits read as 0–9, and a
 * decimal comma (or the Arabic decimal separator ٫) read as a point. Used by the web binding of numbers and dates
 * ({@code WebConfig}) and by the code that parses typed or imported text by hand.
 */
public final class Digits {

	private Digits() {
	}

	/** The text with Latin digits (the same string when it has none other); null stays null. */
	public static String latin(String s) {
		if (s == null) {
			return null;
		}
		int i = 0;
		while (i < s.length() && !(isArabic(s.charAt(i)) || s.charAt(i) == '\u066b' || s.charAt(i) == '\u066c')) {
			i++;
		}
		if (i == s.length()) {
			return s; // the usual case, imports read millions of values: no copy
		}
		StringBuilder b = new StringBuilder(s.length());
		b.append(s, 0, i);
		for (; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= '\u0660' && c <= '\u0669') {
				b.append((char) ('0' + c - '\u0660'));
			}
			else if (c >= '\u06f0' && c <= '\u06f9') {
				b.append((char) ('0' + c - '\u06f0'));
			}
			else if (c == '\u066b') { // Arabic decimal separator
				b.append('.');
			}
			else if (c != '\u066c') { // Arabic thousands separator: dropped
				b.append(c);
			}
		}
		return b.toString();
	}

	/** A typed decimal number ready for {@code Double.valueOf}/{@code new BigDecimal}: Latin digits, a point. */
	public static String decimal(String s) {
		String t = latin(s);
		return t == null ? null : t.trim().replace(',', '.');
	}

	private static boolean isArabic(char c) {
		return (c >= '\u0660' && c <= '\u0669') || (c >= '\u06f0' && c <= '\u06f9');
	}
}
