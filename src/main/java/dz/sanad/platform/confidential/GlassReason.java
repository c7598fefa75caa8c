package dz.sanad.platform.confidential;

/** Why the glass was broken (a code from the list, plus the reader's own words). */
public enum GlassReason {
	LIFE_THREAT, COVERING_CLINICIAN, COURT_ORDER;

	public String messageKey() {
		return "confidential.reason." + name();
	}
}
