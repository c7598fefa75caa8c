package dz.sanad.people;

public enum CorrectionStatus {
	PENDING, ACCEPTED, REFUSED;

	public String messageKey() {
		return "correction.status." + name();
	}
}
