package dz.sanad.people.imports;

import dz.sanad.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashMap;
import java.util.Map;

import static dz.sanad.people.imports.ImportStaging.family;
import static dz.sanad.people.imports.ImportStaging.members;

/**
 * Step 2 of an import, in the background: all or nothing. Upserts on the matricule from the staging tables in one
 * transaction, after checking what may have moved since the preview; a second import of the same file changes
 * nothing.
 */
@Component
class ImportCommit {

	private static final Logger log = LoggerFactory.getLogger(ImportCommit.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final ImportJobs jobs;

	private final ImportStaging staging;

	private final AuditTrail audit;

	ImportCommit(JdbcClient jdbc, PlatformTransactionManager txm, ImportJobs jobs, ImportStaging staging,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(txm);
		this.jobs = jobs;
		this.staging = staging;
		this.audit = audit;
	}

	/** Raised inside the commit transaction to roll it back when a row went bad since the preview. */
	private static final class RowsWentBad extends RuntimeException {

		final transient ImportPass pass;

		RowsWentBad(ImportPass pass) {
			super("rows with errors", null, false, false);
			this.pass = pass;
		}
	}

	/** Step 2: all or nothing. */
	void write(long id) {
		ImportJob job = jobs.get(id);
		long start = System.nanoTime();
		try {
			int[] counts = tx.execute(status -> writeInTransaction(id, job));
			staging.deleteFile(id);
			log.info("Import {} committed in {} ms: members +{} ~{}, family +{} ~{}", id,
					(System.nanoTime() - start) / 1_000_000, counts[0], counts[1], counts[2], counts[3]);
		}
		catch (RowsWentBad e) {
			staging.dropStaging(id);
			jobs.saveErrors(id, e.pass);
			jobs.backToPreview(id, e.pass.errorRows);
		}
		catch (ImportRejected e) {
			staging.dropStaging(id);
			jobs.fail(id, ImportStatus.REJECTED, e.key, e.arg);
		}
		catch (RuntimeException e) {
			log.error("Import {} commit failed", id, e);
			staging.dropStaging(id);
			jobs.fail(id, ImportStatus.FAILED, "import.error.unexpected", null);
		}
	}

	private int[] writeInTransaction(long id, ImportJob job) {
		// sorting a million family rows before the upsert needs more than the default 4 MB
		jdbc.sql("select set_config('work_mem', '128MB', true)").query().singleRow();
		long rows = (long) job.memberRows() + job.familyRows();
		long t0 = System.nanoTime();
		if (staging.stagedRows(id) != rows) {
			// the staged rows are gone (restart after a crash, or an older job): read and check the file again
			staging.dropStaging(id);
			ImportPass pass = staging.stage(id);
			if (pass.errorRows > 0) {
				throw new RowsWentBad(pass);
			}
		}
		else if (staging.movedSincePreview(id)) {
			// the full check says which rows and why, with their cells, for the error report
			ImportPass pass = staging.check(id);
			if (pass.errorRows > 0) {
				throw new RowsWentBad(pass);
			}
		}
		long t1 = System.nanoTime();
		// in matricule order, then family rows in member order: the indexes are then filled from left to right
		int[] m = jdbc.sql("""
				with up as (
				  insert into people_member as p (matricule, nin, first_name_ar, last_name_ar, first_name_lat,
				    last_name_lat, sex, birth_date, grade, function_code, unit_id, wilaya_code, phone, email, status,
				    search_ar, search_lat)
				  select matricule, nin, first_name_ar, last_name_ar, first_name_lat, last_name_lat, sex, birth_date,
				    grade, function_code, unit_id, wilaya_code, phone, email, status, search_ar, search_lat
				  from STAGED_MEMBERS order by matricule
				  on conflict (matricule) do update set nin = excluded.nin, first_name_ar = excluded.first_name_ar,
				    last_name_ar = excluded.last_name_ar, first_name_lat = excluded.first_name_lat,
				    last_name_lat = excluded.last_name_lat, sex = excluded.sex, birth_date = excluded.birth_date,
				    grade = excluded.grade, function_code = excluded.function_code, unit_id = excluded.unit_id,
				    wilaya_code = excluded.wilaya_code, phone = excluded.phone, email = excluded.email,
				    status = excluded.status, search_ar = excluded.search_ar, search_lat = excluded.search_lat,
				    version = p.version + 1, updated_at = now()
				  where (p.nin, p.first_name_ar, p.last_name_ar, p.first_name_lat, p.last_name_lat, p.sex,
				    p.birth_date, p.grade, p.function_code, p.unit_id, p.wilaya_code, p.phone, p.email, p.status)
				    is distinct from (excluded.nin, excluded.first_name_ar, excluded.last_name_ar,
				    excluded.first_name_lat, excluded.last_name_lat, excluded.sex, excluded.birth_date, excluded.grade,
				    excluded.function_code, excluded.unit_id, excluded.wilaya_code, excluded.phone, excluded.email,
				    excluded.status)
				  returning (xmax = 0) as inserted)
				select count(*) filter (where inserted), count(*) filter (where not inserted) from up"""
			.replace("STAGED_MEMBERS", members(id)))
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
		jobs.progress(id, job.memberRows());
		long t2 = System.nanoTime();
		int[] f = jdbc.sql("""
				with up as (
				  insert into people_family_member as p (member_id, relation, first_name_ar, last_name_ar,
				    first_name_lat, last_name_lat, sex, birth_date, disability, orphan, martyr_child, school_level)
				  select m.id, i.relation, i.first_name_ar, i.last_name_ar, i.first_name_lat, i.last_name_lat, i.sex,
				    i.birth_date, i.disability, i.orphan, i.martyr_child, i.school_level
				  from STAGED_FAMILY i join people_member m on m.matricule = i.matricule
				  order by m.id, i.relation, i.first_name_ar, i.birth_date
				  on conflict (member_id, relation, first_name_ar, birth_date) do update set
				    last_name_ar = excluded.last_name_ar, first_name_lat = excluded.first_name_lat,
				    last_name_lat = excluded.last_name_lat, sex = excluded.sex, disability = excluded.disability,
				    orphan = excluded.orphan, martyr_child = excluded.martyr_child, school_level = excluded.school_level,
				    active = true, version = p.version + 1, updated_at = now()
				  where (p.last_name_ar, p.first_name_lat, p.last_name_lat, p.sex, p.disability, p.orphan,
				    p.martyr_child, p.school_level, p.active) is distinct from (excluded.last_name_ar,
				    excluded.first_name_lat, excluded.last_name_lat, excluded.sex, excluded.disability, excluded.orphan,
				    excluded.martyr_child, excluded.school_level, true)
				  returning (xmax = 0) as inserted)
				select count(*) filter (where inserted), count(*) filter (where not inserted) from up"""
			.replace("STAGED_FAMILY", family(id)))
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
		log.info("Import {} commit phases: checks {} ms, members {} ms, family {} ms", id, (t1 - t0) / 1_000_000,
				(t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
		staging.dropStaging(id);
		jobs.committed(id, m[0], m[1], f[0], f[1]);
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("file", job.fileName());
		summary.put("memberRows", job.memberRows());
		summary.put("familyRows", job.familyRows());
		summary.put("membersCreated", m[0]);
		summary.put("membersUpdated", m[1]);
		summary.put("familyCreated", f[0]);
		summary.put("familyUpdated", f[1]);
		audit.record("IMPORT", "people-import", id, job.fileName(), null, summary);
		return new int[] { m[0], m[1], f[0], f[1] };
	}
}
