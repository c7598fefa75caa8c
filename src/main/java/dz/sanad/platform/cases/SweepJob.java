package dz.sanad.platform.cases;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Runs the escalation sweep every minute, on one node per turn (ShedLock). Even without the lock a step would be
 * escalated once (it is deleted as it is escalated), but two nodes sweeping together would only wait on each other.
 */
@Component
class SweepJob {

	private static final Logger log = LoggerFactory.getLogger(SweepJob.class);

	private final CaseEngine engine;

	SweepJob(CaseEngine engine) {
		this.engine = engine;
	}

	@SchedulerLock(name = "platform.case-sweep", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
	@Scheduled(fixedDelayString = "${sanad.cases.sweep-every:PT1M}", initialDelayString = "${sanad.cases.sweep-every:PT1M}")
	void run() {
		long t0 = System.nanoTime();
		int n = engine.sweep(Instant.now());
		long ms = (System.nanoTime() - t0) / 1_000_000;
		if (n > 0 || ms >= 1000) {
			// bench/scenarios/concerns reads this line for the sweep's duration over the national dataset
			log.info("case sweep: {} escalation(s) recorded in {} ms", n, ms);
		}
	}
}
