package dz.sanad.health.vaccination;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Children registered, re-dated or moved since the last pass get their schedule every night (set-based, only the
 * stale ones); children who left the family lose their cohort row. A child's page also schedules them at once.
 */
@Component
public class ScheduleSweep {

	private static final Logger log = LoggerFactory.getLogger(ScheduleSweep.class);

	private final Calendars calendars;

	private final Schedules schedules;

	ScheduleSweep(Calendars calendars, Schedules schedules) {
		this.calendars = calendars;
		this.schedules = schedules;
	}

	@Scheduled(cron = "${sanad.vaccination.sweep-cron:0 30 1 * * *}", zone = "Africa/Algiers")
	@SchedulerLock(name = "vaccination.schedule-sweep", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
	public void nightly() {
		log.info("Vaccination schedules: {} children scheduled", sweep());
	}

	/** Schedules every stale child of every published version; how many. */
	public int sweep() {
		schedules.dropDeparted();
		int n = 0;
		for (CalendarVersion v : calendars.published()) {
			for (long[] slice : schedules.slices()) {
				n += schedules.scheduleSlice(v, slice, true, null);
			}
		}
		return n;
	}
}
