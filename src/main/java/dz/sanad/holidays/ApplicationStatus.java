package dz.sanad.holidays;

/**
 * SUBMITTED → (allocation) PLACED or WAITING; PLACED → CONFIRMED, or EXPIRED when the confirmation deadline passes;
 * WAITING → PLACED when a place frees up; anything still alive → WITHDRAWN.
 */
public enum ApplicationStatus {
	SUBMITTED, PLACED, CONFIRMED, WAITING, WITHDRAWN, EXPIRED;

	public boolean holdsPlace() {
		return this == PLACED || this == CONFIRMED;
	}

	public String messageKey() {
		return "holidays.application.status." + name();
	}
}
