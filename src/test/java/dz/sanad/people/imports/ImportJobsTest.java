package dz.sanad.people.imports;

import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The import job's state machine, driven through its one owner on the real database. */
@IntegrationTest
class ImportJobsTest {

	@Autowired
	ImportJobs jobs;

	private static ImportPass emptyPass() {
		return new ImportPass(new ImportPass.Reference(Map.of(), Set.of(), Map.of(), Set.of()), null, null);
	}

	@Test
	void aJobIsCommittedOnceAndOnlyFromACleanPreview() {
		long id = jobs.create("jobs-test.csv", 10, ImportStatus.QUEUED, "hr");
		assertThat(jobs.committing(id, 0, "hr")).as("not previewed yet").isFalse();
		jobs.validating(id);
		assertThat(jobs.get(id).status()).isEqualTo(ImportStatus.VALIDATING);
		jobs.previewed(id, emptyPass());
		assertThat(jobs.get(id).committable()).isTrue();
		assertThat(jobs.committing(id, 0, "hr")).isTrue();
		assertThat(jobs.committing(id, 0, "other")).as("a second request loses the race").isFalse();
		assertThat(jobs.get(id).committedBy()).isEqualTo("hr");
		jobs.backToPreview(id, 3);
		ImportJob back = jobs.get(id);
		assertThat(back.status()).isEqualTo(ImportStatus.PREVIEWED);
		assertThat(back.committable()).as("rows went bad since the preview").isFalse();
		assertThat(jobs.committing(id, 0, "hr")).isFalse();
	}

	@Test
	void onlyARunningJobIsInterrupted() {
		long running = jobs.create("running.csv", 10, ImportStatus.QUEUED, "hr");
		jobs.validating(running);
		long done = jobs.create("done.csv", 10, ImportStatus.QUEUED, "hr");
		jobs.validating(done);
		jobs.previewed(done, emptyPass());
		jobs.committing(done, 0, "hr");
		jobs.committed(done, 1, 2, 3, 4);
		assertThat(jobs.runningCreatedBefore(Instant.now().plusSeconds(60))).contains(running).doesNotContain(done);

		jobs.interrupted(running);
		jobs.interrupted(done);

		ImportJob r = jobs.get(running);
		assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(r.failureKey()).isEqualTo("import.error.interrupted");
		ImportJob d = jobs.get(done);
		assertThat(d.status()).isEqualTo(ImportStatus.COMMITTED);
		assertThat(d.failureKey()).isNull();
		assertThat(new int[] { d.membersCreated(), d.membersUpdated(), d.familyCreated(), d.familyUpdated() })
			.containsExactly(1, 2, 3, 4);
	}

	@Test
	void aRejectionKeepsItsReason() {
		long id = jobs.create("big.xlsx", 1L << 40, ImportStatus.REJECTED, "hr");
		jobs.fail(id, ImportStatus.REJECTED, "import.error.too-big", "50");
		ImportJob j = jobs.get(id);
		assertThat(j.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(j.failureKey()).isEqualTo("import.error.too-big");
		assertThat(j.failureArg()).isEqualTo("50");
	}
}
