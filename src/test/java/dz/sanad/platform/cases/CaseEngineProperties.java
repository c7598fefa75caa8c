package dz.sanad.platform.cases;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.calendar.AlgerianHolidays;
import dz.sanad.platform.calendar.Holiday;
import dz.sanad.platform.calendar.WorkingCalendar;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Properties of the working calendar and the SLA clock (jqwik), without Spring. */
class CaseEngineProperties {

	static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");

	/** 1 January 2025, 00:00 in Algiers: generated instants are minutes after it (2025–2027 covers 3 Hijri years). */
	static final Instant ORIGIN = LocalDateTime.of(2025, 1, 1, 0, 0).atZone(ALGIERS).toInstant();

	static final long THREE_YEARS_MINUTES = 3L * 366 * 24 * 60;

	final WorkingCalendar cal = WorkingCalendar.algerian();

	static Instant minute(long m) {
		return ORIGIN.plus(Duration.ofMinutes(m));
	}

	/** Holidays of the generated years, read from the holiday list, not through the calendar under test. */
	static final Set<LocalDate> HOLIDAYS = IntStream.rangeClosed(2024, 2029).boxed()
		.flatMap(y -> AlgerianHolidays.of(y).stream()).map(Holiday::date).collect(Collectors.toSet());

	/** The reference, independent of the calendar: Sunday–Thursday, not a holiday, 08:00 ≤ time < 16:30. */
	static boolean isWorkingMinute(Instant minuteStart) {
		LocalDateTime t = minuteStart.atZone(ALGIERS).toLocalDateTime();
		LocalTime time = t.toLocalTime();
		DayOfWeek day = t.getDayOfWeek();
		return day != DayOfWeek.FRIDAY && day != DayOfWeek.SATURDAY && !HOLIDAYS.contains(t.toLocalDate())
				&& !time.isBefore(LocalTime.of(8, 0)) && time.isBefore(LocalTime.of(16, 30));
	}

	@Property(tries = 300)
	void aClockNeverCountsAWeekendOrHolidayMinute(@ForAll @LongRange(min = 0, max = THREE_YEARS_MINUTES) long start,
			@ForAll @IntRange(min = 0, max = 12 * 24 * 60) int length) {
		Instant from = minute(start);
		Instant to = minute(start + length);
		long expected = 0;
		for (long m = start; m < start + length; m++) {
			if (isWorkingMinute(minute(m))) {
				expected++;
			}
		}
		assertThat(cal.workingDuration(from, to)).isEqualTo(Duration.ofMinutes(expected));
		assertThat(SlaClock.startedAt(from).elapsed(to, cal)).isEqualTo(Duration.ofMinutes(expected));
	}

	@Property(tries = 300)
	void pausedMinutesAreNeverCounted(@ForAll @LongRange(min = 0, max = THREE_YEARS_MINUTES) long start,
			@ForAll @IntRange(min = 1, max = 10 * 24 * 60) int length, @ForAll @IntRange(min = 0, max = 10 * 24 * 60) int a,
			@ForAll @IntRange(min = 1, max = 3 * 24 * 60) int pause) {
		int pauseFrom = Math.min(a, length);
		int pauseTo = Math.min(pauseFrom + pause, length + 2 * 24 * 60);
		SlaClock clock = SlaClock.startedAt(minute(start)).withPause(minute(start + pauseFrom), minute(start + pauseTo));
		long expected = 0;
		for (long m = start; m < start + length; m++) {
			boolean paused = m >= start + pauseFrom && m < start + pauseTo;
			if (!paused && isWorkingMinute(minute(m))) {
				expected++;
			}
		}
		assertThat(clock.elapsed(minute(start + length), cal)).isEqualTo(Duration.ofMinutes(expected));
	}

	@Property(tries = 300)
	void pausingTwiceForTheSameSpanEqualsPausingOnce(@ForAll @LongRange(min = 0, max = THREE_YEARS_MINUTES) long start,
			@ForAll @IntRange(min = 0, max = 20 * 24 * 60) int a, @ForAll @IntRange(min = 1, max = 5 * 24 * 60) int span,
			@ForAll @IntRange(min = 0, max = 30 * 24 * 60) int now) {
		Instant from = minute(start + a);
		Instant to = minute(start + a + span);
		SlaClock once = SlaClock.startedAt(minute(start)).withPause(from, to);
		SlaClock twice = once.withPause(from, to);
		assertThat(twice.pauses()).isEqualTo(once.pauses());
		assertThat(twice.elapsed(minute(start + now), cal)).isEqualTo(once.elapsed(minute(start + now), cal));
		// the same through pause / resume, and a second pause while paused is ignored
		SlaClock live = SlaClock.startedAt(minute(start)).pause(from).pause(from.plusSeconds(60)).resume(to);
		SlaClock again = live.pause(from).resume(to);
		assertThat(live.pauses()).containsExactly(new SlaClock.Span(from, to));
		assertThat(again.elapsed(minute(start + now), cal)).isEqualTo(once.elapsed(minute(start + now), cal));
	}

