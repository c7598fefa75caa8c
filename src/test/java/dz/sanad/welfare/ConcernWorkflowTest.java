package dz.sanad.welfare;

import dz.sanad.platform.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dz.sanad.welfare.ConcernState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The concern's state machine and rules, without Spring. */
class ConcernWorkflowTest {

	private static Concern concern(Confidentiality level) {
		return new Concern(123, Instant.parse("2026-03-10T09:00:00Z"), 1L, null, null, "HOUSING.SOCIAL",
				Channel.PORTAL, "s", "d", null, Priority.NORMAL, level, "16", null);
	}

	@Test
	void theReferenceShowsTheYearAndTheNumber() {
		assertThat(concern(Confidentiality.NORMAL).getReference()).isEqualTo("PRE-2026-000123");
	}

	@Test
	void theHappyPathWithWaitsBothWays() {
		Concern c = concern(Confidentiality.NORMAL);
		for (ConcernState s : new ConcernState[] { ASSIGNED, IN_PROGRESS, WAITING_MEMBER, IN_PROGRESS,
				WAITING_THIRD_PARTY, IN_PROGRESS, DECIDED, CLOSED, REOPENED, DECIDED, APPEALED, IN_PROGRESS, DECIDED,
				CLOSED }) {
			c.moveTo(s);
			assertThat(c.getState()).isEqualTo(s);
		}
	}

	@Test
	void illegalMovesAreRefusedWithBothStatesNamed() {
		Concern c = concern(Confidentiality.NORMAL);
		assertThatThrownBy(() -> c.moveTo(DECIDED)).isInstanceOf(BusinessException.class)
			.satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("case.error.transition"));
		assertThat(c.getState()).isEqualTo(SUBMITTED);
		c.moveTo(ASSIGNED);
		c.moveTo(IN_PROGRESS);
		assertThatThrownBy(() -> c.moveTo(CLOSED)).isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> c.moveTo(APPEALED)).isInstanceOf(BusinessException.class);
		c.moveTo(WAITING_MEMBER);
		assertThatThrownBy(() -> c.moveTo(DECIDED)).as("no decision while waiting for the member")
			.isInstanceOf(BusinessException.class);
	}

	@Test
	void waitingStatesPauseAndClosedIsTerminal() {
		assertThat(Concern.WORKFLOW.isWaiting(WAITING_MEMBER)).isTrue();
		assertThat(Concern.WORKFLOW.isWaiting(WAITING_THIRD_PARTY)).isTrue();
		assertThat(Concern.WORKFLOW.isWaiting(IN_PROGRESS)).isFalse();
		assertThat(Concern.WORKFLOW.isTerminal(CLOSED)).isTrue();
		assertThat(Concern.WORKFLOW.isTerminal(DECIDED)).isFalse();
	}

	@Test
	void ratingOnlyOnceAfterClosure() {
		Concern c = concern(Confidentiality.NORMAL);
		assertThatThrownBy(() -> c.rate(4, null)).isInstanceOf(BusinessException.class);
		c.moveTo(ASSIGNED);
		c.moveTo(DECIDED);
		c.moveTo(CLOSED);
		assertThatThrownBy(() -> c.rate(6, null)).isInstanceOf(BusinessException.class);
		c.rate(4, " fine ");
		assertThat(c.getRating()).isEqualTo((short) 4);
		assertThat(c.getRatingComment()).isEqualTo("fine");
		assertThatThrownBy(() -> c.rate(5, null)).isInstanceOf(BusinessException.class);
	}

	@Test
	void aSealedConcernStaysWithItsNamedHandler() {
		Concern c = concern(Confidentiality.SEALED);
		c.seal("social16");
		c.assignTo("social16");
		assertThatThrownBy(() -> c.assignTo("wilaya16")).isInstanceOf(BusinessException.class);
		assertThat(c.getAssignedTo()).isEqualTo("social16");
		assertThatThrownBy(() -> concern(Confidentiality.NORMAL).seal("x")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void fileTypesComeFromTheContent() {
		assertThat(ConcernThread.sniff("%PDF-1.7 ...".getBytes())).contains("application/pdf");
		assertThat(ConcernThread.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.contains("image/jpeg");
		assertThat(ConcernThread.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 }))
			.contains("image/png");
		assertThat(ConcernThread.sniff("MZ executable renamed to .pdf".getBytes())).isEmpty();
		assertThat(ConcernThread.sniff("<html>".getBytes())).isEmpty();
		assertThat(ConcernThread.sniff(new byte[] { '%', 'P' })).isEmpty();
	}

	@Test
	void followUpCodesAreRandomAndOnlyTheirHashIsKept() {
		String a = MemberConcerns.newCode();
		String b = MemberConcerns.newCode();
		assertThat(a).hasSize(16).isNotEqualTo(b).matches("[A-Z2-9]+");
		assertThat(MemberConcerns.hash(a)).hasSize(64).isEqualTo(MemberConcerns.hash(a)).doesNotContain(a);
	}
}
