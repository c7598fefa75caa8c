package dz.sanad.welfare;

/** The kinds of Sanad records a concern may be about. */
public enum LinkKind {

	HOLIDAY_APPLICATION, TRAINING_NOMINATION, ACTIVITY_REGISTRATION, CHILDCARE_APPLICATION;

	public String messageKey() {
		return "welfare.link.kind." + name();
	}
}
