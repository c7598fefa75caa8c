package dz.sanad.training;

import dz.sanad.people.Member;
import dz.sanad.people.MemberFunction;
import dz.sanad.platform.BusinessException;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dz.sanad.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rules of issue 4 end to end: plan, nominate, decide, notify, deliver, close, certify, verify. */
class TrainingFlowTest extends TrainingFlowBase {

	@Test
	void roomsAndTrainersCannotBeBookedTwiceAndIllegalMovesAreRefused() throws Exception {
		Programme p = programme(Set.of());
		LocalDate start = nextStart();
		Session s = session(p, 10, start);
		// a second session in the same room at an overlapping time
		assertThatThrownBy(() -> sessions.create(new TrainingSessions.SessionForm(unique("S"), p.getId(), birkhadem(),
				s.getRoomId(), start.plusDays(2), start.plusDays(6), 10)))
			.isInstanceOf(BusinessException.class).hasMessage("training.session.error.room-booked");
		// the same trainer on two overlapping sessions
		Trainer t = catalogue.addTrainer(user("ministry"), birkhadem(), unique("Trainer"), false, null, null, null,
				null);
		Long module = catalogue.modules(p.getId()).get(0).getId();
		sessions.assignTrainer(s.getId(), module, t.getId());
		Session other = session(p, 10, start.plusDays(3));
		assertThatThrownBy(() -> sessions.assignTrainer(other.getId(), module, t.getId()))
			.isInstanceOf(BusinessException.class).hasMessage("training.session.error.trainer-booked");

		// illegal move through the API: 422 with a translated message naming the move and the state
		mvc.perform(post("/api/training/sessions/" + s.getId() + "/moves").with(csrf()).with(as(users, "ministry"))
			.contentType("application/json").content("{\"move\":\"START\"}").param("lang", "fr"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value("Impossible de démarrer : la session est « Brouillon »."));
		// cancelling needs a reason, then nothing moves any more
		actAs("ministry");
		assertThatThrownBy(() -> sessions.move(s.getId(), TrainingSessions.Move.CANCEL, ""))
			.isInstanceOf(BusinessException.class);
		sessions.move(s.getId(), TrainingSessions.Move.CANCEL, "budget");
		assertThat(sessions.get(s.getId()).getState()).isEqualTo(SessionState.CANCELLED);
		assertThatThrownBy(() -> sessions.move(s.getId(), TrainingSessions.Move.OPEN, null))
			.isInstanceOf(BusinessException.class);
		// the cancelled session frees its room
		sessions.create(new TrainingSessions.SessionForm(unique("S"), p.getId(), birkhadem(), s.getRoomId(),
				start.plusDays(2), start.plusDays(6), 10));
	}

	@Test
	void nominationRulesWaitingListAndNotifications() throws Exception {
		Programme p = programme(Set.of(MemberFunction.HEAD_CHILD_CARE, MemberFunction.ASSISTANT_CHILD_CARE));
		Session s = session(p, 2, nextStart());
		sessions.setQuotas(s.getId(), Map.of("16", 3, "31", 1));
		// not open yet
		Member early = newMember("16", MemberFunction.HEAD_CHILD_CARE, null);
		actAs("wilaya16");
		assertThatThrownBy(() -> nominations.nominate(s.getId(), early.getId())).isInstanceOf(BusinessException.class)
			.hasMessage("training.nomination.error.closed");
		actAs("ministry");
		sessions.move(s.getId(), TrainingSessions.Move.OPEN, null);

		actAs("wilaya16");
		// a member of another wilaya: unknown to this officer
		Member oran = newMember("31", MemberFunction.HEAD_CHILD_CARE, null);
		actAs("wilaya16");
		assertThatThrownBy(() -> nominations.nominate(s.getId(), oran.getId()))
			.isInstanceOf(dz.sanad.platform.NotFoundException.class);
		// a function the programme does not target
		Member operational = newMember("16", MemberFunction.OPERATIONAL, null);
		actAs("wilaya16");
		assertThatThrownBy(() -> nominations.nominate(s.getId(), operational.getId()))
			.isInstanceOf(BusinessException.class).hasMessage("training.nomination.error.function");
		// three heads of Algiers fill the wilaya's quota; the fourth is refused
		List<Member> heads = new ArrayList<>();
		List<Nomination> noms = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			heads.add(newMember("16", MemberFunction.HEAD_CHILD_CARE, unique("head") + "@test.dz"));
		}
		actAs("wilaya16");
		for (int i = 0; i < 3; i++) {
			noms.add(nominations.nominate(s.getId(), heads.get(i).getId()));
		}
		assertThatThrownBy(() -> nominations.nominate(s.getId(), heads.get(0).getId()))
			.isInstanceOf(BusinessException.class).hasMessage("training.nomination.error.duplicate");
		assertThatThrownBy(() -> nominations.nominate(s.getId(), heads.get(3).getId()))
			.isInstanceOf(BusinessException.class).hasMessage("training.nomination.error.quota");
		// only the ministry decides
		assertThatThrownBy(() -> nominations.accept(noms.get(0).getId())).isInstanceOf(AccessDeniedException.class);
		actAs("ministry");
		assertThatThrownBy(() -> nominations.refuse(noms.get(0).getId(), " ")).isInstanceOf(BusinessException.class)
			.hasMessage("training.nomination.error.reason-required");
		assertThat(nominations.accept(noms.get(0).getId()).getStatus()).isEqualTo(NominationStatus.ACCEPTED);
		assertThat(nominations.accept(noms.get(1).getId()).getStatus()).isEqualTo(NominationStatus.ACCEPTED);
		Nomination third = nominations.accept(noms.get(2).getId());
		assertThat(third.getStatus()).isEqualTo(NominationStatus.WAITLISTED);
		assertThat(third.getWaitRank()).isEqualTo(1);

		// everyone is told; the accepted get their convocation attached
		String firstEmail = heads.get(0).getEmail();
		List<MimeMessage> toFirst = awaitMail(firstEmail, 1);
		assertThat(toFirst).hasSize(1);
		assertThat(toFirst.get(0).getSubject()).contains("قبول الترشيح").contains("Désignation acceptée");
		assertThat(hasPdfAttachment(toFirst.get(0))).isTrue();
		List<MimeMessage> toThird = awaitMail(heads.get(2).getEmail(), 1);
		assertThat(toThird.get(0).getSubject()).contains("Liste d'attente");

		// a withdrawal frees a seat: the waiting list promotes itself and says so
		actAs("wilaya16");
		nominations.withdraw(noms.get(0).getId(), "mutation");
		assertThat(nominations.get(noms.get(2).getId()).getStatus()).isEqualTo(NominationStatus.ACCEPTED);
		List<MimeMessage> promoted = awaitMail(heads.get(2).getEmail(), 2);
		assertThat(promoted).hasSize(2);
		assertThat(promoted.get(1).getSubject()).contains("Une place s'est libérée");
		assertThat(hasPdfAttachment(promoted.get(1))).isTrue();

		// the same member cannot be nominated to another session at the same time
		actAs("ministry");
		Session overlapping = session(p, 5, sessions.get(s.getId()).getStartDate().plusDays(1));
		sessions.move(overlapping.getId(), TrainingSessions.Move.OPEN, null);
		actAs("wilaya16");
		assertThatThrownBy(() -> nominations.nominate(overlapping.getId(), heads.get(1).getId()))
			.isInstanceOf(BusinessException.class).hasMessage("training.nomination.error.overlap");
		// the convocation PDF is bilingual, with the Arabic font embedded
		byte[] pdf = documents.convocation(sessions.get(s.getId()), nominations.get(noms.get(1).getId()));
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Convocation").contains(heads.get(1).getMatricule());
			assertThat(doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator()
				.next()).getName()).contains("Amiri");
		}
	}

	@Test
	void alreadyCertifiedMembersWaitThreeYears() {
		actAs("ministry");
		// the demo's recent closed session (other tests close sessions dated years ago), and a valid certificate of it
		Session closed = sessions.searchAll(user("ministry"),
				new TrainingSessions.SessionFilter(null, SessionState.CLOSED, null, null, null)).stream()
			.filter(x -> x.getEndDate().isAfter(LocalDate.now().minusYears(1)))
			.filter(x -> certificates.ofSession(x.getId()).stream().anyMatch(c -> !c.isRevoked())).findFirst().orElseThrow();
		Certificate cert = certificates.ofSession(closed.getId()).stream().filter(c -> !c.isRevoked()).findFirst()
			.orElseThrow();
		Programme p = catalogue.programme(closed.getProgrammeId());
		// within three years of the certificate
		Session again = session(p, 10, closed.getEndDate().plusMonths(7));
		sessions.move(again.getId(), TrainingSessions.Move.OPEN, null);
		actAs("dgsn");
		assertThatThrownBy(() -> nominations.nominate(again.getId(), cert.getMemberId()))
			.isInstanceOf(BusinessException.class).hasMessage("training.nomination.error.certified");
	}

	@Test
	void importLandsWholeOrNotAtAll() throws Exception {
		Programme p = programme(Set.of());
		Session s = session(p, 10, nextStart());
		sessions.move(s.getId(), TrainingSessions.Move.OPEN, null);
		Member a = newMember("16", MemberFunction.EDUCATOR, null);
		Member b = newMember("16", MemberFunction.EDUCATOR, null);
		Member oran = newMember("31", MemberFunction.EDUCATOR, null);

		MvcResult bad = mvc.perform(multipart("/training/sessions/" + s.getId() + "/nominations/import")
			.file(xlsx(a.getMatricule(), "NOBODY-1", oran.getMatricule(), b.getMatricule())).with(csrf())
			.with(as(users, "wilaya16"))).andExpect(status().is3xxRedirection()).andReturn();
		TrainingNominations.ImportReport report = (TrainingNominations.ImportReport) bad.getFlashMap()
			.get("importReport");
		assertThat(report.applied()).isFalse();
		assertThat(report.lines()).filteredOn(l -> !l.ok()).extracting(TrainingNominations.ImportLine::row)
			.containsExactly(3, 4);
		// the report shows the translated message, naming the matricule, not the bare matricule
		assertThat(report.lines()).filteredOn(l -> l.row() == 3).singleElement()
			.extracting(TrainingNominations.ImportLine::message).asString()
			.contains("NOBODY-1").isNotEqualTo("NOBODY-1").doesNotContain("training.import");
		actAs("ministry");
		assertThat(nominations.ofSession(user("ministry"), s)).isEmpty();

		MvcResult good = mvc.perform(multipart("/training/sessions/" + s.getId() + "/nominations/import")
			.file(xlsx(a.getMatricule(), b.getMatricule())).with(csrf()).with(as(users, "wilaya16")))
			.andExpect(status().is3xxRedirection()).andReturn();
		report = (TrainingNominations.ImportReport) good.getFlashMap().get("importReport");
		assertThat(report.applied()).isTrue();
		assertThat(report.imported()).isEqualTo(2);
		actAs("ministry");
		assertThat(nominations.ofSession(user("ministry"), s)).hasSize(2);
	}

	static MockMultipartFile xlsx(String... matricules) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
		var ws = wb.newWorksheet("list");
		ws.value(0, 0, "matricule");
		for (int i = 0; i < matricules.length; i++) {
			ws.value(i + 1, 0, matricules[i]);
		}
		wb.finish();
		return new MockMultipartFile("file", "list.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
	}
}
