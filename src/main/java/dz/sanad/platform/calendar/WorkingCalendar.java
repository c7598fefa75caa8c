package dz.sanad.platform.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Working time on a calendar: week days that work, working hours, public holidays. SLA clocks count only these
 * minutes. Holidays come from a source per year (the Algerian computation plus the administrator's corrections in
 * the application) and are cached per year; {@link #invalidate(int)} after a correction.
 */
public class WorkingCalendar {

	/** Past this, a computation is refused rather than looping: no SLA target spans ten years. */
	private static final int MAX_DAYS = 3660;

	private final WorkingHours hours;

	private final IntFunction<List<Holiday>> source;

	private final Map<Integer, List<Holiday>> holidays = new ConcurrentHashMap<>();

	private final Map<Integer, Set<LocalDate>> dates = new ConcurrentHashMap<>();

	public WorkingCalendar(WorkingHours hours, IntFunction<List<Holiday>> source) {
		this.hours = hours;
		this.source = source;
	}

	/** The Algerian calendar as computed, without corrections (tests, tools). */
	public static WorkingCalendar algerian() {
		return new WorkingCalendar(WorkingHours.ALGERIA, AlgerianHolidays::of);
	}

	public WorkingHours hours() {
		return hours;
	}

	/** The year's holidays in date order, corrections applied. */
	public List<Holiday> holidays(int year) {
		return holidays.computeIfAbsent(year, y -> List.copyOf(source.apply(y)));
	}

	public boolean isHoliday(LocalDate date) {
		return dates.computeIfAbsent(date.getYear(),
				y -> holidays(y).stream().map(Holiday::date).collect(Collectors.toUnmodifiableSet())).contains(date);
	}

	public boolean isWorkingDay(LocalDate date) {
		return hours.workdays().contains(date.getDayOfWeek()) && !isHoliday(date);
	}

	/** Forgets a year's cached holidays, so the next call reads the corrections again. */
	public void invalidate(int year) {
		holidays.remove(year);
		dates.remove(year);
	}

	/** Forgets every cached year (run periodically so every node sees another node's corrections). */
	public void invalidateAll() {
		holidays.clear();
		dates.clear();
	}

	/** Working time between two instants: only the working hours of working days count. */
	public Duration workingDuration(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		LocalDate day = localDate(from);
		LocalDate last = localDate(to);
		checkSpan(day, last);
		Duration total = Duration.ZERO;
		for (; !day.isAfter(last); day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			Instant a = max(dayStart(day), from);
			Instant b = min(dayEnd(day), to);
			if (b.isAfter(a)) {
				total = total.plus(Duration.between(a, b));
			}
		}
		return total;
	}

	/**
	 * The instant at which {@code amount} of working time has elapsed from {@code start}. A zero amount is the start
	 * itself; otherwise the result always lies within working hours (at most the end of a working day).
	 */
	public Instant addWorking(Instant start, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("negative working duration: " + amount);
		}
		if (amount.isZero()) {
			return start;
		}
		Duration left = amount;
		LocalDate first = localDate(start);
		for (LocalDate day = first; ; day = day.plusDays(1)) {
			checkSpan(first, day);
			if (!isWorkingDay(day)) {
				continue;
			}
			Instant from = max(dayStart(day), start);
			Instant end = dayEnd(day);
			if (!end.isAfter(from)) {
				continue;
			}
			Duration available = Duration.between(from, end);
			if (left.compareTo(available) <= 0) {
				return from.plus(left);
			}
			left = left.minus(available);
		}
	}

	/** The length of one working day (for targets written in working days). */
	public Duration workingDay() {
		return Duration.between(hours.start(), hours.end());
	}

	private LocalDate localDate(Instant i) {
		return i.atZone(hours.zone()).toLocalDate();
	}

	private Instant dayStart(LocalDate day) {
		return ZonedDateTime.of(day, hours.start(), hours.zone()).toInstant();
	}

	private Instant dayEnd(LocalDate day) {
		return ZonedDateTime.of(day, hours.end(), hours.zone()).toInstant();
	}

	private static void checkSpan(LocalDate from, LocalDate to) {
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new IllegalArgumentException("span too long for working-time arithmetic: " + from + " to " + to);
		}
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
