package dz.sanad.activities;

/** What kind of activity a programme offers. */
public enum Category {
	CULTURAL, SPORTS, EDUCATIONAL, SOCIAL_INTEGRATION;

	public String messageKey() {
		return "act.category." + name();
	}
}
