package dz.sanad.holidays;

/** A summer camp for children, or a tourist trip for families. */
public enum OfferKind {
	CAMP, TRIP;

	public String messageKey() {
		return "holidays.offer.kind." + name();
	}
}
