package dz.sanad.activities;

/** DRAFT → PUBLISHED (open for registration) → CLOSED; DRAFT or PUBLISHED → CANCELLED. */
public enum ActivityStatus {
	DRAFT, PUBLISHED, CLOSED, CANCELLED;

	public String messageKey() {
		return "act.status." + name();
	}
}
