package dz.sanad.platform.confidential;

import dz.sanad.platform.SanadUser;

import java.time.Duration;
import java.util.Set;

/**
 * Declared by a module (one bean per domain it owns, e.g. "psychology", "health"): who may break the glass, who
 * reviews it and who is told at once. The module keeps its own rules for ordinary access.
 */
public interface ConfidentialDomain {

	/** The domain's name, as written in the read log and on grants. */
	String name();

	/** Whether this user may open a record of the domain under break-the-glass (e.g. the clinician on call). */
	boolean mayBreakGlass(SanadUser user);

	/** Whether this user reviews the domain's break-the-glass grants afterwards. */
	boolean reviews(SanadUser user);

	/** The usernames told at once when the glass is broken on this record (its clinicians, the lead). */
	Set<String> notifyOnBreakGlass(String recordId);

	/** How long a grant lasts. */
	default Duration glassDuration() {
		return Duration.ofHours(3);
	}
}
