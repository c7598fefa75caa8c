package dz.sanad.welfare;

/** Chooses the SLA policy together with the category. */
public enum Priority {
	NORMAL, HIGH, URGENT;

	public String messageKey() {
		return "welfare.priority." + name();
	}
}
