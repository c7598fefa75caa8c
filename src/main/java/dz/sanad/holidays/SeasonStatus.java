package dz.sanad.holidays;

/** DRAFT (criteria editable) → OPEN (application window) → CLOSED (window over) → ALLOCATED (results out). */
public enum SeasonStatus {
	DRAFT, OPEN, CLOSED, ALLOCATED;

	public String messageKey() {
		return "holidays.season.status." + name();
	}
}
