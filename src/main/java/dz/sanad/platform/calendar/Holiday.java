package dz.sanad.platform.calendar;

import java.time.LocalDate;

/**
 * A public holiday. Computed ones carry a message key ({@code holiday.*}); those an administrator added carry
 * their own names in the three languages and a null key.
 */
public record Holiday(LocalDate date, String key, String nameAr, String nameFr, String nameEn, Origin origin)
		implements java.io.Serializable {

	public enum Origin {
		/** Fixed date of the Gregorian calendar. */
		FIXED,
		/** Computed from the Hijri calendar (Umm al-Qura), subject to the moon sighting. */
		ISLAMIC,
		/** Added (or moved here) by an administrator. */
		ADDED
	}

	static Holiday computed(LocalDate date, String key, Origin origin) {
		return new Holiday(date, key, null, null, null, origin);
	}

	/** The name in a language ("ar", "fr", anything else → English) for added holidays; null for computed ones. */
	public String name(String language) {
		return switch (language) {
			case "ar" -> nameAr;
			case "fr" -> nameFr;
			default -> nameEn;
		};
	}
}
