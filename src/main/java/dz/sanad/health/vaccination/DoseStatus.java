package dz.sanad.health.vaccination;

/** Where a planned dose stands: open (upcoming, due, overdue, missed) or done (given here, given elsewhere). */
public enum DoseStatus {
	UPCOMING, DUE, OVERDUE, MISSED, GIVEN, HISTORICAL;

	/** The statuses the centre lists filter on. */
	public static final DoseStatus[] LISTED = { DUE, OVERDUE, MISSED };

	public boolean open() {
		return this != GIVEN && this != HISTORICAL;
	}

	public String messageKey() {
		return "vaccination.status." + name();
	}

	public String badge() {
		return switch (this) {
			case UPCOMING -> "text-bg-light";
			case DUE -> "text-bg-info";
			case OVERDUE -> "text-bg-warning";
			case MISSED -> "text-bg-danger";
			default -> "text-bg-success";
		};
	}
}
