package dz.sanad.training;

/** Where a nomination stands: waiting for the ministry, accepted, on the waiting list, refused or withdrawn. */
public enum NominationStatus {

	PENDING, ACCEPTED, WAITLISTED, REFUSED, WITHDRAWN;

	public String messageKey() {
		return "training.nomination.status." + name();
	}

	/** Still holding or claiming a seat. */
	public boolean isLive() {
		return this == PENDING || this == ACCEPTED || this == WAITLISTED;
	}
}
