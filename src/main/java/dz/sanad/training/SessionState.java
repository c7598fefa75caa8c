package dz.sanad.training;

/** The life of a session: DRAFT → OPEN (nominations) → CONFIRMED → RUNNING → CLOSED, or CANCELLED with a reason. */
public enum SessionState {

	DRAFT, OPEN, CONFIRMED, RUNNING, CLOSED, CANCELLED;

	public String messageKey() {
		return "training.state." + name();
	}

	public boolean isFinal() {
		return this == CLOSED || this == CANCELLED;
	}
}
