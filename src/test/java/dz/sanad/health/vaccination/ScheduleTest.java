package dz.sanad.health.vaccination;

import dz.sanad.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Schedules per cohort and calendar version, minimum intervals, lot expiry and statuses, without Spring. */
class ScheduleTest {

	static final Thresholds T = new Thresholds(7, 28, 180);

	static final CalendarVersion V2016 = shipped("vaccination/calendar-2016.csv", 1L);

	static final CalendarVersion V2023 = shipped("vaccination/calendar-2023.csv", 2L);

	static final List<CalendarVersion> BOTH = List.of(V2016, V2023);

	static CalendarVersion shipped(String path, long id) {
		ShippedCalendars.Parsed p = ShippedCalendars.parse(new ClassPathResource(path));
		return new CalendarVersion(id, p.form().getCode(), p.form().getTitleAr(), p.form().getTitleFr(),
				p.form().getTitleEn(), p.form().getSource(), p.form().getCohortFrom(), CalendarVersion.Status.PUBLISHED,
				null, p.doses());
	}

	static Schedule.Planned dose(List<Schedule.Planned> plan, String key) {
		return plan.stream().filter(p -> p.rule().key().equals(key)).findFirst().orElseThrow();
	}

	@Test
	void theCohortDecidesTheVersionNotTheVisitDate() {
		assertThat(CalendarVersion.forBirth(BOTH, LocalDate.of(2023, 10, 14))).contains(V2016);
		assertThat(CalendarVersion.forBirth(BOTH, LocalDate.of(2023, 10, 15))).contains(V2023);
		assertThat(CalendarVersion.forBirth(BOTH, LocalDate.of(2016, 4, 24))).contains(V2016);
		assertThat(CalendarVersion.forBirth(BOTH, LocalDate.of(2016, 4, 23))).isEmpty();
		// a draft never applies
		CalendarVersion draft = new CalendarVersion(3L, "D", "a", "f", "e", "s", LocalDate.of(2025, 1, 1),
				CalendarVersion.Status.DRAFT, null, V2023.doses());
		assertThat(CalendarVersion.forBirth(List.of(V2016, V2023, draft), LocalDate.of(2025, 6, 1))).contains(V2023);
	}

	@Test
	void the2023CalendarGivesTheHexavalentAt2_4_12MonthsAndMmrAt11_18() {
		LocalDate birth = LocalDate.of(2024, 1, 10);
		List<Schedule.Planned> plan = Schedule.compute(V2023, birth, Map.of(), T, LocalDate.of(2024, 1, 11));
		assertThat(dose(plan, "HEXA-1").due()).isEqualTo(LocalDate.of(2024, 3, 10));
		assertThat(dose(plan, "HEXA-2").due()).isEqualTo(LocalDate.of(2024, 5, 10));
		assertThat(dose(plan, "HEXA-3").due()).isEqualTo(LocalDate.of(2025, 1, 10));
		assertThat(dose(plan, "MMR-1").due()).isEqualTo(LocalDate.of(2024, 12, 10));
		assertThat(dose(plan, "MMR-2").due()).isEqualTo(LocalDate.of(2025, 7, 10));
		assertThat(dose(plan, "BCG-1").due()).isEqualTo(birth);
		assertThat(dose(plan, "HEPB-0").due()).isEqualTo(birth);
		assertThat(dose(plan, "OPV-0").due()).isEqualTo(birth);
		assertThat(dose(plan, "HEXA-1").earliest()).isEqualTo(birth.plusWeeks(6));
		assertThat(plan).noneMatch(p -> p.rule().antigen().equals("PENTA") || p.rule().antigen().equals("IPV"));
		assertThat(plan.get(0).due()).isEqualTo(birth); // booklet order: birth doses first
	}

	@Test
	void the2016CalendarKeepsPentavalentAndTheThreeMonthIpv() {
		LocalDate birth = LocalDate.of(2020, 2, 1);
		List<Schedule.Planned> plan = Schedule.compute(V2016, birth, Map.of(), T, LocalDate.of(2020, 2, 2));
		assertThat(dose(plan, "PENTA-1").due()).isEqualTo(LocalDate.of(2020, 4, 1));
		assertThat(dose(plan, "IPV-1").due()).isEqualTo(LocalDate.of(2020, 5, 1));
		assertThat(plan).noneMatch(p -> p.rule().antigen().equals("HEXA"));
		assertThat(dose(plan, "DT-1").due()).isEqualTo(LocalDate.of(2026, 2, 1));
	}

	@Test
	void shippedVersionsAreConsistent() {
		assertThat(V2016.inconsistencies()).isEmpty();
		assertThat(V2023.inconsistencies()).isEmpty();
	}

	@Test
	void aLateDosePushesTheRestOfItsSeriesByTheMinimumInterval() {
		LocalDate birth = LocalDate.of(2024, 1, 10);
		Map<String, Schedule.Done> done = new HashMap<>();
		// PCV-1 given at 3 months instead of 2: PCV-2 cannot be before 8 weeks later
		LocalDate pcv1 = LocalDate.of(2024, 4, 10);
		done.put("PCV-1", new Schedule.Done(DoseStatus.GIVEN, pcv1));
		List<Schedule.Planned> plan = Schedule.compute(V2023, birth, done, T, LocalDate.of(2024, 4, 11));
		assertThat(dose(plan, "PCV-2").due()).isEqualTo(pcv1.plusWeeks(8));
		assertThat(dose(plan, "PCV-2").earliest()).isEqualTo(pcv1.plusWeeks(8));
		// and PCV-3 at least 6 months after PCV-2's new date, which is still before 12 months: unchanged
		assertThat(dose(plan, "PCV-3").due()).isEqualTo(LocalDate.of(2025, 1, 10));
		// another series is untouched
		assertThat(dose(plan, "HEXA-2").due()).isEqualTo(LocalDate.of(2024, 5, 10));
		assertThat(dose(plan, "PCV-1").status()).isEqualTo(DoseStatus.GIVEN);
		assertThat(dose(plan, "PCV-1").doneOn()).isEqualTo(pcv1);
	}

