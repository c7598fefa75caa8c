package dz.sanad.welfare;

/** The outcome of a decision on a concern. */
public enum Outcome {
	GRANTED, PARTLY_GRANTED, REFUSED, NOT_COMPETENT, REFERRED;

	public String messageKey() {
		return "welfare.outcome." + name();
	}
}
