package dz.sanad.platform.cases;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Runs the escalation sweep every minute. Nodes may sweep at the same time: a step is deleted as it is escalated,
 * and a concurrent delete of the same row waits and then finds nothing, so a step is escalated once.
 */
@Component
class SweepJob {

	private static final Logger log = LoggerFactory.getLogger(SweepJob.class);

	private final CaseEngine engine;

	SweepJob(CaseEngine engine) {
		this.engine = engine;
	}

	@Scheduled(fixedDelayString = "${sanad.cases.sweep-every:PT1M}", initialDelayString = "${sanad.cases.sweep-every:PT1M}")
	void run() {
		int n = engine.sweep(Instant.now());
		if (n > 0) {
			log.info("{} case escalation(s) recorded", n);
		}
	}
}
