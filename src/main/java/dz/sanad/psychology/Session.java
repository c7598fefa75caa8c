package dz.sanad.psychology;

/** An appointment's kinds, modes and statuses. */
public final class Session {

	private Session() {
	}

	public enum Kind {
		INDIVIDUAL, COUPLE, FAMILY, GROUP;

		public String messageKey() {
			return "psychology.appointment.kind." + name();
		}
	}

	public enum Mode {
		IN_PERSON, VIDEO;

		public String messageKey() {
			return "psychology.appointment.mode." + name();
		}
	}

	public enum Status {
		BOOKED, HELD, MISSED, CANCELLED;

		public String messageKey() {
			return "psychology.appointment.status." + name();
		}
	}
}
