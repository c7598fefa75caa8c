package dz.sanad.training;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily supervisor follow-ups, on one node at a time (ShedLock); the lock is taken before the transaction. */
@Component
class FollowUpJob {

	private static final Logger log = LoggerFactory.getLogger(FollowUpJob.class);

	private final Delivery delivery;

	FollowUpJob(Delivery delivery) {
		this.delivery = delivery;
	}

	@Scheduled(cron = "${sanad.training.follow-up-cron:0 30 6 * * *}")
	@SchedulerLock(name = "training.follow-ups", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void daily() {
		int n = delivery.sendDueFollowUps();
		if (n > 0) {
			log.info("{} training follow-up questionnaire(s) queued", n);
		}
	}
}
