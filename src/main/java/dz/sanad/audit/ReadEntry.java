package dz.sanad.audit;

import dz.sanad.platform.Role;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** One read of a sensitive record: metadata only, never content. */
public record ReadEntry(long id, Instant at, String actor, Role role, String domain, String recordType,
		String recordId, String purposeKey, Long grantId) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public boolean breakGlass() {
		return grantId != null;
	}
}
