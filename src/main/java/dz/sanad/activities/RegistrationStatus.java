package dz.sanad.activities;

/** CONFIRMED holds a place; WAITING is in line (promoted in order when a place frees); CANCELLED is gone. */
public enum RegistrationStatus {
	CONFIRMED, WAITING, CANCELLED;

	public String messageKey() {
		return "act.reg.status." + name();
	}
}
