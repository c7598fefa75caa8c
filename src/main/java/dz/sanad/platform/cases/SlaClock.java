package dz.sanad.platform.cases;

import dz.sanad.platform.calendar.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One SLA clock as a value: when it started, its paused spans (kept merged, so pausing twice over the same span is
 * pausing once), an open pause, and when it stopped. Elapsed time is the working time from start to stop (or now)
 * minus the working time of the pauses. Nothing here depends on the policy: the target is given when asked.
 */
public final class SlaClock {

	/** A closed pause. */
	public record Span(Instant from, Instant to) {

		public Span {
			if (!to.isAfter(from)) {
				throw new IllegalArgumentException("empty or reversed span " + from + " " + to);
			}
		}
	}

	private final Instant startedAt;

	private final List<Span> pauses;

	private final Instant pausedSince;

	private final Instant stoppedAt;

	public SlaClock(Instant startedAt, List<Span> pauses, Instant pausedSince, Instant stoppedAt) {
		this.startedAt = startedAt;
		this.pauses = merge(pauses);
		this.pausedSince = pausedSince;
		this.stoppedAt = stoppedAt;
	}

	public static SlaClock startedAt(Instant at) {
		return new SlaClock(at, List.of(), null, null);
	}

	public Instant startedAt() {
		return startedAt;
	}

	public List<Span> pauses() {
		return pauses;
	}

	public Instant pausedSince() {
		return pausedSince;
	}

	public Instant stoppedAt() {
		return stoppedAt;
	}

	public boolean isPaused() {
		return pausedSince != null;
	}

	public boolean isStopped() {
		return stoppedAt != null;
	}

	public boolean isRunning() {
		return !isPaused() && !isStopped();
	}

	/** Pauses from {@code at}; already paused or stopped: unchanged. */
	public SlaClock pause(Instant at) {
		return isRunning() ? new SlaClock(startedAt, pauses, at, null) : this;
	}

	/** Ends the open pause at {@code at}; not paused: unchanged. */
	public SlaClock resume(Instant at) {
		if (!isPaused()) {
			return this;
		}
		return new SlaClock(startedAt, withSpan(pausedSince, at), null, stoppedAt);
	}

	/** Records a pause after the fact (merged with those it overlaps). */
	public SlaClock withPause(Instant from, Instant to) {
		return new SlaClock(startedAt, withSpan(from, to), pausedSince, stoppedAt);
	}

	/** Stops the clock (target met, or the case ended); an open pause ends there. */
	public SlaClock stop(Instant at) {
		if (isStopped()) {
			return this;
		}
		SlaClock resumed = resume(at);
		return new SlaClock(startedAt, resumed.pauses, null, at);
	}

	/** Runs again after a stop (a reopened case): the time it was stopped counts as paused. */
	public SlaClock restart(Instant at) {
		if (!isStopped()) {
			return this;
		}
		return new SlaClock(startedAt, withSpan(stoppedAt, at), null, null);
	}

	/** Working time counted so far. */
	public Duration elapsed(Instant now, WorkingCalendar calendar) {
		Instant end = isStopped() && stoppedAt.isBefore(now) ? stoppedAt : now;
		if (!end.isAfter(startedAt)) {
			return Duration.ZERO;
		}
		Duration total = calendar.workingDuration(startedAt, end);
		List<Span> all = new ArrayList<>(pauses);
		if (isPaused() && pausedSince.isBefore(end)) {
			all.add(new Span(pausedSince, end));
		}
		for (Span s : merge(all)) {
			Instant a = s.from().isBefore(startedAt) ? startedAt : s.from();
			Instant b = s.to().isAfter(end) ? end : s.to();
			if (b.isAfter(a)) {
				total = total.minus(calendar.workingDuration(a, b));
			}
		}
		return total;
	}

	/**
	 * When {@code target} working time will have elapsed if the clock keeps running from {@code now}; null while
	 * paused or stopped (it is not heading anywhere).
	 */
	public Instant dueAt(Duration target, Instant now, WorkingCalendar calendar) {
		if (!isRunning()) {
			return null;
		}
		Duration left = target.minus(elapsed(now, calendar));
		Instant from = now.isBefore(startedAt) ? startedAt : now;
		return left.isNegative() || left.isZero() ? from : calendar.addWorking(from, left);
	}

	private List<Span> withSpan(Instant from, Instant to) {
		List<Span> all = new ArrayList<>(pauses);
		if (to.isAfter(from)) {
			all.add(new Span(from, to));
		}
		return all;
	}

	/** Sorted, overlapping or touching spans joined: the union of the pauses. */
	static List<Span> merge(List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparing(Span::from));
		List<Span> out = new ArrayList<>();
		for (Span s : sorted) {
			if (!out.isEmpty() && !s.from().isAfter(out.get(out.size() - 1).to())) {
				Span last = out.remove(out.size() - 1);
				out.add(new Span(last.from(), s.to().isAfter(last.to()) ? s.to() : last.to()));
			}
			else {
				out.add(s);
			}
		}
		return List.copyOf(out);
	}
}
