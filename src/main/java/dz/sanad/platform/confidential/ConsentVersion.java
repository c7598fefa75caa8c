package dz.sanad.platform.confidential;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** One version of a case's consent: the scopes given at that point, who recorded it and when. */
public record ConsentVersion(int version, Set<String> scopes, String actor, Instant at) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;
}
