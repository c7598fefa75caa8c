package dz.sanad.psychology;

/** All a referrer ever learns: seen, follow-up in progress, or fitness for duty. Never a note, score or diagnosis. */
public enum Outcome {
	SEEN, FOLLOW_UP, FIT, RESTRICTED, UNFIT;

	public String messageKey() {
		return "psychology.outcome." + name();
	}
}
