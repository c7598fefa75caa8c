package dz.sanad.holidays;

import dz.sanad.platform.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The state machines of a season and of an application, without Spring or a database. */
class HolidayStateMachinesTest {

	static final LocalDate JUNE_1 = LocalDate.of(2030, 6, 1);

	static Season season() {
		return new Season(2030, "صيف 2030", "Été 2030", JUNE_1, JUNE_1.plusDays(20), JUNE_1.plusDays(40), 7, 42L);
	}

	static Application application() {
		return new Application(1L, OfferKind.values()[0], 10L, 20L, "16", List.of(101L, 102L), false, "member");
	}

	private static String refusal(Runnable action) {
		return catchThrowableOfType(BusinessException.class, action::run).messageKey();
	}

	private static String field(Runnable action) {
		return catchThrowableOfType(BusinessException.class, action::run).field();
	}

	@Test
	void aSeasonGoesDraftOpenClosedAllocatedAndNoOtherWay() {
		Season s = season();
		assertThat(s.getStatus()).isEqualTo(SeasonStatus.DRAFT);
		assertThat(refusal(s::close)).isEqualTo("holidays.error.season-state");
		assertThat(refusal(s::allocated)).isEqualTo("holidays.error.season-state");
		s.open();
		assertThat(refusal(s::open)).isEqualTo("holidays.error.season-state");
		assertThat(refusal(s::checkRulesEditable)).as("rules freeze once open").isEqualTo("holidays.error.rules-frozen");
		assertThat(refusal(s::allocated)).isEqualTo("holidays.error.season-state");
		s.close();
		s.allocated();
		s.allocated(); // a re-run of the allocation keeps the season allocated
		assertThat(s.getStatus()).isEqualTo(SeasonStatus.ALLOCATED);
		assertThat(refusal(s::checkOffersEditable)).isEqualTo("holidays.error.season-state");
	}

	@Test
	void aSeasonAcceptsApplicationsOnlyWhileOpenAndInsideItsWindow() {
		Season s = season();
		assertThat(s.acceptsApplications(JUNE_1)).isFalse();
		s.open();
		assertThat(s.acceptsApplications(JUNE_1.minusDays(1))).isFalse();
		assertThat(s.acceptsApplications(JUNE_1)).isTrue();
		assertThat(s.acceptsApplications(JUNE_1.plusDays(20))).isTrue();
		assertThat(s.acceptsApplications(JUNE_1.plusDays(21))).isFalse();
		assertThat(s.acceptsAppeals(JUNE_1.plusDays(30))).as("not allocated yet").isFalse();
		s.close();
		s.allocated();
		assertThat(s.acceptsAppeals(JUNE_1.plusDays(40))).isTrue();
		assertThat(s.acceptsAppeals(JUNE_1.plusDays(41))).isFalse();
	}

	@Test
	void aSeasonRefusesAWindowThatEndsBeforeItStartsAndConfirmationInUnderADay() {
		Season s = season();
		assertThat(field(() -> s.update("a", "b", JUNE_1, JUNE_1.minusDays(1), null, 7))).isEqualTo("applyUntil");
		assertThat(field(() -> s.update("a", "b", JUNE_1, JUNE_1, null, 0))).isEqualTo("confirmDays");
	}

	@Test
	void anApplicationIsPlacedConfirmedOnTimeOrExpiresAfterItsDeadline() {
		Application a = application();
		assertThat(refusal(() -> a.confirm(JUNE_1))).isEqualTo("holidays.error.application-state");
		a.allocated(101L, 50, 1, 7L, "explained", JUNE_1.plusDays(7));
		assertThat(a.getStatus()).isEqualTo(ApplicationStatus.PLACED);
		assertThat(refusal(() -> a.expire(JUNE_1.plusDays(7)))).as("not past the deadline yet")
			.isEqualTo("holidays.error.application-state");
		assertThat(refusal(() -> a.confirm(JUNE_1.plusDays(8)))).isEqualTo("holidays.error.confirm-late");
		a.confirm(JUNE_1.plusDays(7));
		assertThat(a.getStatus()).isEqualTo(ApplicationStatus.CONFIRMED);
		assertThat(refusal(() -> a.allocated(102L, 1, 1, 1L, "x", JUNE_1))).as("a re-run never moves a confirmed place")
			.isEqualTo("holidays.error.application-state");

		Application late = application();
		late.allocated(101L, 50, 1, 7L, "explained", JUNE_1.plusDays(7));
		assertThat(late.expire(JUNE_1.plusDays(8))).isEqualTo(101L);
		assertThat(late.getStatus()).isEqualTo(ApplicationStatus.EXPIRED);
		assertThat(late.getPlacedShiftId()).isNull();
		assertThat(refusal(late::withdraw)).isEqualTo("holidays.error.application-state");
	}

