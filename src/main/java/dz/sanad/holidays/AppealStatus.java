package dz.sanad.holidays;

public enum AppealStatus {
	PENDING, ACCEPTED, REJECTED;

	public String messageKey() {
		return "holidays.appeal.status." + name();
	}
}
