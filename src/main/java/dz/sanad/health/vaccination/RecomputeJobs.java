package dz.sanad.health.vaccination;

import dz.sanad.platform.JobLeases;
import dz.sanad.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The rows of the background recomputations after a calendar version is published, and the only class that
 * changes their status: queued → running → done | failed | interrupted (its node died; the sweep of
 * {@link JobLeases} says so).
 */
@Component
public class RecomputeJobs implements JobLeases.Interruptible {

	static final String KIND = "vaccination_job";

	public enum Status {
		QUEUED, RUNNING, DONE, FAILED, INTERRUPTED;

		public boolean running() {
			return this == QUEUED || this == RUNNING;
		}

		public String messageKey() {
			return "vaccination.job.status." + name();
		}
	}

	public record Job(long id, long calendarId, Status status, int total, int processed, int children, int catchUp,
			String error, String createdBy, Instant createdAt, Instant finishedAt) implements Serializable {

		public int percent() {
			return total == 0 ? (status == Status.DONE ? 100 : 0) : Math.min(100, processed * 100 / total);
		}
	}

	private final JdbcClient jdbc;

	RecomputeJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(long calendarId, String by) {
		return jdbc.sql("insert into vaccination_job (calendar_id, status, created_by) values (?, 'QUEUED', ?) returning id")
			.params(calendarId, by).query(Long.class).single();
	}

	public Job get(long id) {
		return jdbc.sql("select * from vaccination_job where id = ?").param(id)
			.query((rs, n) -> new Job(rs.getLong("id"), rs.getLong("calendar_id"), Status.valueOf(rs.getString("status")),
					rs.getInt("total"), rs.getInt("processed"), rs.getInt("children"), rs.getInt("catch_up"),
					rs.getString("error"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant()))
			.optional().orElseThrow(() -> new NotFoundException("vaccination job " + id));
	}

	public List<Job> recent(int limit) {
		return jdbc.sql("select id from vaccination_job order by id desc limit ?").param(limit).query(Long.class).list()
			.stream().map(this::get).toList();
	}

	boolean running(long id, int total) {
		return jdbc.sql("update vaccination_job set status = 'RUNNING', total = ? where id = ? and status = 'QUEUED'")
			.params(total, id).update() == 1;
	}

	void progressed(long id, int processed, int children) {
		jdbc.sql("update vaccination_job set processed = ?, children = children + ? where id = ? and status = 'RUNNING'")
			.params(processed, children, id).update();
	}

	void done(long id, int catchUp) {
		jdbc.sql("""
				update vaccination_job set status = 'DONE', processed = total, catch_up = ?, finished_at = now()
				where id = ? and status = 'RUNNING'""").params(catchUp, id).update();
	}

	void fail(long id, String error) {
		jdbc.sql("""
				update vaccination_job set status = 'FAILED', error = left(?, 1000), finished_at = now()
				where id = ? and status in ('QUEUED', 'RUNNING')""").params(error, id).update();
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<Long> runningCreatedBefore(Instant cutoff) {
		return jdbc.sql("select id from vaccination_job where status in ('QUEUED', 'RUNNING') and created_at < ?")
			.param(Timestamp.from(cutoff)).query(Long.class).list();
	}

	@Override
	public void interrupt(long id) {
		jdbc.sql("""
				update vaccination_job set status = 'INTERRUPTED', finished_at = now()
				where id = ? and status in ('QUEUED', 'RUNNING')""").param(id).update();
	}
}
