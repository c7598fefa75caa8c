package dz.sanad.platform.confidential;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** A break-the-glass grant: read-only access to one record until {@code expiresAt}, reviewed afterwards. */
public record Grant(long id, String domain, String recordType, String recordId, Subject subject, String actor,
		String actorRole, GlassReason reason, String text, Instant openedAt, Instant expiresAt, GlassVerdict verdict,
		String reviewedBy) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public boolean activeAt(Instant now) {
		return now.isBefore(expiresAt);
	}
}
