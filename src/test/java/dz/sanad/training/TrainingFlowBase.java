package dz.sanad.training;

import dz.sanad.organisation.Organisation;
import dz.sanad.people.MemberFunction;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import static org.assertj.core.api.Assertions.assertThat;

/** What the training flow tests share: services, a fresh programme and session of their own, mail helpers. */
abstract class TrainingFlowBase extends TrainingTestBase {

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

	/** The value of the selected option of the select with that id ("" when none is selected). */
	static String selected(String html, String selectId) {
		int from = html.indexOf("id=\"" + selectId + "\"");
		assertThat(from).as(selectId).isPositive();
		String select = html.substring(from, html.indexOf("</select>", from));
		var m = java.util.regex.Pattern.compile("<option value=\"([A-Z]*)\"\\s+selected").matcher(select);
		return m.find() ? m.group(1) : "";
	}
}
