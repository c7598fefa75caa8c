package dz.sanad.training;

import dz.sanad.people.Member;
import dz.sanad.people.MemberFunction;
import dz.sanad.platform.BusinessException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;

import static dz.sanad.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Delivering a session end to end: attendance, closing, certificates, verification, satisfaction and follow-up. */
class TrainingDeliveryFlowTest extends TrainingFlowBase {

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
