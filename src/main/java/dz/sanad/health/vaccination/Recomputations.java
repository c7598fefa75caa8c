package dz.sanad.health.vaccination;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Map;

/**
 * Publishing a calendar version and recomputing, in the background, the schedules of the cohorts it governs: a
 * job row with a lease, one slice of children per step (the page polls its progress), and a report of the
 * children now needing catch-up doses (doses the new version plans that are already overdue).
 */
@Service
public class Recomputations {

	private static final Logger log = LoggerFactory.getLogger(Recomputations.class);

	private final Calendars calendars;

	private final Schedules schedules;

	private final RecomputeJobs jobs;

	private final JobLeases leases;

	private final TaskExecutor executor;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Recomputations(Calendars calendars, Schedules schedules, RecomputeJobs jobs, JobLeases leases,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, JdbcClient jdbc, AuditTrail audit) {
		this.calendars = calendars;
		this.schedules = schedules;
		this.jobs = jobs;
		this.leases = leases;
		this.executor = executor;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Publishes the draft and starts recomputing its cohorts once the publication has committed; the job id. */
	@Transactional
	public long publish(long calendarId) {
		CalendarVersion v = calendars.publish(calendarId);
		long jobId = jobs.create(v.id(), CurrentUser.name());
		leases.hold(RecomputeJobs.KIND, jobId); // committed with the job row
		audit.record("START", "vaccination-job", jobId, v.code(), null, Map.of("calendar", v.code()));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				executor.execute(() -> run(jobId));
			}
		});
		return jobId;
	}

	/** Runs a job to its end in the calling thread (the background worker, or demo seeding). */
	void run(long jobId) {
		try {
			RecomputeJobs.Job job = jobs.get(jobId);
			CalendarVersion v = calendars.get(job.calendarId());
			List<long[]> slices = schedules.slices();
			if (!jobs.running(jobId, slices.size())) {
				return;
			}
			for (int i = 0; i < slices.size(); i++) {
				int children = schedules.scheduleSlice(v, slices.get(i), false, jobId);
				jobs.progressed(jobId, i + 1, children);
			}
			jobs.done(jobId, catchUpCount(jobId));
		}
		catch (RuntimeException e) {
			log.warn("Vaccination recomputation {} failed", jobId, e);
			jobs.fail(jobId, String.valueOf(e.getMessage()));
		}
		finally {
			leases.release(RecomputeJobs.KIND, jobId);
		}
	}

	public int catchUpCount(long jobId) {
		return jdbc.sql("select count(distinct family_member_id) from vaccination_due where catch_up_job = ? and not done")
			.param(jobId).query(Integer.class).single();
	}

	/** A planned catch-up: a child, the member, the dose and its date, still open. */
	public record CatchUp(long childId, long memberId, String wilaya, String antigen, int doseNo, long doseId,
			java.time.LocalDate due) {
	}

	/** The open catch-up doses of a job in the user's wilaya (null: every wilaya), a page at a time. */
	public List<CatchUp> catchUps(long jobId, String wilaya, int offset, int limit) {
		return jdbc.sql("""
				select family_member_id, member_id, wilaya_code, antigen, dose_no, dose_id, due_date from vaccination_due
				where catch_up_job = :job and not done and (cast(:w as varchar) is null or wilaya_code = :w)
				order by wilaya_code, family_member_id, due_date limit :limit offset :offset""")
			.param("job", jobId).param("w", wilaya).param("limit", limit).param("offset", offset)
			.query((rs, n) -> new CatchUp(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getLong(6), rs.getObject(7, java.time.LocalDate.class)))
			.list();
	}

	public long catchUpTotal(long jobId, String wilaya) {
		return jdbc.sql("""
				select count(*) from vaccination_due where catch_up_job = :job and not done
				  and (cast(:w as varchar) is null or wilaya_code = :w)""")
			.param("job", jobId).param("w", wilaya).query(Long.class).single();
	}
}