	@Property(tries = 500)
	void addWorkingThenWorkingDurationRoundTrips(@ForAll @LongRange(min = 0, max = THREE_YEARS_MINUTES * 60) long startSecond,
			@ForAll @LongRange(min = 0, max = 40L * 510 * 60) long seconds) {
		Instant start = ORIGIN.plusSeconds(startSecond);
		Duration d = Duration.ofSeconds(seconds);
		Instant end = cal.addWorking(start, d);
		assertThat(cal.workingDuration(start, end)).isEqualTo(d);
		if (!d.isZero()) {
			assertThat(isWorkingMinute(end.minusNanos(1).atZone(ALGIERS).withSecond(0).withNano(0).toInstant()))
				.as("the working time ends inside working hours").isTrue();
		}
	}

	@Property(tries = 200)
	void dueAtIsWhenTheTargetIsReached(@ForAll @LongRange(min = 0, max = THREE_YEARS_MINUTES) long start,
			@ForAll @IntRange(min = 1, max = 5 * 510) int targetMinutes, @ForAll @IntRange(min = 0, max = 5 * 24 * 60) int pauseAt,
			@ForAll @IntRange(min = 1, max = 3 * 24 * 60) int pauseLength) {
		Instant resumed = minute(start + pauseAt + pauseLength);
		SlaClock clock = SlaClock.startedAt(minute(start)).withPause(minute(start + pauseAt), resumed);
		Duration target = Duration.ofMinutes(targetMinutes);
		Instant due = clock.dueAt(target, resumed, cal);
		Duration elapsedAtResume = clock.elapsed(resumed, cal);
		Duration expected = elapsedAtResume.compareTo(target) >= 0 ? elapsedAtResume : target;
		assertThat(clock.elapsed(due, cal)).isEqualTo(expected);
		assertThat(clock.pause(resumed).dueAt(target, resumed, cal)).as("a paused clock is due nowhere").isNull();
	}

	enum S {
		SUBMITTED, ASSIGNED, IN_PROGRESS, WAITING, DECIDED, CLOSED
	}

	static final CaseWorkflow<S> WORKFLOW = CaseWorkflow.of(S.class, S.SUBMITTED)
		.allow(S.SUBMITTED, S.ASSIGNED)
		.allow(S.ASSIGNED, S.IN_PROGRESS)
		.both(S.IN_PROGRESS, S.WAITING)
		.allow(S.IN_PROGRESS, S.DECIDED)
		.allow(S.DECIDED, S.CLOSED)
		.allow(S.CLOSED, S.IN_PROGRESS)
		.waiting(S.WAITING)
		.terminal(S.CLOSED)
		.build();

	static final List<String> LEGAL = List.of("SUBMITTED>ASSIGNED", "ASSIGNED>IN_PROGRESS", "IN_PROGRESS>WAITING",
			"WAITING>IN_PROGRESS", "IN_PROGRESS>DECIDED", "DECIDED>CLOSED", "CLOSED>IN_PROGRESS");

	@Property
	void theWorkflowRefusesEveryIllegalTransition(@ForAll S from, @ForAll S to) {
		if (LEGAL.contains(from + ">" + to)) {
			WORKFLOW.check(from, to);
			assertThat(WORKFLOW.allows(from, to)).isTrue();
		}
		else {
			assertThatThrownBy(() -> WORKFLOW.check(from, to)).isInstanceOf(BusinessException.class)
				.extracting("messageKey").isEqualTo("case.error.transition");
			assertThat(WORKFLOW.allows(from, to)).isFalse();
			BusinessException e = org.assertj.core.api.Assertions.catchThrowableOfType(BusinessException.class,
					() -> WORKFLOW.check(from, to));
			assertThat(e.args()).extracting(a -> ((org.springframework.context.MessageSourceResolvable) a).getCodes()[0])
				.containsExactly("case.state." + from, "case.state." + to);
		}
	}

	@Example
	void theRefusalIsTranslatedInTheThreeLanguages() throws Exception {
		for (String lang : List.of("ar", "fr", "en")) {
			Properties p = new Properties();
			try (InputStream in = getClass().getResourceAsStream("/messages_" + lang + ".properties")) {
				p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertThat(p.getProperty("case.error.transition")).as(lang).contains("{0}").contains("{1}");
		}
		assertThat(WORKFLOW.isWaiting(S.WAITING)).isTrue();
		assertThat(WORKFLOW.isTerminal(S.CLOSED)).isTrue();
		assertThat(cal.isWorkingDay(LocalDate.of(2026, 5, 27))).as("Eid al-Adha, a Wednesday").isFalse();
	}
}
