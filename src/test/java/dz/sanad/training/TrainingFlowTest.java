package dz.sanad.training;

import dz.sanad.organisation.Organisation;
import dz.sanad.people.Member;
import dz.sanad.people.MemberFunction;
import dz.sanad.platform.BusinessException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;

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
class TrainingFlowTest extends TrainingTestBase {

	@Autowired
	TrainingSessions sessions;

	@Autowired
	TrainingNominations nominations;

	@Autowired
	TrainingCertificates certificates;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Delivery delivery;

	@Autowired
	Organisation organisation;

	@Autowired
	TrainingDocuments documents;

	static int week = 0;

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	Long birkhadem() {
		return organisation.findByCode("CNFPS-BIRKHADEM").orElseThrow().getId();
	}

	Programme programme(Set<MemberFunction> functions) {
		actAs("ministry");
		Long domain = catalogue.domains().get(0).getId();
		Programme p = catalogue.saveProgramme(null, new Catalogue.ProgrammeForm(unique("PRG"), "برنامج تجريبي",
				"Programme d'essai", null, null, ProgrammeType.QUALIFYING, domain, functions, null, Set.of()));
		catalogue.addModule(p.getId(), "مقياس أول", "Premier module", 10);
		catalogue.addModule(p.getId(), "مقياس ثان", "Second module", 6);
		return p;
	}

	/** A session on its own room, years ahead, so nothing else is booked at the same time. */
	Session session(Programme p, int capacity, LocalDate start) {
		actAs("ministry");
		Room room = catalogue.addRoom(user("ministry"), birkhadem(), unique("Room"), 40);
		return sessions.create(new TrainingSessions.SessionForm(unique("S"), p.getId(), birkhadem(), room.getId(),
				start, start.plusDays(4), capacity));
	}

	static synchronized LocalDate nextStart() {
		week += 2;
		return LocalDate.of(2031, 1, 5).plusWeeks(week); // a Sunday
	}

	/** A week already over (a session is started on its first day and closed after its last, never ahead). */
	static synchronized LocalDate pastStart() {
		week += 2;
		return LocalDate.of(2021, 1, 3).plusWeeks(week); // a Sunday
	}

	List<MimeMessage> awaitMail(String address, int count) throws Exception {
		for (int i = 0; i < 100; i++) {
			MimeMessage[] got = greenMail.getReceivedMessagesForDomain(address);
			if (got.length >= count) {
				return Arrays.asList(got);
			}
			Thread.sleep(200);
		}
		return Arrays.asList(greenMail.getReceivedMessagesForDomain(address));
	}

	static boolean hasPdfAttachment(MimeMessage m) throws Exception {
		if (!(m.getContent() instanceof Multipart mp)) {
			return false;
		}
		for (int i = 0; i < mp.getCount(); i++) {
			if (mp.getBodyPart(i).getFileName() != null && mp.getBodyPart(i).getFileName().endsWith(".pdf")) {
				return true;
			}
		}
		return false;
	}

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
		Session closed = sessions.searchAll(user("ministry"),
				new TrainingSessions.SessionFilter(null, SessionState.CLOSED, null, null, null)).get(0);
		Certificate cert = certificates.ofSession(closed.getId()).get(0);
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

	/** The value of the selected option of the select with that id ("" when none is selected). */
	private static String selected(String html, String selectId) {
		int from = html.indexOf("id=\"" + selectId + "\"");
		assertThat(from).as(selectId).isPositive();
		String select = html.substring(from, html.indexOf("</select>", from));
		var m = java.util.regex.Pattern.compile("<option value=\"([A-Z]*)\"\\s+selected").matcher(select);
		return m.find() ? m.group(1) : "";
	}

