package dz.sanad.people;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dz.sanad.platform.Digits;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Field rules shared by the forms, the API and the HR importer, so that every entry path checks the same way. */
public final class PersonRules {

	private static final Pattern NIN = Pattern.compile("\\d{18}");

	private static final Pattern MATRICULE = Pattern.compile("[A-Za-z0-9-]{2,20}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private PersonRules() {
	}

	/** The NIN has no public check key: 18 digits is all we can verify. */
	public static boolean validNin(String nin) {
		return nin != null && NIN.matcher(nin).matches();
	}

	public static boolean validMatricule(String m) {
		return m != null && MATRICULE.matcher(m).matches();
	}

	/** A Latin-script name (letters with accents, spaces, hyphens, apostrophes), or nothing: no Arabic letters. */
	public static boolean latinOrBlank(String name) {
		return name == null || name.isBlank() || LATIN_NAME.matcher(name.strip()).matches();
	}

	private static final Pattern LATIN_NAME = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin} .'’-]*");

	public static boolean validEmail(String e) {
		return e != null && e.length() <= 200 && EMAIL.matcher(e).matches();
	}

	/** A phone number as E.164 (+213...), national numbers read as Algerian; empty when not a valid number. */
	public static Optional<String> e164(String phone) {
		if (phone == null || phone.isBlank()) {
			return Optional.empty();
		}
		try {
			Phonenumber.PhoneNumber n = PHONES.parse(phone.trim(), "DZ");
			return PHONES.isValidNumber(n) ? Optional.of(PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164))
					: Optional.empty();
		}
		catch (NumberParseException e) {
			return Optional.empty();
		}
	}

	/** Dates as HR files write them: dd/MM/yyyy (also d/M/yyyy, dd-MM-yyyy) or ISO yyyy-MM-dd. */
	public static Optional<LocalDate> date(String s) {
		if (s == null || s.isBlank()) {
			return Optional.empty();
		}
		String t = Digits.latin(s).trim(); // HR files typed in Arabic write ٢٠/٠٣/١٩٨٥
		try {
			if (t.length() == 10 && t.charAt(4) == '-') {
				return iso(t);
			}
			return Optional.of(LocalDate.parse(t.replace('-', '/').replace('.', '/'), DMY));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** yyyy-MM-dd read by hand (imports read a million of them); what LocalDate.parse accepts, no more. */
	private static Optional<LocalDate> iso(String t) {
		if (t.charAt(7) != '-') {
			return Optional.empty();
		}
		int y = digits(t, 0, 4);
		int m = digits(t, 5, 7);
		int d = digits(t, 8, 10);
		if (y < 0 || m < 0 || d < 0) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(y, m, d));
		}
		catch (java.time.DateTimeException e) {
			return Optional.empty();
		}
	}

	private static int digits(String t, int from, int to) {
		int n = 0;
		for (int i = from; i < to; i++) {
			char c = t.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			n = n * 10 + (c - '0');
		}
		return n;
	}

	/** M / F, also read from the French and Arabic words HR tools write. */
	public static Optional<String> sex(String s) {
		if (s == null) {
			return Optional.empty();
		}
		return switch (s.trim().toUpperCase(Locale.ROOT)) {
			case "M", "H", "MASCULIN", "HOMME", "MALE", "ذكر", "ذ" -> Optional.of("M");
			case "F", "FEMININ", "FÉMININ", "FEMME", "FEMALE", "أنثى", "انثى", "أ" -> Optional.of("F");
			default -> Optional.empty();
		};
	}

	/** An enum constant from its code, case-insensitive; empty when unknown. */
	public static <E extends Enum<E>> Optional<E> code(Class<E> type, String s) {
		if (s == null || s.isBlank()) {
			return Optional.empty();
		}
		String t = s.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(t)) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}

	/** Yes/no cells: 1/0, oui/non, نعم/لا, true/false, x. */
	public static Optional<Boolean> yesNo(String s) {
		if (s == null || s.isBlank()) {
			return Optional.of(false);
		}
		return switch (s.trim().toLowerCase(Locale.ROOT)) {
			case "1", "oui", "o", "yes", "y", "true", "vrai", "x", "نعم" -> Optional.of(true);
			case "0", "non", "n", "no", "false", "faux", "لا" -> Optional.of(false);
			default -> Optional.empty();
		};
	}
}
