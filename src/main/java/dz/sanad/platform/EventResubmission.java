package dz.sanad.platform;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Events whose listener failed (a mail server down) or whose node died while handling them are handed to their
 * listeners again, by one node at a time. This replaces Modulith's republish-on-restart, which re-sends every
 * incomplete publication whenever any node starts, including those another live node is sending right now.
 */
@Component
class EventResubmission {

	private final IncompleteEventPublications incomplete;

	private final Duration olderThan;

	EventResubmission(IncompleteEventPublications incomplete,
			@Value("${sanad.events.resubmit-older-than:PT5M}") Duration olderThan) {
		this.incomplete = incomplete;
		this.olderThan = olderThan;
	}

	@Scheduled(fixedDelayString = "${sanad.events.resubmit-every:PT5M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "platform.event-resubmission", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	public void resubmit() {
		incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
	}
}