	@Test
	void attendanceCloseCertificatesAndVerification() throws Exception {
		Programme p = programme(Set.of());
		Session s = session(p, 10, pastStart());
		Trainer t = catalogue.addTrainer(user("ministry"), birkhadem(), unique("Trainer"), false, null, null, null,
				null);
		for (ProgrammeModule m : catalogue.modules(p.getId())) {
			sessions.assignTrainer(s.getId(), m.getId(), t.getId());
		}
		sessions.move(s.getId(), TrainingSessions.Move.OPEN, null);
		List<Member> trainees = List.of(newMember("16", MemberFunction.EDUCATOR, null),
				newMember("25", MemberFunction.EDUCATOR, null), newMember("06", MemberFunction.EDUCATOR, null));
		List<Long> ids = new ArrayList<>();
		for (Member m : trainees) {
			actAs("dgsn");
			Long id = nominations.nominate(s.getId(), m.getId()).getId();
			actAs("ministry");
			nominations.accept(id);
			ids.add(id);
		}
		sessions.move(s.getId(), TrainingSessions.Move.CONFIRM, null);
		// attendance only while running
		assertThatThrownBy(() -> delivery.recordAttendance(s.getId(), s.getStartDate(), Map.of()))
			.isInstanceOf(BusinessException.class).hasMessage("training.attendance.error.not-running");
		sessions.move(s.getId(), TrainingSessions.Move.START, null);
		// the demo trainer does not teach this session: refused
		mvc.perform(get("/training/sessions/" + s.getId() + "/attendance").with(as(users, "trainer")))
			.andExpect(status().isForbidden());
		// the centre takes attendance on the phone page: the third trainee is always absent
		for (LocalDate day : sessions.get(s.getId()).days()) {
			var req = post("/training/sessions/" + s.getId() + "/attendance").with(csrf()).with(as(users, "centre"))
				.param("day", day.toString());
			for (int i = 0; i < 3; i++) {
				String st = i == 2 ? "ABSENT" : (day.equals(s.getStartDate()) && i == 1 ? "JUSTIFIED" : "PRESENT");
				req.param("rows[" + i + "].nominationId", String.valueOf(ids.get(i)))
					.param("rows[" + i + "].am", st).param("rows[" + i + "].pm", st);
			}
			mvc.perform(req).andExpect(status().is3xxRedirection());
		}
		// reopening a day shows what was saved (not "present" for everyone), so saving again keeps the absences
		String html = mvc.perform(get("/training/sessions/" + s.getId() + "/attendance").param("day",
				s.getStartDate().toString()).with(as(users, "centre")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(selected(html, "m_" + ids.get(2) + "_AM")).isEqualTo("ABSENT");
		assertThat(selected(html, "m_" + ids.get(1) + "_PM")).isEqualTo("JUSTIFIED");
		assertThat(selected(html, "m_" + ids.get(0) + "_AM")).isEqualTo("PRESENT");
		// a day outside the session is refused, naming the problem
		actAs("centre");
		assertThatThrownBy(() -> delivery.recordAttendance(s.getId(), s.getStartDate().minusDays(1), Map.of()))
			.isInstanceOf(BusinessException.class).hasMessage("training.attendance.error.day");
		// post-tests through the API: the second trainee scores below 10
		for (ProgrammeModule m : catalogue.modules(p.getId())) {
			mvc.perform(post("/api/training/sessions/" + s.getId() + "/assessments").with(csrf())
				.with(as(users, "centre")).contentType("application/json")
				.content("{\"moduleId\":" + m.getId() + ",\"scores\":{\"" + ids.get(0) + "\":{\"pre\":8,\"post\":14},\""
						+ ids.get(1) + "\":{\"pre\":8,\"post\":9},\"" + ids.get(2) + "\":{\"pre\":5,\"post\":16}}}"))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/api/training/sessions/" + s.getId() + "/assessments").with(csrf())
			.with(as(users, "centre")).contentType("application/json")
			.content("{\"moduleId\":" + catalogue.modules(p.getId()).get(0).getId() + ",\"scores\":{\"" + ids.get(0)
					+ "\":{\"pre\":8,\"post\":24}}}"))
			.andExpect(status().isUnprocessableContent());
		// the printable sheet has every trainee and a signature column
		byte[] sheet = mvc.perform(get("/training/sessions/" + s.getId() + "/attendance.pdf").with(as(users, "centre")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(sheet)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Signature").contains(trainees.get(0).fullNameLat());
		}

		actAs("ministry");
		sessions.move(s.getId(), TrainingSessions.Move.CLOSE, null);
		Nomination n1 = nominations.get(ids.get(0));
		Nomination n2 = nominations.get(ids.get(1));
		Nomination n3 = nominations.get(ids.get(2));
		assertThat(n1.getCompleted()).isTrue();
		assertThat(n1.getAttendanceRate()).isEqualTo(100.0);
		assertThat(n2.getCompleted()).as("post-test 9/20").isFalse();
		assertThat(n2.getAttendanceRate()).as("one justified day of five").isEqualTo(80.0);
		assertThat(n3.getCompleted()).as("always absent").isFalse();

		// batch generation in the background, with a progress report and a zip
		MvcResult started = mvc.perform(post("/api/training/sessions/" + s.getId() + "/certificates").with(csrf())
			.with(as(users, "centre"))).andExpect(status().isOk()).andReturn();
		long jobId = Long.parseLong(started.getResponse().getContentAsString().replaceAll("\\D", ""));
		TrainingCertificates.Job job = null;
		for (int i = 0; i < 150; i++) {
			job = certificates.job(s.getId(), jobId);
			if (job.isFinished()) {
				break;
			}
			Thread.sleep(200);
		}
		assertThat(job.status()).isEqualTo("DONE");
		assertThat(job.total()).isEqualTo(1);
		mvc.perform(get("/training/sessions/" + s.getId() + "/certificates/jobs/" + jobId).with(as(users, "centre")))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("zip-link")));
		byte[] zip = mvc.perform(get("/training/sessions/" + s.getId() + "/certificates/jobs/" + jobId + "/zip")
			.with(as(users, "centre"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			assertThat(in.getNextEntry().getName()).endsWith(".pdf");
			assertThat(in.getNextEntry()).isNull();
		}
		Certificate cert = certificates.ofSession(s.getId()).get(0);
		assertThat(cert.getMemberId()).isEqualTo(trainees.get(0).getId());
		assertThat(cert.getHours()).isEqualTo(16);

		// the certificate: landscape, bilingual, serial and QR to the public page
		byte[] pdf = mvc.perform(get("/training/certificates/" + cert.getId() + "/pdf").with(as(users, "dgsn")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains(cert.getSerial()).contains("Attestation de formation")
				.contains("/verify/").contains(trainees.get(0).fullNameLat());
		}

		// the public verification page: name, programme, centre, dates, validity; nothing else
		mvc.perform(get("/verify/" + cert.getCode()).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(trainees.get(0).fullNameLat())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Programme d&#39;essai")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Attestation valide")))
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString(trainees.get(0).getMatricule()))));
		mvc.perform(get("/verify/abcdefghijklmnopqrstuvwxyz").param("lang", "fr")).andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Aucune attestation")));

		// revocation needs a reason, is audited, and shows on the public page
		mvc.perform(post("/api/training/certificates/" + cert.getId() + "/revoke").with(csrf())
			.with(as(users, "centre")).contentType("application/json").content("{\"reason\":\"\"}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/training/certificates/" + cert.getId() + "/revoke").with(csrf()).with(as(users, "centre"))
			.param("reason", "fraude")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/verify/" + cert.getCode()).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Attestation révoquée")));
	}

