package dz.sanad.training;

import dz.sanad.platform.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The session aggregate guards its own life cycle. */
class SessionStateMachineTest {

	/** The day after the planned session's last day. */
	static final LocalDate AFTER = LocalDate.of(2026, 12, 11);

	static Session planned() {
		Session s = new Session("S-1", 1L, 2L);
		s.plan(7L, LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 10), 20);
		return s;
	}

	@Test
	void followsTheHappyPath() {
		Session s = planned();
		assertThat(s.getState()).isEqualTo(SessionState.DRAFT);
		s.open();
		assertThat(s.acceptsNominations()).isTrue();
		s.confirm(3);
		s.start(LocalDate.of(2026, 12, 6));
		s.close(AFTER);
		assertThat(s.getState()).isEqualTo(SessionState.CLOSED);
	}

	@Test
	void followsTheCalendar() {
		Session s = planned(); // 6 to 10 December 2026
		s.open();
		s.confirm(3);
		assertThatThrownBy(() -> s.start(LocalDate.of(2026, 12, 5))).isInstanceOf(BusinessException.class)
			.hasMessage("training.session.error.not-begun")
			.satisfies(e -> assertThat(((BusinessException) e).args()).containsExactly("06/12/2026"));
		s.start(LocalDate.of(2026, 12, 6));
		// attendance for the days that have come, never ahead
		s.requireAttendanceDay(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7));
		s.requireAttendanceDay(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 7));
		assertThatThrownBy(() -> s.requireAttendanceDay(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 7)))
			.isInstanceOf(BusinessException.class).hasMessage("attendance.error.future");
		assertThatThrownBy(() -> s.requireAttendanceDay(LocalDate.of(2026, 12, 5), AFTER))
			.isInstanceOf(BusinessException.class).hasMessage("training.attendance.error.day");
		// closing and certificates only once the last day is over
		assertThatThrownBy(() -> s.close(LocalDate.of(2026, 12, 10))).isInstanceOf(BusinessException.class)
			.hasMessage("training.session.error.not-ended");
		assertThatThrownBy(() -> s.requireCertifiable(AFTER)).isInstanceOf(BusinessException.class)
			.hasMessage("training.certificate.error.not-closed");
		s.close(AFTER);
		s.requireCertifiable(AFTER);
		assertThatThrownBy(() -> s.requireAttendanceDay(LocalDate.of(2026, 12, 7), AFTER))
			.isInstanceOf(BusinessException.class).hasMessage("training.attendance.error.not-running");
	}

	@Test
	void trainingAndActivitiesShareTheAttendanceRule() {
		LocalDate today = LocalDate.of(2026, 12, 7);
		dz.sanad.platform.Dates.requireAttendanceDay(today, today);
		assertThatThrownBy(() -> dz.sanad.platform.Dates.requireAttendanceDay(today.plusDays(1), today))
			.isInstanceOf(BusinessException.class).hasMessage("attendance.error.future")
			.hasFieldOrPropertyWithValue("field", "day");
	}

	@Test
	void refusesIllegalMovesWithATranslatableMessage() {
		Session s = planned();
		assertThatThrownBy(() -> s.start(AFTER)).isInstanceOf(BusinessException.class)
			.hasMessage("training.session.error.illegal");
		assertThatThrownBy(() -> s.close(AFTER)).isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> s.confirm(1)).isInstanceOf(BusinessException.class);
		s.open();
		assertThatThrownBy(s::open).isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> s.confirm(0)).isInstanceOf(BusinessException.class)
			.hasMessage("training.session.error.nobody-accepted");
	}

	@Test
	void opensOnlyWithARoom() {
		Session s = new Session("S-2", 1L, 2L);
		s.plan(null, LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 10), 20);
		assertThatThrownBy(s::open).isInstanceOf(BusinessException.class)
			.hasMessage("training.session.error.room-required");
	}

	@Test
	void cancelsWithAReasonFromAnyStateBeforeTheEnd() {
		Session s = planned();
		s.open();
		assertThatThrownBy(() -> s.cancel(" ")).isInstanceOf(BusinessException.class)
			.hasMessage("training.session.error.reason-required");
		s.cancel("trainer unavailable");
		assertThat(s.getState()).isEqualTo(SessionState.CANCELLED);
		assertThat(s.getCancelReason()).isEqualTo("trainer unavailable");
		assertThatThrownBy(() -> s.cancel("again")).isInstanceOf(BusinessException.class);
		assertThatThrownBy(s::open).isInstanceOf(BusinessException.class);

		Session closed = planned();
		closed.open();
		closed.confirm(1);
		closed.start(AFTER);
		closed.close(AFTER);
		assertThatThrownBy(() -> closed.cancel("late")).isInstanceOf(BusinessException.class);
	}

	@Test
	void checksItsPlan() {
		Session s = new Session("S-3", 1L, 2L);
		assertThatThrownBy(() -> s.plan(null, LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 6), 20))
			.isInstanceOf(BusinessException.class).hasMessage("training.session.error.dates");
		assertThatThrownBy(() -> s.plan(null, LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 10), 0))
			.isInstanceOf(BusinessException.class).hasMessage("training.session.error.capacity");
	}

	@Test
	void workingDaysSkipTheAlgerianWeekend() {
		Session s = new Session("S-4", 1L, 2L);
		s.plan(null, LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 8), 20); // Thursday to Tuesday
		assertThat(s.days()).extracting(LocalDate::getDayOfMonth).containsExactly(3, 6, 7, 8);
	}

	@Test
	void theCompletionRuleIsConfigurable() {
		TrainingRules defaults = new TrainingRules(null, null, null, null, null, null);
		assertThat(defaults.completes(80, 10.0)).isTrue();
		assertThat(defaults.completes(79.9, 15.0)).isFalse();
		assertThat(defaults.completes(100, 9.5)).isFalse();
		assertThat(defaults.completes(100, null)).isFalse();
		TrainingRules strict = new TrainingRules(90.0, 12.0, 3, null, null, null);
		assertThat(strict.completes(85, 15.0)).isFalse();
	}

	@Test
	void certificateCodesAreLongRandomBase32() {
		String a = TrainingCertificates.code();
		String b = TrainingCertificates.code();
		assertThat(a).matches("[a-z2-7]{26}").isNotEqualTo(b);
	}
}
