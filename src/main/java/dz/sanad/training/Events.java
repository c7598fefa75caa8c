package dz.sanad.training;

import java.time.LocalDate;

/**
 * Events of the training module, each with a listener: mail ({@code TrainingMail}) and the activities module (an
 * establishment's trained staff come from the certificates). Listeners run after the change commits.
 */
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

	public record SessionCancelled(Long sessionId, String reason) {
	}

	/** A certificate was issued (single issue or batch), for a training that ended on {@code trainedOn}. */
	public record CertificateIssued(Long certificateId, Long memberId, String serial, LocalDate trainedOn) {
	}

	public record CertificateRevoked(Long certificateId, Long memberId, String reason) {
	}
}
