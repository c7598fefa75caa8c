package dz.sanad.health.vaccination;

import dz.sanad.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Every read of a child's vaccination record (page, booklet, API, a parent's view) is logged in the caller's
 * transaction, with its purpose.
 */
@Component
public class VaccinationReads {

	public static final String CARE = "vaccination.purpose.care";

	public static final String PARENT = "vaccination.purpose.parent";

	private final AuditTrail audit;

	VaccinationReads(AuditTrail audit) {
		this.audit = audit;
	}

	public void record(long childId, String purposeKey) {
		audit.record("READ", "vaccination", childId, purposeKey, null, null);
	}
}
