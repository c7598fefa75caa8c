package dz.sanad.people.imports;

import dz.sanad.platform.JobLeases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** HR imports whose node died: reported as failed with the "interrupted" message, never left spinning. */
@Component
class ImportLeases implements JobLeases.Interruptible {

	static final String KIND = "people_import";

	private final JdbcClient jdbc;

	ImportLeases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<Long> runningCreatedBefore(Instant cutoff) {
		return jdbc.sql("select id from people_import where status in ('QUEUED', 'VALIDATING', 'COMMITTING') and created_at < ?")
			.param(Timestamp.from(cutoff)).query(Long.class).list();
	}

	@Override
	public void interrupt(long id) {
		jdbc.sql("update people_import set status = 'FAILED', failure_key = 'import.error.interrupted' where id = ? and status in ('QUEUED', 'VALIDATING', 'COMMITTING')")
			.param(id).update();
		// a commit cut short rolled back; what it had staged can no longer be committed
		jdbc.sql("drop table if exists people_import_m_" + id + ", people_import_f_" + id).update();
	}
}
