package dz.sanad.welfare;

/** Where a concern stands; the allowed moves are {@link Concern#WORKFLOW}. */
public enum ConcernState {
	SUBMITTED, ASSIGNED, IN_PROGRESS, WAITING_MEMBER, WAITING_THIRD_PARTY, DECIDED, CLOSED, REOPENED, APPEALED;

	public String messageKey() {
		return "welfare.state." + name();
	}

	/** Still in someone's hands (not decided nor closed). */
	public boolean open() {
		return this != DECIDED && this != CLOSED;
	}
}
