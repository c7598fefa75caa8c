package dz.sanad.holidays;

import java.util.Locale;

/** A shift with its offer, for choices and lists. */
public record ShiftView(Shift shift, Offer offer) {

	public String label(Locale locale) {
		return offer.name(locale) + " — " + shift.getLabel();
	}
}
