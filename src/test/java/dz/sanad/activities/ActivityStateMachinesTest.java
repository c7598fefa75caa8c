package dz.sanad.activities;

import dz.sanad.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The state machines of activities, registrations and child-care applications, without Spring or a database. */
class ActivityStateMachinesTest {

	static final LocalDate MONDAY = LocalDate.of(2030, 9, 2);

	static Activity draft(int capacity) {
		ActivityForm f = new ActivityForm();
		f.setTitleAr("نشاط");
		f.setTitleFr("Activité");
		f.setCategory(Category.values()[0]);
		f.setForMembers(true);
		f.setCapacity(capacity);
		f.setDayOfWeek(DayOfWeek.MONDAY.getValue());
		f.setStartTime(LocalTime.of(10, 0));
		f.setDurationMinutes(60);
		f.setStartDate(MONDAY);
		f.setEndDate(MONDAY.plusWeeks(3));
		Activity a = new Activity(1L, "16");
		a.update(f);
		return a;
	}

	static Participant member() {
		return new Participant(7L, null, "MEMBER", "كريم بن علي", "Karim BENALI", LocalDate.of(1985, 3, 14), "M",
				false, false, false);
	}

	static Participant child() {
		return new Participant(7L, 70L, "CHILD", "عمر", "Omar", LocalDate.of(2026, 1, 11), "M", false, false, false);
	}

	@Test
	void anActivityIsPublishedFromDraftThenClosedAndNeverBackwards() {
		Activity a = draft(10);
		assertThat(a.getStatus()).isEqualTo(ActivityStatus.DRAFT);
		assertThatThrownBy(a::close).isInstanceOf(BusinessException.class).hasMessage("act.error.transition");
		assertThat(a.publish()).containsExactly(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2), MONDAY.plusWeeks(3));
		assertThat(a.getStatus()).isEqualTo(ActivityStatus.PUBLISHED);
		assertThatThrownBy(a::publish).isInstanceOf(BusinessException.class).hasMessage("act.error.transition");
		a.close();
		assertThat(a.getStatus()).isEqualTo(ActivityStatus.CLOSED);
		assertThatThrownBy(a::cancel).isInstanceOf(BusinessException.class).hasMessage("act.error.transition");
		// the refusal names both states as labels the reader's language resolves, not their codes
		BusinessException refused = catchThrowableOfType(BusinessException.class, a::cancel);
		assertThat(refused.args()).allSatisfy(arg -> assertThat(arg).isInstanceOf(MessageSourceResolvable.class));
	}

	@Test
	void aDraftOrPublishedActivityCanBeCancelledAndADraftWithoutADayCannotBePublished() {
		Activity a = draft(10);
		a.cancel();
		assertThat(a.getStatus()).isEqualTo(ActivityStatus.CANCELLED);
		Activity none = draft(10);
		ActivityForm f = new ActivityForm();
		f.setTitleAr("نشاط");
		f.setTitleFr("Activité");
		f.setCategory(Category.values()[0]);
		f.setForMembers(true);
		f.setCapacity(10);
		f.setDayOfWeek(DayOfWeek.SUNDAY.getValue());
		f.setStartTime(LocalTime.of(10, 0));
		f.setDurationMinutes(60);
		f.setStartDate(MONDAY);
		f.setEndDate(MONDAY.plusDays(2)); // Monday to Wednesday: no Sunday in it
		none.update(f);
		assertThatThrownBy(none::publish).isInstanceOf(BusinessException.class).hasMessage("act.error.no-occurrence");
		assertThat(none.getStatus()).isEqualTo(ActivityStatus.DRAFT);
	}

	@Test
	void aWaitingRegistrationIsPromotedOnceAndACancelledOneStaysCancelled() {
		Activity a = draft(1);
		a.publish();
		Registration waiting = new Registration(a, member(), RegistrationStatus.WAITING, "head");
		waiting.promote();
		assertThat(waiting.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThatThrownBy(waiting::promote).isInstanceOf(BusinessException.class).hasMessage("act.error.transition");
		waiting.cancel();
		assertThat(waiting.getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThatThrownBy(waiting::cancel).isInstanceOf(BusinessException.class).hasMessage("act.error.already-cancelled");
	}

	@Test
	void aCareApplicationIsDecidedOnceAndOnlyAnEnrolledChildLeaves() {
		CareGroup g = new CareGroup(1L, "16");
		CareApplication app = new CareApplication(g, child(), false, 12);
		assertThat(app.getStatus()).isEqualTo(CareApplication.Status.SUBMITTED);
		assertThatThrownBy(() -> app.leave(MONDAY)).isInstanceOf(BusinessException.class).hasMessage("act.error.transition");
		app.waitlist();
		assertThat(app.getStatus()).isEqualTo(CareApplication.Status.WAITING);
		app.enrol(MONDAY);
		assertThat(app.getStatus()).isEqualTo(CareApplication.Status.ENROLLED);
		assertThatThrownBy(app::reject).isInstanceOf(BusinessException.class).hasMessage("act.error.transition");
		assertThatThrownBy(app::withdraw).isInstanceOf(BusinessException.class).hasMessage("act.error.transition");
		app.leave(MONDAY.plusMonths(6));
		assertThat(app.getStatus()).isEqualTo(CareApplication.Status.LEFT);
		assertThatThrownBy(() -> app.enrol(MONDAY)).isInstanceOf(BusinessException.class).hasMessage("act.error.transition");
		CareApplication withdrawn = new CareApplication(g, child(), false, 3);
		withdrawn.withdraw();
		assertThat(withdrawn.getStatus()).isEqualTo(CareApplication.Status.WITHDRAWN);
		assertThatThrownBy(() -> withdrawn.enrol(MONDAY)).isInstanceOf(BusinessException.class);
	}
}
