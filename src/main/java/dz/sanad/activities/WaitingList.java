package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The places of an activity once they change: the first person waiting gets a freed place, a cancellation ends all. */
@Component
class WaitingList {

	private final Registrations registrations;

	private final AuditTrail audit;

	WaitingList(Registrations registrations, AuditTrail audit) {
		this.registrations = registrations;
		this.audit = audit;
	}

	/** Promotes the waiting list in order while the (locked) activity has free places. */
	void promote(Activity a) {
		while (a.hasFreePlace() && a.getStatus() == ActivityStatus.PUBLISHED) {
			var next = registrations.findFirstByActivityIdAndStatusOrderByIdAsc(a.getId(), RegistrationStatus.WAITING);
			if (next.isEmpty()) {
				return;
			}
			Registration w = next.get();
			Map<String, Object> before = w.snapshot();
			w.promote();
			a.promoted();
			audit.record("PROMOTE", "registration", w.getId(), a.getTitleFr(), before, w.snapshot());
		}
	}

	/** Cancels every live registration of a cancelled activity. */
	void cancelAll(Activity a) {
		for (Registration r : registrations.findByActivityIdAndStatusNotOrderByStatusAscIdAsc(a.getId(),
				RegistrationStatus.CANCELLED)) {
			r.cancel();
		}
	}
}
