package dz.sanad.people;

/** The fields a member may ask to correct (identity keys such as the matricule stay with HR). */
public enum CorrectionField {
	FIRST_NAME_AR, LAST_NAME_AR, FIRST_NAME_LAT, LAST_NAME_LAT, BIRTH_DATE, PHONE, EMAIL, SCHOOL_LEVEL;

	public String messageKey() {
		return "correction.field." + name();
	}

	/** Which of these apply to a family member rather than the member. */
	public boolean appliesToFamily() {
		return this != PHONE && this != EMAIL;
	}
}
