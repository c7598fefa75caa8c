package dz.sanad.training;

import dz.sanad.platform.JobLeases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Certificate batches whose node died: shown as interrupted (a translated status), so the user starts another. */
@Component
class CertificateBatchLeases implements JobLeases.Interruptible {

	static final String KIND = "training_job";

	private final JdbcClient jdbc;

	CertificateBatchLeases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<Long> runningCreatedBefore(Instant cutoff) {
		return jdbc.sql("select id from training_job where status in ('QUEUED', 'RUNNING') and started_at < ?")
			.param(Timestamp.from(cutoff)).query(Long.class).list();
	}

	@Override
	public void interrupt(long id) {
		jdbc.sql("update training_job set status = 'INTERRUPTED', finished_at = now() where id = ? and status in ('QUEUED', 'RUNNING')")
			.param(id).update();
	}
}