	@Test
	void theVerificationPageIsRateLimitedPerAddress() throws Exception {
		int throttled = 0;
		for (int i = 0; i < 40; i++) {
			int code = mvc.perform(get("/verify/aaaaaaaaaaaaaaaaaaaaaaaaaa").with(r -> {
				r.setRemoteAddr("10.66.0.1");
				return r;
			})).andReturn().getResponse().getStatus();
			if (code == 429) {
				throttled++;
			}
		}
		assertThat(throttled).isGreaterThan(0);
		// another address is not affected
		mvc.perform(get("/verify/aaaaaaaaaaaaaaaaaaaaaaaaaa").with(r -> {
			r.setRemoteAddr("10.66.0.2");
			return r;
		})).andExpect(status().isNotFound());
	}

	@Test
	void satisfactionAndSupervisorFollowUp() throws Exception {
		actAs("ministry");
		Session closed = sessions.searchAll(user("ministry"),
				new TrainingSessions.SessionFilter(null, SessionState.CLOSED, null, null, null)).get(0);
		// the demo member is not a trainee there: the questionnaire is not theirs
		Nomination someone = delivery.trainees(closed.getId()).get(0);
		mvc.perform(post("/training/my/" + someone.getId() + "/satisfaction").with(csrf()).with(as(users, "member"))
			.param("content", "5").param("trainers", "5").param("organisation", "4").param("usefulness", "5")
			.param("overall", "5")).andExpect(status().isForbidden());

		// a session that ended four months ago, with one trainee who completed it
		Programme p = programme(Set.of());
		LocalDate start = LocalDate.now().minusMonths(4).with(java.time.temporal.TemporalAdjusters
			.previousOrSame(java.time.DayOfWeek.SUNDAY));
		Session s = session(p, 5, start);
		sessions.move(s.getId(), TrainingSessions.Move.OPEN, null);
		Member m = newMember("16", MemberFunction.EDUCATOR, null);
		actAs("dgsn");
		Long id = nominations.nominate(s.getId(), m.getId()).getId();
		Long karim = nominations.nominate(s.getId(), user("member").memberId()).getId();
		actAs("ministry");
		nominations.accept(id);
		nominations.accept(karim);
		sessions.move(s.getId(), TrainingSessions.Move.CONFIRM, null);
		sessions.move(s.getId(), TrainingSessions.Move.START, null);
		for (LocalDate day : sessions.get(s.getId()).days()) {
			delivery.recordAttendance(s.getId(), day, Map.of(id, Map.of("AM", AttendanceStatus.PRESENT, "PM",
					AttendanceStatus.PRESENT)));
		}
		for (ProgrammeModule module : catalogue.modules(p.getId())) {
			delivery.recordScores(s.getId(), module.getId(), Map.of(id, new Delivery.Scores(8.0, 13.0)));
		}
		sessions.move(s.getId(), TrainingSessions.Move.CLOSE, null);
		assertThat(nominations.get(id).getCompleted()).isTrue();

		// the trainee's satisfaction (level 1): their own, once, values 1 to 5
		actAs("member");
		assertThatThrownBy(() -> delivery.answerSatisfaction(id, new Delivery.Satisfaction(5, 5, 5, 5, 5, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> delivery.answerSatisfaction(karim, new Delivery.Satisfaction(6, 5, 5, 5, 5, null)))
			.isInstanceOf(BusinessException.class).hasMessage("training.satisfaction.error.range");
		mvc.perform(post("/training/my/" + karim + "/satisfaction").with(csrf()).with(as(users, "member"))
			.param("content", "4").param("trainers", "5").param("organisation", "3").param("usefulness", "4")
			.param("overall", "4")).andExpect(status().is3xxRedirection());
		assertThat(delivery.satisfaction(karim).overall()).isEqualTo(4);
		actAs("member");
		assertThatThrownBy(() -> delivery.answerSatisfaction(karim, new Delivery.Satisfaction(5, 5, 5, 5, 5, null)))
			.isInstanceOf(BusinessException.class).hasMessage("training.satisfaction.error.answered");
		mvc.perform(get("/training/my").with(as(users, "member")).param("lang", "fr"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("appréciation 4/5")));
		actAs("ministry");

		// three months after the end, the supervisor is asked once, through an unguessable link (level 3)
		assertThat(delivery.sendDueFollowUps()).isPositive();
		Delivery.FollowUp f = delivery.followUpOf(id);
		assertThat(f.token()).matches("[a-z2-7]{32}");
		assertThat(delivery.sendDueFollowUps()).isZero();
		mvc.perform(get("/training/follow-up/" + f.token()).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("appliqué")));
		mvc.perform(post("/training/follow-up/" + f.token()).with(csrf()).param("applied", "PARTLY")
			.param("comment", "club créé")).andExpect(status().is3xxRedirection());
		assertThat(delivery.followUpOf(id).applied()).isEqualTo("PARTLY");
		mvc.perform(post("/training/follow-up/" + f.token()).with(csrf()).param("applied", "YES"))
			.andExpect(status().is3xxRedirection());
		assertThat(delivery.followUpOf(id).applied()).as("answered once").isEqualTo("PARTLY");
		mvc.perform(get("/training/follow-up/nosuchtoken")).andExpect(status().isNotFound());
	}
}
