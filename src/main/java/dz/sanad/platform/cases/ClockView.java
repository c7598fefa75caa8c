package dz.sanad.platform.cases;

import java.time.Duration;
import java.time.Instant;

/** A clock as a page shows it: target and elapsed working time, when it breaches if it keeps running. */
public record ClockView(Clock clock, Duration target, Duration elapsed, boolean paused, boolean stopped,
		Instant dueAt, int levelReached) {

	public boolean breached() {
		return elapsed.compareTo(target) >= 0;
	}

	/** Share of the target used, in percent (may exceed 100). */
	public long percentUsed() {
		return target.isZero() ? 0 : elapsed.toSeconds() * 100 / target.toSeconds();
	}
}
