package dz.sanad.health.vaccination;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A child's schedule under the calendar version of their birth cohort. Each dose is due at its age from birth, but
 * never sooner than its minimum interval after the previous dose of its series: after the date that dose was
 * given when it was, after its own planned date otherwise (a late dose pushes the rest of its series back).
 */
public final class Schedule {

	/** A dose that counts (given here or elsewhere) on a date. */
	public record Done(DoseStatus how, LocalDate on) implements Serializable {
	}

	/** One planned dose with its dates and status on the day the schedule was computed. */
	public record Planned(DoseRule rule, LocalDate due, LocalDate earliest, DoseStatus status, LocalDate doneOn)
			implements Serializable {

		public boolean open() {
			return status.open();
		}
	}

	private Schedule() {
	}

	/** Doses in booklet order; {@code done} is keyed by {@link DoseRule#key()}. */
	public static List<Planned> compute(CalendarVersion calendar, LocalDate birth, Map<String, Done> done,
			Thresholds thresholds, LocalDate today) {
		Map<String, LocalDate[]> dates = new HashMap<>();
		List<Planned> out = new ArrayList<>();
		List<DoseRule> ordered = byDoseNumber(calendar);
		for (DoseRule d : ordered) {
			LocalDate due = d.dueFor(birth);
			LocalDate earliest = d.earliestFor(birth);
			Optional<DoseRule> prev = calendar.previous(d);
			if (prev.isPresent()) {
				LocalDate[] p = dates.get(prev.get().key());
				Done prevDone = done.get(prev.get().key());
				LocalDate anchorDue = prevDone != null ? prevDone.on() : p[0];
				LocalDate anchorEarliest = prevDone != null ? prevDone.on() : p[1];
				due = max(due, anchorDue.plus(d.minInterval()));
				earliest = max(earliest, anchorEarliest.plus(d.minInterval()));
			}
			dates.put(d.key(), new LocalDate[] { due, earliest });
		}
		for (DoseRule d : calendar.ordered()) {
			LocalDate[] p = dates.get(d.key());
			Done x = done.get(d.key());
			DoseStatus status = x != null ? x.how() : thresholds.status(p[0], today);
			out.add(new Planned(d, p[0], p[1], status, x == null ? null : x.on()));
		}
		return out;
	}

	/** The next open doses (the earliest due date and every dose due the same day), for a parent's summary. */
	public static List<Planned> next(List<Planned> schedule) {
		LocalDate first = schedule.stream().filter(Planned::open).map(Planned::due).min(LocalDate::compareTo)
			.orElse(null);
		return first == null ? List.of()
				: schedule.stream().filter(p -> p.open() && p.due().equals(first)).toList();
	}

	private static List<DoseRule> byDoseNumber(CalendarVersion calendar) {
		List<DoseRule> list = new ArrayList<>(calendar.doses());
		list.sort((a, b) -> a.antigen().equals(b.antigen()) ? Integer.compare(a.doseNo(), b.doseNo())
				: a.antigen().compareTo(b.antigen()));
		return list;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}
}
