package dz.sanad.psychology;

/** How a record was opened. A COMMAND or MEDICAL referrer gets back the structured {@link Outcome} only. */
public enum Route {
	SELF, INCIDENT, COMMAND, MEDICAL;

	public String messageKey() {
		return "psychology.route." + name();
	}
}
