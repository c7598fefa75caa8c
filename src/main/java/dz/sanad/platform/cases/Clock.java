package dz.sanad.platform.cases;

/** The three SLA clocks of a case (Zammad's first response / update / solution). */
public enum Clock {
	/** From opening until the handler's first answer ({@link CaseEngine#respond}). */
	FIRST_RESPONSE,
	/** From the last answer until the next one; restarted by every {@link CaseEngine#respond}. */
	UPDATE,
	/** From opening until the decision (or a terminal state). */
	RESOLUTION
}
