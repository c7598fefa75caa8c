package dz.sanad.health.vaccination;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/**
 * One dose of a calendar version: the antigen series it belongs to, its number in the series (0 for a birth dose),
 * the age it is due at, the earliest age it counts from, and the minimum interval since the previous dose of the
 * same series.
 */
public record DoseRule(Long id, String antigen, int doseNo, Period dueAge, Period earliestAge, Period minInterval,
		String labelAr, String labelFr, String labelEn) implements Serializable {

	/** Series and dose number, e.g. "HEXA-2": the identity of a dose across calendar versions. */
	public String key() {
		return key(antigen, doseNo);
	}

	public static String key(String antigen, int doseNo) {
		return antigen + "-" + doseNo;
	}

	public LocalDate dueFor(LocalDate birth) {
		return birth.plus(dueAge);
	}

	public LocalDate earliestFor(LocalDate birth) {
		return birth.plus(earliestAge);
	}

	public String label(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" -> labelFr;
			case "en" -> labelEn;
			default -> labelAr;
		};
	}
}