	@Test
	void aCalendarWhoseAgesBreakTheirIntervalsCannotBePublished() {
		DoseRule first = new DoseRule(1L, "X", 1, Period.ofMonths(2), Period.ofWeeks(6), Period.ZERO, "a", "f", "e");
		DoseRule tooClose = new DoseRule(2L, "X", 2, Period.ofMonths(3), Period.ofWeeks(8), Period.ofWeeks(8), "a",
				"f", "e");
		CalendarVersion v = new CalendarVersion(9L, "BAD", "a", "f", "e", "s", LocalDate.of(2025, 1, 1),
				CalendarVersion.Status.DRAFT, null, List.of(first, tooClose));
		assertThat(v.inconsistencies()).extracting(p -> p[0] + " " + p[1])
			.containsExactly("vaccination.calendar.invalid.interval X-2");
	}

	@Test
	void statusesChangeExactlyAtTheirThresholds() {
		LocalDate due = LocalDate.of(2025, 3, 1);
		assertThat(T.status(due, due.minusDays(8))).isEqualTo(DoseStatus.UPCOMING);
		assertThat(T.status(due, due.minusDays(7))).isEqualTo(DoseStatus.DUE);
		assertThat(T.status(due, due.plusDays(28))).isEqualTo(DoseStatus.DUE);
		assertThat(T.status(due, due.plusDays(29))).isEqualTo(DoseStatus.OVERDUE);
		assertThat(T.status(due, due.plusDays(180))).isEqualTo(DoseStatus.OVERDUE);
		assertThat(T.status(due, due.plusDays(181))).isEqualTo(DoseStatus.MISSED);
		// the lists' date ranges say the same
		LocalDate today = LocalDate.of(2025, 6, 1);
		for (DoseStatus s : new DoseStatus[] { DoseStatus.UPCOMING, DoseStatus.DUE, DoseStatus.OVERDUE,
				DoseStatus.MISSED }) {
			LocalDate[] r = T.dueDates(s, today);
			assertThat(T.status(r[0].isBefore(LocalDate.of(1901, 1, 1)) ? r[1] : r[0], today)).isEqualTo(s);
			assertThat(T.status(r[1].isAfter(LocalDate.of(9998, 1, 1)) ? r[0] : r[1], today)).isEqualTo(s);
		}
		assertThatThrownBy(() -> new Thresholds(7, 30, 30)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anExpiredLotIsRefusedAndAGivenDoseNamesItsLot() {
		LocalDate birth = LocalDate.of(2024, 1, 10);
		Schedule.Planned hexa1 = dose(Schedule.compute(V2023, birth, Map.of(), T, LocalDate.of(2024, 3, 12)),
				"HEXA-1");
		DoseForm f = given(LocalDate.of(2024, 3, 12));
		f.setLotExpiry(LocalDate.of(2024, 3, 11));
		assertThatThrownBy(() -> DoseChecks.check(f, hexa1, LocalDate.of(2024, 3, 12)))
			.isInstanceOfSatisfying(BusinessException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("vaccination.lot.expired");
				assertThat(e.field()).isEqualTo("lotExpiry");
			});
		f.setLotExpiry(LocalDate.of(2024, 3, 12)); // expires that day: still usable
		DoseChecks.check(f, hexa1, LocalDate.of(2024, 3, 12));
		f.setLot(" ");
		f.setSite(null);
		assertThatThrownBy(() -> DoseChecks.check(f, hexa1, LocalDate.of(2024, 3, 12)))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.all()).extracting(BusinessException::field).containsExactly("lot", "site"));
	}

	@Test
	void aDoseBeforeItsEarliestDateOrInTheFutureDoesNotCount() {
		LocalDate birth = LocalDate.of(2024, 1, 10);
		Schedule.Planned hexa1 = dose(Schedule.compute(V2023, birth, Map.of(), T, birth), "HEXA-1");
		DoseForm early = given(birth.plusWeeks(5));
		assertThatThrownBy(() -> DoseChecks.check(early, hexa1, birth.plusWeeks(5)))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.messageKey()).isEqualTo("vaccination.givenOn.tooEarly"));
		DoseForm future = given(birth.plusMonths(3));
		assertThatThrownBy(() -> DoseChecks.check(future, hexa1, birth.plusMonths(2)))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.messageKey()).isEqualTo("vaccination.givenOn.future"));
		DoseForm notGiven = new DoseForm();
		notGiven.setOutcome(DoseOutcome.NOT_GIVEN);
		notGiven.setGivenOn(birth.plusMonths(2));
		assertThatThrownBy(() -> DoseChecks.check(notGiven, hexa1, birth.plusMonths(2)))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("reason"));
	}

	private static DoseForm given(LocalDate on) {
		DoseForm f = new DoseForm();
		f.setDose("HEXA-1");
		f.setOutcome(DoseOutcome.GIVEN);
		f.setGivenOn(on);
		f.setLot("HX-2024-01");
		f.setLotExpiry(on.plusMonths(6));
		f.setSite(DoseOutcome.Site.LEFT_THIGH);
		f.setRoute(DoseOutcome.Route.INTRAMUSCULAR);
		f.setGivenBy("Dr A.");
		return f;
	}
}
