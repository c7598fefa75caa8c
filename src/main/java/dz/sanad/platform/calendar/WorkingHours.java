package dz.sanad.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * The working day: its hours and the week days that work. Algeria's week runs Sunday–Thursday (the weekend is
 * Friday–Saturday since 2009); the administration works 08:00–16:30.
 */
public record WorkingHours(ZoneId zone, LocalTime start, LocalTime end, Set<DayOfWeek> workdays) {

	public static final WorkingHours ALGERIA = new WorkingHours(ZoneId.of("Africa/Algiers"), LocalTime.of(8, 0),
			LocalTime.of(16, 30), EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
					DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));

	public WorkingHours {
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("working day must start before it ends: " + start + "-" + end);
		}
		if (workdays.isEmpty()) {
			throw new IllegalArgumentException("at least one working day of the week is needed");
		}
		workdays = Set.copyOf(workdays);
	}
}
