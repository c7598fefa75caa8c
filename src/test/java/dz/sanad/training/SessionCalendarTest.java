package dz.sanad.training;

import dz.sanad.people.MemberFunction;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Dates;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static dz.sanad.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sessions follow the calendar: started on their first day, attendance never ahead, closed after their last day. */
class SessionCalendarTest extends TrainingFlowBase {

	/** A confirmed session from {@code start} to {@code start + 4} in a room of its own, with one trainee. */
	Session confirmed(LocalDate start) {
		Session s = session(programme(Set.of()), 10, start);
		sessions.move(s.getId(), TrainingSessions.Move.OPEN, null);
		actAs("dgsn");
		Long id = nominations.nominate(s.getId(), newMember("16", MemberFunction.EDUCATOR, null).getId()).getId();
		actAs("ministry");
		nominations.accept(id);
		sessions.move(s.getId(), TrainingSessions.Move.CONFIRM, null);
		return s;
	}

	@Test
	void aSessionToComeCannotBeStarted() throws Exception {
		Session s = confirmed(LocalDate.of(2032, 1, 4));
		// the page asks before any move, and the refusal says when the session may start
		String html = mvc.perform(get("/training/sessions/" + s.getId()).with(as(users, "ministry")).param("lang", "fr"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("data-confirm=\"Démarrer cette session ?");
		mvc.perform(post("/training/sessions/" + s.getId() + "/move").with(csrf()).with(as(users, "ministry"))
			.param("move", "START").param("lang", "fr"))
			.andExpect(flash().attribute("error", containsString("commence le 04/01/2032")));
		mvc.perform(post("/api/training/sessions/" + s.getId() + "/moves").with(csrf()).with(as(users, "ministry"))
			.contentType("application/json").content("{\"move\":\"START\"}").param("lang", "ar"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message", containsString("04/01/2032")));
		assertThat(sessions.get(s.getId()).getState()).isEqualTo(SessionState.CONFIRMED);
	}

	@Test
	void attendanceOnlyForDaysThatHaveComeAndClosingOnlyAfterTheLastDay() throws Exception {
		LocalDate today = Dates.today();
		Session s = confirmed(today);
		sessions.move(s.getId(), TrainingSessions.Move.START, null);
		Long trainee = delivery.trainees(s.getId()).get(0).getId();
		Map<Long, Map<String, AttendanceStatus>> present = Map.of(trainee, Map.of("AM", AttendanceStatus.PRESENT));
		LocalDate ahead = sessions.get(s.getId()).days().stream().filter(d -> d.isAfter(today)).findFirst()
			.orElseThrow();
		assertThatThrownBy(() -> delivery.recordAttendance(s.getId(), ahead, present))
			.isInstanceOf(BusinessException.class).hasMessage("attendance.error.future");
		// the page's form: an unknown status is refused with a sentence, not an error page
		mvc.perform(post("/training/sessions/" + s.getId() + "/attendance").with(csrf()).with(as(users, "ministry"))
			.param("lang", "fr").param("day", ahead.toString()).param("rows[0].nominationId", String.valueOf(trainee))
			.param("rows[0].am", "PRESENTE"))
			.andExpect(flash().attribute("error", containsString("Choisissez présent, absent ou justifié")));
		mvc.perform(post("/training/sessions/" + s.getId() + "/attendance").with(csrf()).with(as(users, "ministry"))
			.param("lang", "fr").param("day", ahead.toString()).param("rows[0].nominationId", String.valueOf(trainee))
			.param("rows[0].am", "PRESENT"))
			.andExpect(flash().attribute("error", containsString("jour à venir")));
		actAs("ministry");
		if (sessions.get(s.getId()).days().contains(today)) {
			delivery.recordAttendance(s.getId(), today, present);
		}
		assertThatThrownBy(() -> sessions.move(s.getId(), TrainingSessions.Move.CLOSE, null))
			.isInstanceOf(BusinessException.class).hasMessage("training.session.error.not-ended");
		assertThat(sessions.get(s.getId()).getState()).isEqualTo(SessionState.RUNNING);
		assertThatThrownBy(() -> certificates.issue(s.getId())).isInstanceOf(BusinessException.class)
			.hasMessage("training.certificate.error.not-closed");
	}
}
