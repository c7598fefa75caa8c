package dz.sanad.people.imports;

import dz.sanad.platform.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code people_import} rows and the one owner of their state machine (see {@link ImportStatus}): every change
 * of status is a named transition here, conditional on the states it may leave where two nodes or two requests
 * could race. Also the job's progress, file and row-level error report.
 */
@Component
class ImportJobs {

	private static final String RUNNING = "('QUEUED', 'VALIDATING', 'COMMITTING')";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final TransactionTemplate separate;

	private final JsonMapper json;

	ImportJobs(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager txm, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = new JdbcTemplate(dataSource);
		this.separate = new TransactionTemplate(txm);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.json = json;
	}

	// ---- reading

	ImportJob get(long id) {
		return jdbc.sql("select * from people_import where id = ?").param(id).query(ImportJobs::job).optional()
			.orElseThrow(() -> new NotFoundException("import " + id));
	}

	Page<ImportJob> list(ImportStatus status, Pageable pageable) {
		String where = status == null ? "" : " where status = '" + status.name() + "'";
		long total = jdbc.sql("select count(*) from people_import" + where).query(Long.class).single();
		List<ImportJob> jobs = jdbc.sql("select * from people_import" + where + " order by id desc limit ? offset ?")
			.params(pageable.getPageSize(), pageable.getOffset()).query(ImportJobs::job).list();
		return new PageImpl<>(jobs, pageable, total);
	}

	/** Jobs still running that were created before the cutoff (candidates for the dead-node sweep). */
	List<Long> runningCreatedBefore(Instant cutoff) {
		return jdbc.sql("select id from people_import where status in " + RUNNING + " and created_at < ?")
			.param(Timestamp.from(cutoff)).query(Long.class).list();
	}

	// ---- transitions

	/** A new job: QUEUED for a stored upload, or REJECTED at once (then {@link #fail} says why). */
	long create(String name, long size, ImportStatus status, String by) {
		return jdbc.sql("insert into people_import (file_name, file_size, status, created_by) values (?, ?, ?, ?) returning id")
			.params(name, size, status.name(), by).query(Long.class).single();
	}

	/** QUEUED → VALIDATING: the preview starts reading the file. */
	void validating(long id) {
		jdbc.sql("update people_import set status = ?, phase_done = 0 where id = ?")
			.params(ImportStatus.VALIDATING.name(), id).update();
	}

	/** VALIDATING → PREVIEWED with the counts of the reading. */
	void previewed(long id, ImportPass pass) {
		jdbc.sql("update people_import set status = 'PREVIEWED', member_rows = ?, family_rows = ?, error_rows = ?, phase_done = ?, previewed_at = now(), ignored_columns = ? where id = ?")
			.params(pass.memberRows, pass.familyRows, pass.errorRows, pass.done(), pass.ignoredColumns, id).update();
	}

	/**
	 * PREVIEWED without errors → COMMITTING, taken by one request only.
	 *
	 * @return false when the job was not (or no longer) committable
	 */
	boolean committing(long id, long rows, String by) {
		return jdbc.sql("update people_import set status = 'COMMITTING', phase_done = 0, phase_total = ?, committed_by = ? where id = ? and status = 'PREVIEWED' and error_rows = 0")
			.params(rows, by, id).update() > 0;
	}

	/** COMMITTING → COMMITTED with what the upserts created and updated. */
	void committed(long id, int membersCreated, int membersUpdated, int familyCreated, int familyUpdated) {
		jdbc.sql("""
				update people_import set status = 'COMMITTED', members_created = ?, members_updated = ?,
				  family_created = ?, family_updated = ?, phase_done = phase_total, committed_at = now() where id = ?""")
			.params(membersCreated, membersUpdated, familyCreated, familyUpdated, id).update();
	}

	/** COMMITTING → PREVIEWED: rows went bad since the preview; the new error report says which. */
	void backToPreview(long id, int errorRows) {
		jdbc.sql("update people_import set status = 'PREVIEWED', error_rows = ? where id = ?").params(errorRows, id)
			.update();
	}

	/** Any state → REJECTED (the file) or FAILED (the work), with the message key and its argument. */
	void fail(long id, ImportStatus s, String key, String arg) {
		jdbc.sql("update people_import set status = ?, failure_key = ?, failure_arg = ? where id = ?")
			.params(s.name(), key, arg, id).update();
	}

	/** A running job whose node died → FAILED, "interrupted"; a job that finished meanwhile is left as it is. */
	void interrupted(long id) {
		jdbc.sql("update people_import set status = 'FAILED', failure_key = 'import.error.interrupted' where id = ? and status in " + RUNNING)
			.param(id).update();
	}

	// ---- progress, file, errors

	void progress(long id, long done) {
		// its own transaction, so that the page sees it while the commit's transaction is still open
		separate.executeWithoutResult(st -> jdbc.sql("update people_import set phase_done = ? where id = ?")
			.params(done, id).update());
	}

	void stored(long id, String path, long size) {
		jdbc.sql("update people_import set file_path = ?, file_size = ? where id = ?").params(path, size, id).update();
	}

	/** Where the upload is kept, if known. */
	String filePath(long id) {
		return jdbc.sql("select file_path from people_import where id = ?").param(id).query(String.class).optional()
			.orElse(null);
	}

	List<ImportError> errors(long id, int limit) {
		return jdbc.sql("select sheet, row_no, field, message_key, message_arg, raw from people_import_error where import_id = ? order by id limit ?")
			.params(id, limit).query((rs, n) -> new ImportError(rs.getString(1), rs.getInt(2), rs.getString(3),
					rs.getString(4), rs.getString(5), raw(rs.getString(6))))
			.list();
	}

	void saveErrors(long id, ImportPass pass) {
		jdbc.sql("delete from people_import_error where import_id = ?").param(id).update();
		List<Object[]> rows = new ArrayList<>();
		for (ImportError e : pass.errors) {
			rows.add(new Object[] { id, e.sheet(), e.rowNo(), e.field(), e.messageKey(), e.messageArg(),
					json.writeValueAsString(e.raw()) });
		}
		if (!rows.isEmpty()) {
			batch.batchUpdate("insert into people_import_error (import_id, sheet, row_no, field, message_key, message_arg, raw) values (?, ?, ?, ?, ?, ?, ?)",
					rows);
		}
	}

	private List<String> raw(String s) {
		if (s == null) {
			return List.of();
		}
		return json.readValue(s, new TypeReference<List<String>>() {
		});
	}

	private static ImportJob job(ResultSet rs, int n) throws SQLException {
		return new ImportJob(rs.getLong("id"), rs.getString("file_name"), rs.getLong("file_size"),
				ImportStatus.valueOf(rs.getString("status")), rs.getLong("phase_total"), rs.getLong("phase_done"),
				rs.getInt("member_rows"), rs.getInt("family_rows"), rs.getInt("error_rows"),
				rs.getInt("members_created"), rs.getInt("members_updated"), rs.getInt("family_created"),
				rs.getInt("family_updated"), rs.getString("failure_key"), rs.getString("failure_arg"),
				rs.getString("created_by"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("previewed_at")), rs.getString("committed_by"),
				instant(rs.getTimestamp("committed_at")), rs.getString("ignored_columns"));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