	@Test
	void theWaitingListPromotesAndAWithdrawalFreesOnlyAHeldPlace() {
		Application a = application();
		a.allocated(null, 10, 30, 7L, "no place", JUNE_1);
		assertThat(a.getStatus()).isEqualTo(ApplicationStatus.WAITING);
		assertThat(a.getConfirmBy()).isNull();
		a.promote(102L, JUNE_1.plusDays(3));
		assertThat(a.getStatus()).isEqualTo(ApplicationStatus.PLACED);
		assertThat(refusal(() -> a.promote(101L, JUNE_1))).isEqualTo("holidays.error.application-state");
		assertThat(a.withdraw()).isEqualTo(102L);
		assertThat(refusal(a::withdraw)).isEqualTo("holidays.error.application-state");

		Application waiting = application();
		waiting.allocated(null, 10, 30, 7L, "no place", JUNE_1);
		assertThat(waiting.withdraw()).as("a waiting application frees nothing").isNull();
	}

	@Test
	void anOverrideNeedsAReasonAndIsMarked() {
		Application a = application();
		assertThat(refusal(() -> a.override(101L, "r", JUNE_1))).as("not allocated yet")
			.isEqualTo("holidays.error.application-state");
		a.allocated(null, 10, 30, 7L, "no place", JUNE_1);
		assertThat(field(() -> a.override(101L, " ", JUNE_1))).isEqualTo("reason");
		assertThat(a.override(101L, " situation familiale ", JUNE_1.plusDays(5))).isNull();
		assertThat(a.isOverridden()).isTrue();
		assertThat(a.getOverrideReason()).isEqualTo("situation familiale");
		assertThat(a.getStatus()).isEqualTo(ApplicationStatus.PLACED);
		assertThat(a.override(null, "place rendue", JUNE_1)).as("the held place is freed").isEqualTo(101L);
		assertThat(a.getStatus()).isEqualTo(ApplicationStatus.WAITING);
	}

	@Test
	void oneAppealInsideTheWindowWithATextThenOneAnswer() {
		Application a = application();
		assertThat(refusal(() -> a.appeal("texte", true))).as("nothing decided yet")
			.isEqualTo("holidays.error.application-state");
		assertThat(a.canAppeal(true)).isFalse();
		a.allocated(null, 10, 30, 7L, "no place", JUNE_1);
		assertThat(a.canAppeal(true)).isTrue();
		assertThat(a.canAppeal(false)).isFalse();
		assertThat(refusal(() -> a.appeal("texte", false))).isEqualTo("holidays.error.appeals-closed");
		assertThat(field(() -> a.appeal(" ", true))).isEqualTo("text");
		assertThat(refusal(() -> a.answerAppeal(true, "ok"))).isEqualTo("holidays.error.no-pending-appeal");
		a.appeal(" trois enfants ", true);
		assertThat(a.getAppealStatus()).isEqualTo(AppealStatus.PENDING);
		assertThat(a.canAppeal(true)).as("one appeal only").isFalse();
		assertThat(refusal(() -> a.appeal("encore", true))).isEqualTo("holidays.error.appeal-exists");
		assertThat(field(() -> a.answerAppeal(false, ""))).isEqualTo("answer");
		a.answerAppeal(false, "critères appliqués");
		assertThat(a.getAppealStatus()).isEqualTo(AppealStatus.REJECTED);
		assertThat(refusal(() -> a.answerAppeal(true, "revu"))).isEqualTo("holidays.error.no-pending-appeal");
	}
}
