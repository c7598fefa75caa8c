package dz.sanad.health.vaccination;

/** What was recorded for a planned dose (Tamanu's GIVEN / NOT_GIVEN / HISTORICAL; an error is a correction). */
public enum DoseOutcome {
	GIVEN, NOT_GIVEN, HISTORICAL;

	public String messageKey() {
		return "vaccination.outcome." + name();
	}

	/** Why a dose was not given. A parent's refusal also stops the reminders for that dose. */
	public enum Reason {
		PARENT_REFUSED, CONTRAINDICATION, ILLNESS, OUT_OF_STOCK, ABSENT;

		public String messageKey() {
			return "vaccination.reason." + name();
		}
	}

	public enum Site {
		LEFT_THIGH, RIGHT_THIGH, LEFT_ARM, RIGHT_ARM, MOUTH;

		public String messageKey() {
			return "vaccination.site." + name();
		}
	}

	public enum Route {
		INTRAMUSCULAR, SUBCUTANEOUS, INTRADERMAL, ORAL;

		public String messageKey() {
			return "vaccination.route." + name();
		}
	}
}
