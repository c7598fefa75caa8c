package dz.sanad.platform;

import java.time.LocalDate;

/**
 * Calendar rules shared by every module: "today" is Algiers' date (servers may run on UTC), and attendance is
 * taken on the day or after, never ahead (training sessions, activities, child care).
 */
public final class Dates {

	private Dates() {
	}

	public static LocalDate today() {
		return LocalDate.now(Formats.ZONE);
	}

	/** Refuses attendance for a day still to come (field {@code day}). */
	public static void requireAttendanceDay(LocalDate day, LocalDate today) {
		if (day == null || day.isAfter(today)) {
			throw BusinessException.onField("day", "attendance.error.future");
		}
	}
}
