package dz.sanad.holidays;

import dz.sanad.platform.JobLeases;
import dz.sanad.platform.SanadUser;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs allocations in the background (progress in the run row, which the page polls) and the scheduled expiry of
 * missed confirmation deadlines. Row locks make both safe when several nodes run them; the expiry runs on one node
 * at a time (ShedLock), and a run whose node died is marked interrupted through its lease ({@link JobLeases}).
 */
@Component
public class AllocationJob implements JobLeases.Interruptible {

	private static final String KIND = "holiday_run";

	private static final Logger log = LoggerFactory.getLogger(AllocationJob.class);

	private final HolidayAllocation allocation;

	private final HolidayAllocationInput allocationInput;

	private final HolidayPlaces places;

	private final TaskExecutor executor;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final JobLeases leases;

	AllocationJob(HolidayAllocation allocation, HolidayAllocationInput allocationInput, HolidayPlaces places,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, JdbcClient jdbc,
			PlatformTransactionManager txManager, JobLeases leases) {
		this.allocation = allocation;
		this.allocationInput = allocationInput;
		this.places = places;
		this.leases = leases;
		this.executor = executor;
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(txManager);
	}

	/** Records the run and starts it once that is committed; returns at once with the run to poll. */
	public Run start(SanadUser user, Long seasonId) {
		Run run = tx.execute(s -> {
			Run r = allocation.startAllocation(user, seasonId);
			leases.hold(KIND, r.getId()); // committed with the run: never a running run without its lease
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					executor.execute(new DelegatingSecurityContextRunnable(() -> execute(r.getId(), seasonId)));
				}
			});
			return r;
		});
		return run;
	}

	/** The whole run in the calling thread (tests, demo data, benchmark). */
	public void execute(Long runId, Long seasonId) {
		leases.hold(KIND, runId);
		try {
			Allocator.Input input = tx.execute(s -> allocationInput.allocationInput(seasonId));
			jdbc.sql("update holiday_run set total = ?, progress = 5 where id = ?")
				.params(input.applicants().size(), runId).update();
			int[] last = { 5 };
			Allocator.Result result = Allocator.allocate(input, p -> {
				int scaled = 5 + p * 85 / 100; // the last 10 % is writing the result
				if (scaled >= last[0] + 5) {
					last[0] = scaled;
					jdbc.sql("update holiday_run set progress = ? where id = ?").params(scaled, runId).update();
				}
			});
			tx.executeWithoutResult(s -> allocation.applyResult(runId, input, result));
		}
		catch (RuntimeException e) {
			log.error("Allocation run {} failed", runId, e);
			jdbc.sql("update holiday_run set status = 'FAILED', finished_at = now(), report = ? where id = ?")
				.params(String.valueOf(e.getMessage()), runId).update();
		}
		finally {
			leases.release(KIND, runId);
		}
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<Long> runningCreatedBefore(Instant cutoff) {
		return jdbc.sql("select id from holiday_run where status = 'RUNNING' and started_at < ?")
			.param(Timestamp.from(cutoff)).query(Long.class).list();
	}

	/** Nothing of an interrupted run was applied (the result is written in one transaction at its end). */
	@Override
	public void interrupt(long id) {
		jdbc.sql("update holiday_run set status = 'INTERRUPTED', finished_at = now() where id = ? and status = 'RUNNING'")
			.param(id).update();
	}

	@Scheduled(fixedDelayString = "${sanad.holidays.expiry-check:PT15M}", initialDelayString = "PT2M")
	@SchedulerLock(name = "holidays.expire-overdue", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	void expireOverdue() {
		int n = expireOverdue(HolidaySeasons.today());
		if (n > 0) {
			log.info("{} holiday places expired after a missed confirmation deadline", n);
		}
	}

	public int expireOverdue(LocalDate today) {
		return places.expireOverdue(today, id -> {
			try {
				return places.expire(id, today);
			}
			catch (RuntimeException e) {
				log.warn("Could not expire holiday application {}", id, e);
				return false;
			}
		});
	}
}
