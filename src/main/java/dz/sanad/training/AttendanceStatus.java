package dz.sanad.training;

/** A trainee's presence for one half-day. */
public enum AttendanceStatus {

	PRESENT, ABSENT, JUSTIFIED;

	public String messageKey() {
		return "training.attendance." + name();
	}
}
