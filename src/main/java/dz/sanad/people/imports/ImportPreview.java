package dz.sanad.people.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Step 1 of an import, in the background: read and check every row, keep the errors, stage the good rows. */
@Component
class ImportPreview {

	private static final Logger log = LoggerFactory.getLogger(ImportPreview.class);

	private final TransactionTemplate tx;

	private final ImportJobs jobs;

	private final ImportStaging staging;

	ImportPreview(PlatformTransactionManager txm, ImportJobs jobs, ImportStaging staging) {
		this.tx = new TransactionTemplate(txm);
		this.jobs = jobs;
		this.staging = staging;
	}

	/** Step 1: read and check every row; keep the errors; stage the good rows for the commit. */
	void preview(long id) {
		ImportJob job = jobs.get(id);
		jobs.validating(id);
		long start = System.nanoTime();
		try {
			staging.dropStaleStaging();
			ImportPass pass = tx.execute(st -> staging.stage(id));
			jobs.saveErrors(id, pass);
			if (pass.errorRows > 0) {
				staging.dropStaging(id); // not committable: nothing to keep
			}
			jobs.previewed(id, pass);
			log.info("Import {} ({}) previewed in {} ms: {} members, {} family, {} rows with errors", id,
					job.fileName(), (System.nanoTime() - start) / 1_000_000, pass.memberRows, pass.familyRows,
					pass.errorRows);
		}
		catch (ImportRejected e) {
			jobs.fail(id, ImportStatus.REJECTED, e.key, e.arg);
			staging.deleteFile(id);
		}
		catch (RuntimeException e) {
			log.error("Import {} preview failed", id, e);
			jobs.fail(id, ImportStatus.FAILED, "import.error.unexpected", null);
		}
	}
}
