package dz.sanad.training;

import dz.sanad.organisation.Organisation;
import dz.sanad.people.Member;
import dz.sanad.people.MemberFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dz.sanad.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessments page: one wrong mark keeps every mark typed and names the trainee next to the field; marks typed
 * in Arabic-Indic digits or with a decimal comma are saved as numbers.
 */
class AssessmentFormTest extends TrainingTestBase {

	@Autowired
	TrainingSessions sessions;

	@Autowired
	TrainingNominations nominations;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Delivery delivery;

	@Autowired
	Organisation organisation;

	Session session;

	Long module;

	final List<Long> ids = new ArrayList<>();

	final List<Member> trainees = new ArrayList<>();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	/** A confirmed session (marks are typed from confirmation on) with three trainees. */
	void confirmedSession() {
		actAs("ministry");
		Long centre = organisation.findByCode("CNFPS-BIRKHADEM").orElseThrow().getId();
		Programme p = catalogue.saveProgramme(null, new Catalogue.ProgrammeForm(unique("PRG"), "برنامج تجريبي",
				"Programme d'essai", null, null, ProgrammeType.QUALIFYING, catalogue.domains().get(0).getId(),
				Set.of(), null, Set.of()));
		module = catalogue.addModule(p.getId(), "مقياس", "Module", 10).getId();
		Room room = catalogue.addRoom(user("ministry"), centre, unique("Room"), 40);
		LocalDate start = LocalDate.of(2033, 1, 2);
		session = sessions.create(new TrainingSessions.SessionForm(unique("S"), p.getId(), centre, room.getId(),
				start, start.plusDays(4), 10));
		sessions.move(session.getId(), TrainingSessions.Move.OPEN, null);
		for (int i = 0; i < 3; i++) {
			Member m = newMember("16", MemberFunction.EDUCATOR, null);
			actAs("dgsn");
			Long id = nominations.nominate(session.getId(), m.getId()).getId();
			actAs("ministry");
			nominations.accept(id);
			ids.add(id);
			trainees.add(m);
		}
		sessions.move(session.getId(), TrainingSessions.Move.CONFIRM, null);
	}

	MockHttpServletRequestBuilder marks(String... prePost) {
		MockHttpServletRequestBuilder req = post("/training/sessions/" + session.getId() + "/assessments").with(csrf())
			.with(as(users, "ministry")).param("lang", "fr").param("moduleId", String.valueOf(module));
		for (int i = 0; i < ids.size(); i++) {
			req.param("rows[" + i + "].nominationId", String.valueOf(ids.get(i)))
				.param("rows[" + i + "].pre", prePost[2 * i]).param("rows[" + i + "].post", prePost[2 * i + 1]);
		}
		return req;
	}

