package dz.sanad.activities;

import dz.sanad.training.Events;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An establishment's trained staff come from the training module's certificates. Runs after the training change
 * committed, asynchronously, recorded in the event publication registry so a failure is retried; the service makes
 * a re-delivery harmless.
 */
@Component
class CertificateListener {

	private final ProgrammeService programmes;

	CertificateListener(ProgrammeService programmes) {
		this.programmes = programmes;
	}

	@ApplicationModuleListener
	void on(Events.CertificateIssued e) {
		programmes.certificateIssued(e.certificateId(), e.memberId(), e.serial(), e.trainedOn());
	}

	@ApplicationModuleListener
	void on(Events.CertificateRevoked e) {
		programmes.certificateRevoked(e.certificateId(), e.reason());
	}
}
