package dz.sanad.health.vaccination;

import dz.sanad.audit.ReadLog;
import dz.sanad.platform.confidential.Subject;
import org.springframework.stereotype.Component;

/**
 * Every read of a child's vaccination record (page, booklet, API, a parent's view) goes to the platform's read log
 * under the health domain, in the caller's transaction, with its purpose; the child is the subject, so "who looked"
 * lists it.
 */
@Component
public class VaccinationReads {

	public static final String DOMAIN = "health";

	public static final String RECORD_TYPE = "vaccination";

	public static final String CARE = "vaccination.purpose.care";

	public static final String PARENT = "vaccination.purpose.parent";

	private final ReadLog log;

	VaccinationReads(ReadLog log) {
		this.log = log;
	}

	public void record(long childId, String purposeKey) {
		log.record(DOMAIN, RECORD_TYPE, String.valueOf(childId), Subject.family(childId), purposeKey);
	}
}
