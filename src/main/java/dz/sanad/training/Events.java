package dz.sanad.training;

/** Events of the training module (published after the change commits; mail and other modules listen). */
public final class Events {

	private Events() {
	}

	/** A nomination was accepted (directly, or promoted from the waiting list when {@code promoted}). */
	public record NominationAccepted(Long nominationId, Long sessionId, Long memberId, boolean promoted) {
	}

	public record NominationRefused(Long nominationId, Long sessionId, Long memberId, String reason) {
	}

	public record NominationWaitlisted(Long nominationId, Long sessionId, Long memberId, int rank) {
	}

	public record NominationWithdrawn(Long nominationId, Long sessionId, Long memberId) {
	}

	public record SessionCancelled(Long sessionId, String reason) {
	}

	public record SessionClosed(Long sessionId) {
	}

	public record CertificateRevoked(Long certificateId, Long memberId, String reason) {
	}
}
