package dz.sanad.welfare;

/**
 * Who may open a concern: NORMAL the handling wilaya's social service; RESTRICTED its assigned handler and the head
 * of that service; SEALED one named handler only (a complaint about a superior, for instance).
 */
public enum Confidentiality {
	NORMAL, RESTRICTED, SEALED;

	public String messageKey() {
		return "welfare.confidentiality." + name();
	}
}
