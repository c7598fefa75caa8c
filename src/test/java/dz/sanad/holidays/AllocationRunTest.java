package dz.sanad.holidays;

import dz.sanad.organisation.Organisation;
import dz.sanad.people.People;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The allocation against the database: reproducible, explained, run in the background, counted right. */
@IntegrationTest
class AllocationRunTest {

	@Autowired
	HolidayAllocation holidayAllocation;

	@Autowired
	HolidayAllocationInput holidayAllocationInput;

	@Autowired
	HolidayApplications holidayApplications;

	@Autowired
	HolidayOffers holidayOffers;

	@Autowired
	HolidayReport holidayReport;

	@Autowired
	HolidaySeasons holidaySeasons;

	@Autowired
	AllocationJob job;

	@Autowired
	People people;

	@Autowired
	Organisation organisation;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SanadUser dgsn() {
		return (SanadUser) users.loadUserByUsername("dgsn");
	}

	Long centre() {
		return organisation.findByCode("CV-42-1").orElseThrow().getId();
	}

	Map<Long, String> outcomes(Long seasonId) {
		return jdbc.sql("select id, status, placed_shift_id, rank, explanation from holiday_application where season_id = ?")
			.param(seasonId)
			.query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2) + "|" + rs.getObject(3) + "|" + rs.getInt(4)
					+ "|" + rs.getString(5)))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Test
	void reRunningWithTheSameInputsAndSeedGivesTheSameResult() {
		Fixture f = Fixture.open(holidaySeasons, holidayOffers, centre(), 4, 3, 2);
		f.applyMany(holidayApplications, people, dgsn(), 25, null);
		holidaySeasons.closeSeason(f.season.getId());
		job.execute(holidayAllocation.startAllocation(dgsn(), f.season.getId()).getId(), f.season.getId());
		Map<Long, String> first = outcomes(f.season.getId());
		List<Integer> takenFirst = f.shifts.stream().map(s -> holidayOffers.shift(s).getTaken()).toList();
		job.execute(holidayAllocation.startAllocation(dgsn(), f.season.getId()).getId(), f.season.getId());
		assertThat(outcomes(f.season.getId())).isEqualTo(first);
		assertThat(f.shifts.stream().map(s -> holidayOffers.shift(s).getTaken()).toList()).isEqualTo(takenFirst)
			.containsExactly(4, 3, 2);
		assertThat(first.values().stream().filter(v -> v.startsWith("PLACED")).count()).isEqualTo(9);
		assertThat(first.values().stream().filter(v -> v.startsWith("WAITING")).count()).isEqualTo(16);
		// the pure engine on the same input agrees with what was stored
		Allocator.Result pure = Allocator.allocate(holidayAllocationInput.allocationInput(f.season.getId()), null);
		for (Allocator.Outcome o : pure.outcomes()) {
			Application a = holidayApplications.application(o.applicationId());
			assertThat(a.getPlacedShiftId()).isEqualTo(o.placedShiftId());
			assertThat(a.getRank()).isEqualTo(o.rank());
		}
	}

	@Test
	void everyApplicantSeesWhyAndTheDirectorateCannotRerunOnceConfirmed() throws Exception {
		Fixture f = Fixture.open(holidaySeasons, holidayOffers, centre(), 1, 1);
		List<Application> apps = f.applyMany(holidayApplications, people, dgsn(), 4, null);
		holidaySeasons.closeSeason(f.season.getId());
		job.execute(holidayAllocation.startAllocation(dgsn(), f.season.getId()).getId(), f.season.getId());
		Application waiting = apps.stream().map(a -> holidayApplications.application(a.getId()))
			.filter(a -> a.getStatus() == ApplicationStatus.WAITING).findFirst().orElseThrow();
		Explanation e = holidayApplications.explanation(waiting).orElseThrow();
		assertThat(e.choice()).isZero();
		assertThat(e.refusals()).containsExactly("FULL", "FULL");
		assertThat(e.of()).isEqualTo(4);
		assertThat(e.points().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(e.score());
		mvc.perform(get("/holidays/applications/" + waiting.getId()).param("lang", "fr")
			.with(DemoUsers.as(users, "dgsn"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Choix 1 : déjà complet")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Rang " + e.rank() + " sur 4")));
		mvc.perform(get("/api/holidays/applications/" + waiting.getId()).with(DemoUsers.as(users, "dgsn")))
			.andExpect(jsonPath("$.explanation.refusals[0]").value("FULL"))
			.andExpect(jsonPath("$.explanation.score").value(e.score()));
		Application placed = apps.stream().map(a -> holidayApplications.application(a.getId()))
			.filter(a -> a.getStatus() == ApplicationStatus.PLACED).findFirst().orElseThrow();
		holidayApplications.confirm(dgsn(), placed.getId());
		mvc.perform(post("/api/holidays/seasons/" + f.season.getId() + "/allocation").with(csrf())
			.with(DemoUsers.as(users, "dgsn"))).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value("holidays.error.rerun-confirmed"));
	}

	@Test
	void theApiRunsTheAllocationInTheBackgroundAndKeepsItsReport() throws Exception {
		Fixture f = Fixture.open(holidaySeasons, holidayOffers, centre(), 3);
		f.applyMany(holidayApplications, people, dgsn(), 5, null);
		holidaySeasons.closeSeason(f.season.getId());
		String body = mvc.perform(post("/api/holidays/seasons/" + f.season.getId() + "/allocation").with(csrf())
			.with(DemoUsers.as(users, "dgsn"))).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("RUNNING")).andReturn().getResponse().getContentAsString();
		long runId = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
		Run run = holidayAllocation.run(runId);
		for (int i = 0; i < 300 && !run.isFinished(); i++) { // waits for the background job, asserts no timing
			Thread.sleep(100);
			run = holidayAllocation.run(runId);
		}
		assertThat(run.getStatus()).isEqualTo("DONE");
		assertThat(run.getProgress()).isEqualTo(100);
		assertThat(run.getPlaced()).isEqualTo(3);
		assertThat(run.getWaiting()).isEqualTo(2);
		assertThat(run.getReport()).contains("\"placed\":3");
		assertThat(holidaySeasons.season(f.season.getId()).getStatus()).isEqualTo(SeasonStatus.ALLOCATED);
		mvc.perform(get("/holidays/runs/" + runId).with(DemoUsers.as(users, "dgsn"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("100%")));
		mvc.perform(get("/holidays/seasons/" + f.season.getId() + "/report").with(DemoUsers.as(users, "dgsn")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-series2=")));
		assertThat(holidayReport.report(f.season.getId()).fillRate()).isEqualTo(100.0);
	}

	@Test
	void theAllocationWaitsForTheWindowToClose() throws Exception {
		Fixture f = Fixture.open(holidaySeasons, holidayOffers, centre(), 3);
		mvc.perform(post("/api/holidays/seasons/" + f.season.getId() + "/allocation").with(csrf())
			.with(DemoUsers.as(users, "dgsn"))).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value("holidays.error.season-state"));
	}
}
