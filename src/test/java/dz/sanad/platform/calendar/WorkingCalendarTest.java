package dz.sanad.platform.calendar;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarTest {

	static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");

	final WorkingCalendar cal = WorkingCalendar.algerian();

	static Instant at(int y, int m, int d, int h, int min) {
		return LocalDateTime.of(y, m, d, h, min).atZone(ALGIERS).toInstant();
	}

	@Test
	void countsOnlyWorkingHours() {
		// Sunday 1 March 2026 07:00 → 18:00: the 08:00–16:30 day
		assertThat(cal.workingDuration(at(2026, 3, 1, 7, 0), at(2026, 3, 1, 18, 0))).isEqualTo(Duration.ofMinutes(510));
		// Thursday 15:30 → Sunday 09:00: one hour on Thursday, one on Sunday
		assertThat(cal.workingDuration(at(2026, 3, 5, 15, 30), at(2026, 3, 8, 9, 0))).isEqualTo(Duration.ofHours(2));
		assertThat(cal.workingDuration(at(2026, 3, 8, 9, 0), at(2026, 3, 5, 15, 30))).isZero();
	}

	@Test
	void skipsTheEidAndTheWeekend() {
		// Thursday 19 March 16:00 + 1 h: 30 min that day, then Eid (Fri 20, Sat 21) → Sunday 22 March 08:30
		assertThat(cal.addWorking(at(2026, 3, 19, 16, 0), Duration.ofHours(1))).isEqualTo(at(2026, 3, 22, 8, 30));
		// Tuesday 26 May 16:30 + 1 min: Eid al-Adha Wed–Thu, weekend → Sunday 31 May 08:01
		assertThat(cal.addWorking(at(2026, 5, 26, 16, 30), Duration.ofMinutes(1))).isEqualTo(at(2026, 5, 31, 8, 1));
	}

	@Test
	void twentyOneWorkingDays() {
		Instant start = at(2026, 3, 1, 8, 0);
		Instant due = cal.addWorking(start, cal.workingDay().multipliedBy(21));
		// March 2026: 1–5, 8–12, 15–19, 22–26, 29–31 (20 = Eid on a Friday); the 21st day ends Sunday 29 March
		assertThat(due).isEqualTo(at(2026, 3, 29, 16, 30));
		assertThat(cal.workingDuration(start, due)).isEqualTo(cal.workingDay().multipliedBy(21));
	}

	@Test
	void correctionsReplaceTheComputedYearAfterInvalidation() {
		java.util.List<Holiday> extra = new java.util.ArrayList<>();
		WorkingCalendar corrected = new WorkingCalendar(WorkingHours.ALGERIA, y -> {
			java.util.List<Holiday> l = new java.util.ArrayList<>(AlgerianHolidays.of(y));
			l.addAll(extra);
			return l;
		});
		java.time.LocalDate monday = java.time.LocalDate.of(2026, 3, 23);
		assertThat(corrected.isWorkingDay(monday)).isTrue();
		extra.add(new Holiday(monday, null, "عطلة", "Congé", "Day off", Holiday.Origin.ADDED));
		assertThat(corrected.isWorkingDay(monday)).as("cached until invalidated").isTrue();
		corrected.invalidate(2026);
		assertThat(corrected.isWorkingDay(monday)).isFalse();
	}
}