	@Test
	void oneWrongMarkKeepsEveryTypedMarkAndNamesTheTraineeNextToTheField() throws Exception {
		confirmedSession();
		String html = mvc.perform(marks("8", "14", "9", "24", "7", "quinze"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// every typed value is still there
		assertThat(html).contains("value=\"14\"").contains("value=\"24\"").contains("value=\"quinze\"")
			.contains("value=\"8\"").contains("value=\"9\"").contains("value=\"7\"");
		// each error sits next to its trainee's field, names the trainee, and is tied to the field for screen readers
		String second = "post-" + ids.get(1);
		assertThat(html).containsPattern("id=\"" + second + "\"[^>]*is-invalid|is-invalid[^>]*id=\"" + second + "\"")
			.contains("aria-describedby=\"" + second + "-error\"")
			.containsPattern("id=\"" + second + "-error\">" + trainees.get(1).fullNameLat() + " : une note va de 0 à 20\\.");
		String third = "post-" + ids.get(2);
		assertThat(html).contains("aria-describedby=\"" + third + "-error\"")
			.contains("« quinze » n’est pas une note");
		assertThat(html).doesNotContain("aria-describedby=\"post-" + ids.get(0) + "-error\"")
			.doesNotContain("désignation " + ids.get(1)).doesNotContain("nomination " + ids.get(1));
		// nothing was saved
		assertThat(delivery.scores(session.getId())).isEmpty();
	}

	@Test
	void marksInArabicIndicDigitsOrWithADecimalCommaAreSaved() throws Exception {
		confirmedSession();
		mvc.perform(marks("١٥٫٥", "15,5", "۱۲", "٢٠", "", "0,25")).andExpect(status().is3xxRedirection());
		var saved = delivery.scores(session.getId());
		assertThat(saved.get(ids.get(0)).get(module)).isEqualTo(new Delivery.Scores(15.5, 15.5));
		assertThat(saved.get(ids.get(1)).get(module)).isEqualTo(new Delivery.Scores(12.0, 20.0));
		assertThat(saved.get(ids.get(2)).get(module)).isEqualTo(new Delivery.Scores(null, 0.25));
		// the page shows them back as saved
		String html = mvc.perform(get("/training/sessions/" + session.getId() + "/assessments").with(as(users, "ministry"))
			.param("moduleId", String.valueOf(module))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("value=\"15.5\"").contains("value=\"0.25\"").contains("value=\"20\"");
	}

	@Test
	void theApiReadsMarksSentAsTextInArabicIndicDigitsOrWithADecimalComma() throws Exception {
		confirmedSession();
		mvc.perform(post("/api/training/sessions/" + session.getId() + "/assessments").with(csrf())
			.with(as(users, "ministry")).contentType("application/json")
			.content("{\"moduleId\":" + module + ",\"scores\":{\"" + ids.get(0) + "\":{\"pre\":\"١٥٫٥\",\"post\":\"15,5\"}}}"))
			.andExpect(status().isOk());
		assertThat(delivery.scores(session.getId()).get(ids.get(0)).get(module))
			.isEqualTo(new Delivery.Scores(15.5, 15.5));
		mvc.perform(post("/api/training/sessions/" + session.getId() + "/assessments").with(csrf())
			.with(as(users, "ministry")).contentType("application/json")
			.content("{\"moduleId\":" + module + ",\"scores\":{\"" + ids.get(0) + "\":{\"pre\":\"abc\"}}}"))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void aSessionIsPlannedWithDatesAndACapacityTypedInArabicIndicDigits() throws Exception {
		confirmedSession();
		Room room = catalogue.addRoom(user("ministry"), session.getCentreId(), unique("Room"), 40);
		String code = unique("AR");
		mvc.perform(post("/training/sessions/new").with(csrf()).with(as(users, "ministry"))
			.param("code", code).param("programmeId", String.valueOf(session.getProgrammeId()))
			.param("centreId", String.valueOf(session.getCentreId())).param("roomId", String.valueOf(room.getId()))
			.param("startDate", "٢٠٣٤-٠١-٠١").param("endDate", "٠٥/٠١/٢٠٣٤").param("capacity", "١٢"))
			.andExpect(status().is3xxRedirection());
		Session planned = sessions.searchAll(user("ministry"), new TrainingSessions.SessionFilter(code, null, null,
				null, null)).get(0);
		assertThat(planned.getStartDate()).isEqualTo(LocalDate.of(2034, 1, 1));
		assertThat(planned.getEndDate()).isEqualTo(LocalDate.of(2034, 1, 5));
		assertThat(planned.getCapacity()).isEqualTo(12);
	}

	@Test
	void aYearInArabicIndicDigitsFiltersTheSessions() throws Exception {
		confirmedSession();
		String after = mvc.perform(get("/training/sessions").param("year", "٢٠٣٣").param("q", session.getCode())
			.with(as(users, "ministry"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String link = "href=\"/training/sessions/" + session.getId() + "\"";
		assertThat(after).contains(link).contains("value=\"2033\"");
		String otherYear = mvc.perform(get("/training/sessions").param("year", "٢٠٣٢").param("q", session.getCode())
			.with(as(users, "ministry"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(otherYear).doesNotContain(link);
	}
}
