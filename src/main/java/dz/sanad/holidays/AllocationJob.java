package dz.sanad.holidays;

import dz.sanad.platform.SanadUser;
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

import java.time.LocalDate;

/**
 * Runs allocations in the background (progress in the run row, which the page polls) and the scheduled expiry of
 * missed confirmation deadlines. Row locks make both safe when several nodes run them.
 */
@Component
public class AllocationJob {

	private static final Logger log = LoggerFactory.getLogger(AllocationJob.class);

	private final Holidays holidays;

	private final TaskExecutor executor;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	AllocationJob(Holidays holidays, @Qualifier("applicationTaskExecutor") TaskExecutor executor, JdbcClient jdbc,
			PlatformTransactionManager txManager) {
		this.holidays = holidays;
		this.executor = executor;
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(txManager);
	}

	/** Records the run and starts it once that is committed; returns at once with the run to poll. */
	public Run start(SanadUser user, Long seasonId) {
		Run run = tx.execute(s -> {
			Run r = holidays.startAllocation(user, seasonId);
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
		try {
			Allocator.Input input = tx.execute(s -> holidays.allocationInput(seasonId));
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
			tx.executeWithoutResult(s -> holidays.applyResult(runId, input, result));
		}
		catch (RuntimeException e) {
			log.error("Allocation run {} failed", runId, e);
			jdbc.sql("update holiday_run set status = 'FAILED', finished_at = now(), report = ? where id = ?")
				.params(String.valueOf(e.getMessage()), runId).update();
		}
	}

	@Scheduled(fixedDelayString = "${sanad.holidays.expiry-check:PT15M}", initialDelayString = "PT2M")
	void expireOverdue() {
		int n = expireOverdue(Holidays.today());
		if (n > 0) {
			log.info("{} holiday places expired after a missed confirmation deadline", n);
		}
	}

	public int expireOverdue(LocalDate today) {
		return holidays.expireOverdue(today, id -> {
			try {
				return holidays.expire(id, today);
			}
			catch (RuntimeException e) {
				log.warn("Could not expire holiday application {}", id, e);
				return false;
			}
		});
	}
}
