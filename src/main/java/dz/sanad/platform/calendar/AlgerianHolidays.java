package dz.sanad.platform.calendar;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Algeria's public holidays as the law fixes them (law 63-278 as amended; Yennayer since 2018): fixed Gregorian
 * dates and Islamic dates converted from the Hijri calendar. The Islamic dates use ICU's Umm al-Qura tables, the
 * closest published calculation to the Algerian announcements; the ministry of religious affairs fixes the real
 * dates by sighting, usually the same day or one day later, which is why an administrator can correct a year.
 */
public final class AlgerianHolidays {

	private record Fixed(MonthDay day, String key) {
	}

	private record Islamic(int month, int day, String key) {
	}

	private static final List<Fixed> FIXED = List.of(
			new Fixed(MonthDay.of(1, 1), "holiday.new-year"),
			new Fixed(MonthDay.of(1, 12), "holiday.yennayer"),
			new Fixed(MonthDay.of(5, 1), "holiday.labour-day"),
			new Fixed(MonthDay.of(7, 5), "holiday.independence"),
			new Fixed(MonthDay.of(11, 1), "holiday.revolution"));

	private static final List<Islamic> ISLAMIC = List.of(
			new Islamic(IslamicCalendar.MUHARRAM, 1, "holiday.hijri-new-year"),
			new Islamic(IslamicCalendar.MUHARRAM, 10, "holiday.achoura"),
			new Islamic(IslamicCalendar.RABI_1, 12, "holiday.mawlid"),
			new Islamic(IslamicCalendar.SHAWWAL, 1, "holiday.eid-al-fitr"),
			new Islamic(IslamicCalendar.SHAWWAL, 2, "holiday.eid-al-fitr-2"),
			new Islamic(IslamicCalendar.DHU_AL_HIJJAH, 10, "holiday.eid-al-adha"),
			new Islamic(IslamicCalendar.DHU_AL_HIJJAH, 11, "holiday.eid-al-adha-2"));

	private AlgerianHolidays() {
	}

	/** Every holiday falling in a Gregorian year, by date (a Hijri holiday can fall twice in one year). */
	public static List<Holiday> of(int year) {
		List<Holiday> result = new ArrayList<>();
		for (Fixed f : FIXED) {
			result.add(Holiday.computed(f.day().atYear(year), f.key(), Holiday.Origin.FIXED));
		}
		int firstHijri = hijriYear(LocalDate.of(year, 1, 1));
		int lastHijri = hijriYear(LocalDate.of(year, 12, 31));
		for (int h = firstHijri; h <= lastHijri; h++) {
			for (Islamic i : ISLAMIC) {
				LocalDate date = toGregorian(h, i.month(), i.day());
				if (date.getYear() == year) {
					result.add(Holiday.computed(date, i.key(), Holiday.Origin.ISLAMIC));
				}
			}
		}
		result.sort(Comparator.comparing(Holiday::date));
		return result;
	}

	private static IslamicCalendar calendar() {
		IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE);
		cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
		cal.clear();
		return cal;
	}

	static int hijriYear(LocalDate date) {
		IslamicCalendar cal = calendar();
		cal.setTimeInMillis(date.atTime(12, 0).toEpochSecond(java.time.ZoneOffset.UTC) * 1000);
		return cal.get(IslamicCalendar.EXTENDED_YEAR);
	}

	/** A Hijri date (month 0-based, ICU's constants) as a Gregorian one; noon avoids any day shift. */
	public static LocalDate toGregorian(int hijriYear, int month, int day) {
		IslamicCalendar cal = calendar();
		cal.set(IslamicCalendar.EXTENDED_YEAR, hijriYear);
		cal.set(IslamicCalendar.MONTH, month);
		cal.set(IslamicCalendar.DAY_OF_MONTH, day);
		cal.set(IslamicCalendar.HOUR_OF_DAY, 12);
		long millis = cal.getTimeInMillis();
		return java.time.Instant.ofEpochMilli(millis).atZone(java.time.ZoneOffset.UTC).toLocalDate();
	}
}
