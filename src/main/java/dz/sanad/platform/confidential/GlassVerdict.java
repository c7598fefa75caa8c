package dz.sanad.platform.confidential;

/** The reviewer's verdict on a break-the-glass grant, given once. */
public enum GlassVerdict {
	JUSTIFIED, UNJUSTIFIED, INCONCLUSIVE;

	public String messageKey() {
		return "confidential.verdict." + name();
	}
}
