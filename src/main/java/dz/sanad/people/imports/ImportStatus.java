package dz.sanad.people.imports;

/** QUEUED → VALIDATING → PREVIEWED (or REJECTED) → COMMITTING → COMMITTED (or FAILED, or back to PREVIEWED with errors). */
public enum ImportStatus {
	QUEUED, VALIDATING, PREVIEWED, REJECTED, COMMITTING, COMMITTED, FAILED;

	public boolean running() {
		return this == QUEUED || this == VALIDATING || this == COMMITTING;
	}

	public String messageKey() {
		return "import.status." + name();
	}
}
