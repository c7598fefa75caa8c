package dz.sanad.welfare;

/** How the concern reached the social service. */
public enum Channel {
	PORTAL, COUNTER, PHONE, LISTENING_DAY;

	public String messageKey() {
		return "welfare.channel." + name();
	}
}
