package dz.sanad.psychology;

/** A psychological record: NEW until the lead assigns a psychologist, ACTIVE while followed, CLOSED at the end. */
public enum CaseState {
	NEW, ACTIVE, CLOSED;

	public String messageKey() {
		return "psychology.state." + name();
	}
}
