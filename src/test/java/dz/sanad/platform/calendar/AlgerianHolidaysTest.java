package dz.sanad.platform.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The computed holidays against the dates announced in Algeria. ICU's Umm al-Qura tables give the announced
 * 2026 dates exactly; the sighting may move an Islamic holiday a day later, which the administrator corrects.
 */
class AlgerianHolidaysTest {

	private static Map<String, LocalDate> byKey(int year) {
		return AlgerianHolidays.of(year).stream()
			.collect(Collectors.toMap(Holiday::key, Holiday::date, (a, b) -> a));
	}

	@Test
	void fixedHolidaysOfTheLaw() {
		List<LocalDate> fixed = AlgerianHolidays.of(2026).stream().filter(h -> h.origin() == Holiday.Origin.FIXED)
			.map(Holiday::date).toList();
		assertThat(fixed).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 12),
				LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 5), LocalDate.of(2026, 11, 1));
	}

	@Test
	void islamicHolidaysOf2026() {
		Map<String, LocalDate> h = byKey(2026);
		assertThat(h.get("holiday.eid-al-fitr")).isEqualTo(LocalDate.of(2026, 3, 20));
		assertThat(h.get("holiday.eid-al-fitr-2")).isEqualTo(LocalDate.of(2026, 3, 21));
		assertThat(h.get("holiday.eid-al-adha")).isEqualTo(LocalDate.of(2026, 5, 27));
		assertThat(h.get("holiday.eid-al-adha-2")).isEqualTo(LocalDate.of(2026, 5, 28));
		assertThat(h.get("holiday.hijri-new-year")).isEqualTo(LocalDate.of(2026, 6, 16));
		assertThat(h.get("holiday.achoura")).isEqualTo(LocalDate.of(2026, 6, 25));
		assertThat(h.get("holiday.mawlid")).isEqualTo(LocalDate.of(2026, 8, 25));
		assertThat(AlgerianHolidays.of(2026)).hasSize(12);
	}

	@Test
	void islamicHolidaysOf2025WithinADayOfTheAnnouncedDates() {
		// announced in Algeria: Eid al-Fitr 30 March 2025, Eid al-Adha 6 June 2025, 1 Muharram 1447 on 26 June 2025
		Map<String, LocalDate> h = byKey(2025);
		assertThat(h.get("holiday.eid-al-fitr")).isBetween(LocalDate.of(2025, 3, 30), LocalDate.of(2025, 3, 31));
		assertThat(h.get("holiday.eid-al-adha")).isBetween(LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 6));
		assertThat(h.get("holiday.hijri-new-year")).isBetween(LocalDate.of(2025, 6, 26), LocalDate.of(2025, 6, 27));
	}

	@Test
	void aHijriHolidayCanFallTwiceInOneGregorianYear() {
		// the Hijri year is about 11 days shorter than the Gregorian one
		long mawlids = AlgerianHolidays.of(2015).stream().filter(x -> x.key().equals("holiday.mawlid")).count();
		assertThat(mawlids).isEqualTo(2); // 3 January and 23 December 2015
	}

	@Test
	void weekendsAndHolidaysAreNotWorkingDays() {
		WorkingCalendar cal = WorkingCalendar.algerian();
		assertThat(cal.isWorkingDay(LocalDate.of(2026, 3, 19))).isTrue(); // Thursday
		assertThat(cal.isWorkingDay(LocalDate.of(2026, 3, 20))).isFalse(); // Friday, Eid
		assertThat(cal.isWorkingDay(LocalDate.of(2026, 3, 21))).isFalse(); // Saturday
		assertThat(cal.isWorkingDay(LocalDate.of(2026, 3, 22))).isTrue(); // Sunday
		assertThat(cal.isWorkingDay(LocalDate.of(2026, 5, 27))).isFalse(); // Wednesday, Eid al-Adha
		assertThat(cal.isWorkingDay(LocalDate.of(2026, 5, 28))).isFalse(); // Thursday, its second day
		assertThat(cal.isWorkingDay(LocalDate.of(2026, 1, 12))).isFalse(); // Monday, Yennayer
	}
}
