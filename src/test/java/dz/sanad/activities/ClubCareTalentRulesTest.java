package dz.sanad.activities;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sports clubs (medical flags, medals), talents (guardian consent) and child care (ratio, priority, waiting list). */
@IntegrationTest
class ClubCareTalentRulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChildCareService care;

	@Autowired
	CareApplicationService applications;

	@Autowired
	CareDayService careDays;

	@Autowired
	ClubService clubs;

	@Autowired
	AthleteService athletes;

	@Autowired
	CompetitionService competitions;

	long id(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).list().get(0);
	}

	void actAs(String username) {
		UserDetails u = users.loadUserByUsername(username);
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
	}

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void expiredMedicalCertificatesAreFlaggedAndMedalsFollowTheRank() throws Exception {
		mvc.perform(get("/api/activities/clubs/athletes").param("medical", "EXPIRED").with(DemoUsers.as(users, "wilaya16")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.licenceNo == 'JUDO-16-0001')]").isNotEmpty())
			.andExpect(jsonPath("$[?(@.licenceNo == 'KAR-16-0001')]").isEmpty());
		mvc.perform(get("/api/activities/clubs/athletes").param("medical", "EXPIRING").with(DemoUsers.as(users, "head")))
			.andExpect(jsonPath("$[?(@.licenceNo == 'KAR-16-0001')].medical").value(contains("EXPIRING")));
		long judo = id("select id from activities_club_section where discipline = 'JUDO'");
		mvc.perform(get("/api/activities/clubs/" + judo).with(DemoUsers.as(users, "dgsn")))
			.andExpect(jsonPath("$.headcounts.medicalExpired").value(greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.results[?(@.rank == 1)].medal").value(everyItem(is("GOLD"))))
			.andExpect(jsonPath("$.results[?(@.rank == 2)].medal").value(everyItem(is("SILVER"))));
		actAs("wilaya16");
		long athlete = id("select id from activities_athlete where section_id = ? order by id", judo);
		long future = competitions.addCompetition(judo, "Coupe future", "NATIONAL", LocalDate.now().plusMonths(1), null);
		assertThatThrownBy(() -> competitions.addResult(future, athlete, null, 1))
			.hasFieldOrPropertyWithValue("messageKey", "act.error.result-future");
		assertThatThrownBy(() -> athletes.addAthlete(judo, "M-16-0001", null, "X-1", "2026-2028", LocalDate.now(), null))
			.hasFieldOrPropertyWithValue("messageKey", "act.error.season");
		// a season typed in Arabic-Indic digits is stored, and found, in Latin digits
		athletes.addAthlete(judo, "M-16-0001", null, "AR-DIGITS-1", "٢٠٣٠-٢٠٣١", LocalDate.now().plusYears(1), null);
		assertThat(athletes.searchAthletes(new AthleteService.AthleteFilter(null, null, judo, null, "٢٠٣٠-٢٠٣١")))
			.extracting(AthleteService.Athlete::season).containsExactly("2030-2031");
		athletes.renewMedical(athlete, LocalDate.now().plusYears(1));
		assertThat(athletes.athletes(judo).stream().filter(a -> a.id().equals(athlete)).findFirst().orElseThrow().getMedical())
			.isEqualTo(AthleteService.Medical.VALID);
	}

	@Test
	void aChildIsRegisteredAsATalentOnlyWithTheGuardiansConsent() throws Exception {
		long ccl = id("select id from organisation_unit where code = 'CCL-16-1'");
		long me = id("select id from people_member where matricule = 'M-16-0001'");
		long omar = id("select id from people_family_member where member_id = ? and first_name_lat = 'Omar'", me);
		long music = id("select id from activities_talent_domain where code = 'MUSIC'");
		int before = jdbc.sql("select count(*) from activities_talent").query(Integer.class).single();
		String body = "{\"unitId\": %d, \"matricule\": \"M-16-0001\", \"familyMemberId\": %d, \"domainId\": %d, \"consent\": %b, \"consentMethod\": \"SIGNED_FORM\"}";
		mvc.perform(post("/api/activities/talents").with(DemoUsers.as(users, "head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(ccl, omar, music, false)))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("consent"));
		assertThat(jdbc.sql("select count(*) from activities_talent").query(Integer.class).single()).isEqualTo(before);
		String created = mvc.perform(post("/api/activities/talents").with(DemoUsers.as(users, "head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(ccl, omar, music, true)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.consentId").isNumber())
			.andReturn().getResponse().getContentAsString();
		long talent = tools.jackson.databind.json.JsonMapper.builder().build().readTree(created).get("id").asLong();
		assertThat(jdbc.sql("select guardian_member_id from activities_guardian_consent c join activities_talent t on t.consent_id = c.id where t.id = ?")
			.param(talent).query(Long.class).single()).isEqualTo(me);
		// withdrawing the consent archives the record, and nothing more can be added
		mvc.perform(post("/activities/talents/" + talent + "/withdraw-consent").with(DemoUsers.as(users, "head")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from activities_talent where id = ?").param(talent).query(String.class).single())
			.isEqualTo("ARCHIVED");
		mvc.perform(post("/activities/talents/" + talent + "/evaluations").param("evaluatedOn", LocalDate.now().toString())
			.param("evaluator", "x").param("score", "5").param("lang", "fr").with(DemoUsers.as(users, "head")).with(csrf()))
			.andExpect(flash().attribute("error", "Cette fiche de talent est archivée."));
	}

	@Test
	void childCarePlacesFollowTheStaffRatioAndThePriorityRules() {
		actAs("wilaya16");
		long epe = id("select id from organisation_unit where code = 'EPE-16-1'");
		// 10 places of capacity but one member of staff for 2 children: 2 real places
		CareGroup g = care.createGroup(epe, "Test ratio", 0, 200, 10, 2, 1);
		assertThat(g.getPlaces()).isEqualTo(2);
		LocalDate born = LocalDate.now().minusYears(3);
		CareApplication plain = applications.submit(g, new Participant(1L, 9_000_001L, "CHILD", "أ", null, born, "M", false, false, false));
		CareApplication martyr = applications.submit(g, new Participant(2L, 9_000_002L, "CHILD", "ب", null, born, "F", true, false, false));
		CareApplication orphan = applications.submit(g, new Participant(3L, 9_000_003L, "CHILD", "ج", null, born, "F", false, true, false));
		assertThat(martyr.getScore()).isEqualTo(60); // EPE-16-1's own rule (default is 50)
		var result = applications.allocate(g.getId());
		assertThat(result.enrolled()).isEqualTo(2);
		assertThat(result.waiting()).isEqualTo(1);
		assertThat(applications.application(martyr.getId()).getStatus()).isEqualTo(CareApplication.Status.ENROLLED);
		assertThat(applications.application(orphan.getId()).getStatus()).isEqualTo(CareApplication.Status.ENROLLED);
		assertThat(applications.application(plain.getId()).getStatus()).isEqualTo(CareApplication.Status.WAITING);
		// fewer staff than the enrolled children need is refused
		assertThatThrownBy(() -> care.updateGroup(g.getId(), "Test ratio", 0, 200, 10, 2, 0))
			.hasFieldOrPropertyWithValue("messageKey", "act.error.care-ratio");
		// a child leaves: the waiting one takes the place
		applications.leave(orphan.getId());
		assertThat(applications.application(plain.getId()).getStatus()).isEqualTo(CareApplication.Status.ENROLLED);
		// an application outside the age band is refused
		CareGroup babies = care.createGroup(epe, "Bébés", 3, 12, 5, 5, 1);
		assertThatThrownBy(() -> applications.submit(babies, new Participant(4L, 9_000_004L, "CHILD", "د", null, born, "M", false, false, false)))
			.hasFieldOrPropertyWithValue("messageKey", "act.error.care-age");
		// attendance for a future day is refused, the monthly report counts the enrolled children
		assertThatThrownBy(() -> careDays.recordAttendance(g.getId(), LocalDate.now().plusDays(1), List.of()))
			.hasFieldOrPropertyWithValue("messageKey", "attendance.error.future");
		careDays.recordAttendance(g.getId(), LocalDate.now(), List.of(martyr.getId()));
		var line = care.occupancy(epe, YearMonth.now()).stream().filter(o -> o.groupId().equals(g.getId())).findFirst().orElseThrow();
		assertThat(line.enrolled()).isEqualTo(3); // the one who left was enrolled this month too
		assertThat(line.attendanceRate()).isEqualTo(50.0);
	}

	@Test
	void theMemberAppliesForTheirOwnChildOnly() throws Exception {
		long after = id("select id from activities_care_group where name like '%Périscolaire%'");
		long me = id("select id from people_member where matricule = 'M-16-0001'");
		long omar = id("select id from people_family_member where member_id = ? and first_name_lat = 'Omar'", me);
		long other = id("select id from people_family_member where member_id <> ? and relation = 'CHILD' order by id", me);
		var member = DemoUsers.as(users, "member");
		mvc.perform(post("/api/activities/care/apply").with(member).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"groupId\": " + after + ", \"familyMemberId\": " + other + "}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/activities/care/apply").with(member).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"groupId\": " + after + ", \"familyMemberId\": " + omar + "}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value("act.error.care-already"));
		mvc.perform(get("/api/activities/care/my").with(member))
			.andExpect(jsonPath("$[0].status").value("ENROLLED"));
	}
}
