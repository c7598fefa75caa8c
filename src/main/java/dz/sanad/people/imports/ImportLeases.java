package dz.sanad.people.imports;

import dz.sanad.platform.JobLeases;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** HR imports whose node died: reported as failed with the "interrupted" message, never left spinning. */
@Component
class ImportLeases implements JobLeases.Interruptible {

	static final String KIND = "people_import";

	private final ImportJobs jobs;

	private final ImportStaging staging;

	ImportLeases(ImportJobs jobs, ImportStaging staging) {
		this.jobs = jobs;
		this.staging = staging;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<Long> runningCreatedBefore(Instant cutoff) {
		return jobs.runningCreatedBefore(cutoff);
	}

	@Override
	public void interrupt(long id) {
		jobs.interrupted(id);
		// a commit cut short rolled back; what it had staged can no longer be committed
		staging.dropStaging(id);
	}
}
