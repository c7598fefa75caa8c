package dz.sanad.activities;

import dz.sanad.platform.Formats;
import dz.sanad.platform.Pages;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rules of activities: audience and age, waiting list and promotion (also under concurrency), attendance, survey. */
@IntegrationTest
class ActivityRulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	RegistrationService registrations;

	RequestPostProcessor as(String user) {
		return DemoUsers.as(users, user);
	}

	long id(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).list().get(0);
	}

	long ccl() {
		return id("select id from organisation_unit where code = 'CCL-16-1'");
	}

	/** Creates and publishes an activity at CCL-16-1 as the head, returns its id. */
	long newActivity(int capacity, String audience, int minAge, int maxAge, LocalDate start) throws Exception {
		String body = """
				{"unitId": %d, "titleAr": "نشاط تجريبي", "titleFr": "Activité test %s", "category": "CULTURAL",
				 "forMembers": %b, "forSpouses": %b, "forChildren": %b, "minAge": %d, "maxAge": %d, "capacity": %d,
				 "dayOfWeek": %d, "startTime": "10:00", "durationMinutes": 60, "startDate": "%s", "endDate": "%s"}"""
			.formatted(ccl(), System.nanoTime(), audience.contains("M"), audience.contains("S"), audience.contains("C"),
					minAge, maxAge, capacity, start.getDayOfWeek().getValue(), start, start.plusWeeks(8));
		String created = mvc.perform(post("/api/activities").with(as("head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = json.readTree(created).get("id").asLong();
		mvc.perform(post("/api/activities/" + id + "/publish").with(as("head")).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
		return id;
	}

	JsonNode register(long activity, String user, String matricule, Long familyMemberId, int expected) throws Exception {
		String body = "{\"matricule\": " + (matricule == null ? "null" : "\"" + matricule + "\"") + ", \"familyMemberId\": "
				+ familyMemberId + "}";
		String r = mvc.perform(post("/api/activities/" + activity + "/registrations").with(as(user)).with(csrf())
			.param("lang", "fr").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
		return json.readTree(r);
	}

	List<String> membersOfWilaya16(int n) {
		// members the Algiers centre serves: the wilaya's security service (not the staff of other establishments)
		return jdbc.sql("select matricule from people_member where unit_id = (select id from organisation_unit where code = 'SW-16') and matricule like 'M1%' order by id limit ?")
			.param(n).query(String.class).list();
	}

	@Test
	void aFullActivityPutsPeopleOnTheWaitingListAndPromotesThemInOrder() throws Exception {
		long a = newActivity(1, "M", 0, 99, LocalDate.now());
		List<String> m = membersOfWilaya16(3);
		JsonNode first = register(a, "head", m.get(0), null, 201);
		JsonNode second = register(a, "head", m.get(1), null, 201);
		JsonNode third = register(a, "head", m.get(2), null, 201);
		assertThat(first.get("status").asString()).isEqualTo("CONFIRMED");
		// the head serves the wilaya's members but may not read their records: the answer names them, no more
		assertThat(first.has("participantNameAr")).isTrue();
		assertThat(first.has("birthDate")).isFalse();
		assertThat(first.has("sex")).isFalse();
		assertThat(second.get("status").asString()).isEqualTo("WAITING");
		assertThat(third.get("status").asString()).isEqualTo("WAITING");
		mvc.perform(post("/api/activities/registrations/" + first.get("id").asLong() + "/cancel").with(as("head")).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
		// the first in line gets the place, the next one still waits
		assertThat(jdbc.sql("select status from activities_registration where id = ?").param(second.get("id").asLong())
			.query(String.class).single()).isEqualTo("CONFIRMED");
		assertThat(jdbc.sql("select status from activities_registration where id = ?").param(third.get("id").asLong())
			.query(String.class).single()).isEqualTo("WAITING");
		mvc.perform(get("/api/activities/" + a).with(as("head")))
			.andExpect(jsonPath("$.confirmedCount").value(1)).andExpect(jsonPath("$.waitingCount").value(1));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PROMOTE' and entity_id = ?")
			.param(second.get("id").asString()).query(Integer.class).single()).isEqualTo(1);
		// raising the capacity promotes the rest
		String form = mvc.perform(get("/api/activities/" + a).with(as("head"))).andReturn().getResponse().getContentAsString();
		JsonNode f = json.readTree(form);
		String update = """
				{"unitId": %d, "titleAr": "%s", "titleFr": "%s", "category": "CULTURAL", "forMembers": true,
				 "capacity": 5, "dayOfWeek": %d, "startTime": "10:00", "durationMinutes": 60, "startDate": "%s", "endDate": "%s"}"""
			.formatted(ccl(), f.get("titleAr").asString(), f.get("titleFr").asString(), f.get("dayOfWeek").asInt(),
					f.get("startDate").asString(), f.get("endDate").asString());
		mvc.perform(put("/api/activities/" + a).with(as("head")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(update))
			.andExpect(status().isOk()).andExpect(jsonPath("$.confirmedCount").value(2)).andExpect(jsonPath("$.waitingCount").value(0));
		// and the capacity cannot go below the confirmed places
		mvc.perform(put("/api/activities/" + a).with(as("head")).with(csrf()).param("lang", "fr")
			.contentType(MediaType.APPLICATION_JSON).content(update.replace("\"capacity\": 5", "\"capacity\": 1")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("capacity"))
			.andExpect(jsonPath("$.message").value(containsString("2 places confirmées")));
	}

	@Test
	void concurrentRegistrationsNeverOverfillAnActivity() throws Exception {
		long a = newActivity(3, "M", 0, 99, LocalDate.now());
		List<String> m = membersOfWilaya16(10);
		UserDetails head = users.loadUserByUsername("head");
		ExecutorService pool = Executors.newFixedThreadPool(10);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<RegistrationStatus>> results = new ArrayList<>();
		for (String matricule : m) {
			results.add(pool.submit(() -> {
				SecurityContextHolder.getContext().setAuthentication(
						new UsernamePasswordAuthenticationToken(head, null, head.getAuthorities()));
				start.await();
				try {
					return registrations.register(a, null, matricule, null).getStatus();
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		start.countDown();
		int confirmed = 0;
		for (Future<RegistrationStatus> r : results) {
			if (r.get(60, TimeUnit.SECONDS) == RegistrationStatus.CONFIRMED) {
				confirmed++;
			}
		}
		pool.shutdown();
		assertThat(confirmed).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from activities_registration where activity_id = ? and status = 'CONFIRMED'")
			.param(a).query(Integer.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select confirmed_count || '/' || waiting_count from activities_activity where id = ?").param(a)
			.query(String.class).single()).isEqualTo("3/7");
	}

	@Test
	void audienceAgeAndDuplicatesAreChecked() throws Exception {
		long me = id("select id from people_member where matricule = 'M-16-0001'");
		long chess = id("select id from activities_activity where title_fr = 'Club d’échecs des enfants'");
		long omar = id("select id from people_family_member where member_id = ? and first_name_lat = 'Omar'", me);
		long yacine = id("select id from people_family_member where member_id = ? and first_name_lat = 'Yacine'", me);
		long spouse = id("select id from people_family_member where member_id = ? and relation = 'SPOUSE'", me);
		JsonNode tooYoung = register(chess, "member", null, omar, 422);
		assertThat(tooYoung.get("message").asString()).contains("Âge 7").contains("9 à 15");
		assertThat(register(chess, "member", null, spouse, 422).get("error").asString()).isEqualTo("act.error.audience-refused");
		assertThat(register(chess, "member", null, yacine, 422).get("error").asString()).isEqualTo("act.error.already-registered");
		// staff name the member by matricule, and only that member's family
		long otherChild = id("select id from people_family_member where member_id <> ? and relation = 'CHILD' order by id", me);
		assertThat(register(chess, "head", "M-16-0001", otherChild, 422).get("error").asString()).isEqualTo("act.error.not-family");
		assertThat(register(chess, "head", "NOPE", null, 422).get("field").asString()).isEqualTo("matricule");
	}

	@Test
	void attendanceIsTakenPerSessionAndOpensTheSurvey() throws Exception {
		long me = id("select id from people_member where matricule = 'M-16-0001'");
		long omar = id("select id from people_family_member where member_id = ? and first_name_lat = 'Omar'", me);
		long a = newActivity(10, "C", 5, 10, LocalDate.now().minusWeeks(2));
		long reg = register(a, "member", null, omar, 201).get("id").asLong();
		// no survey before attending
		mvc.perform(post("/api/activities/registrations/" + reg + "/survey").with(as("member")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"rating\": 5, \"recommend\": true}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value("act.error.survey-not-attended"));
		long past = id("select id from activities_occurrence where activity_id = ? and day < current_date order by day", a);
		long future = id("select id from activities_occurrence where activity_id = ? and day > current_date order by day", a);
		mvc.perform(put("/api/activities/occurrences/" + future + "/attendance").with(as("head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"present\": [" + reg + "]}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value("attendance.error.future"));
		mvc.perform(put("/api/activities/occurrences/" + past + "/attendance").with(as("head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"present\": [999999]}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(put("/api/activities/occurrences/" + past + "/attendance").with(as("head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"present\": [" + reg + "]}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.presentCount").value(1));
		mvc.perform(get("/api/activities/occurrences/" + past + "/attendance").with(as("head")))
			.andExpect(jsonPath("$[0].present").value(true));
		// the member answers once; staff cannot answer for them
		mvc.perform(post("/api/activities/registrations/" + reg + "/survey").with(as("member")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"rating\": 4, \"recommend\": true, \"comment\": \"Bien\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.rating").value(4));
		mvc.perform(post("/api/activities/registrations/" + reg + "/survey").with(as("member")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"rating\": 2, \"recommend\": false}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value("act.error.survey-done"));
		mvc.perform(get("/api/activities/dashboard/" + ccl()).with(as("head")))
			.andExpect(jsonPath("$.kpis.ratings").value(greaterThan(0)));
	}

	@Test
	void dashboardCountsAgeBandsAndMonthsAtTheirBoundaries() throws Exception {
		long oran = id("select id from organisation_unit where code = 'CCL-31-1'");
		long activity = id("select id from activities_activity where unit_id = ? order by id", oran);
		LocalDate today = LocalDate.now();
		ZonedDateTime monthStart = today.withDayOfMonth(1).atStartOfDay(Formats.ZONE);
		JsonNode before = json.readTree(mvc.perform(get("/api/activities/dashboard/" + oran).with(as("dgsn")))
			.andReturn().getResponse().getContentAsString());
		String insert = """
				insert into activities_registration (activity_id, unit_id, member_id, family_member_id, relation,
				  participant_name_ar, birth_date, sex, status, registered_by, registered_at)
				values (?, ?, ?, ?, 'CHILD', 'طفل', ?, ?, 'CONFIRMED', 'test', ?)""";
		try {
			// six years old today: 6-10; a day younger: 0-5. Registered just after midnight on the 1st in Algiers
			// (still the previous month in UTC): this month.
			jdbc.sql(insert).params(activity, oran, 9_100_001L, 9_100_001L, today.minusYears(6), "M",
					monthStart.plusMinutes(30).toOffsetDateTime()).update();
			jdbc.sql(insert).params(activity, oran, 9_100_002L, 9_100_002L, today.minusYears(6).plusDays(1), "F",
					monthStart.plusMinutes(30).toOffsetDateTime()).update();
			// just before midnight on the 1st in Algiers: the previous month
			jdbc.sql(insert).params(activity, oran, 9_100_003L, 9_100_003L, today.minusYears(50), "M",
					monthStart.minusMinutes(30).toOffsetDateTime()).update();
			JsonNode after = json.readTree(mvc.perform(get("/api/activities/dashboard/" + oran).with(as("dgsn")))
				.andReturn().getResponse().getContentAsString());
			BiFunction<String, Integer, Long> delta = (band, sex) -> after.get("agePyramid").get(band)
				.get(sex).asLong() - before.get("agePyramid").get(band).get(sex).asLong();
			assertThat(delta.apply("6-10", 0)).isEqualTo(1);
			assertThat(delta.apply("0-5", 1)).isEqualTo(1);
			assertThat(delta.apply("50+", 0)).isEqualTo(1);
			assertThat(delta.apply("35-49", 0)).isZero();
			String thisMonth = YearMonth.from(today).toString();
			String lastMonth = YearMonth.from(today).minusMonths(1).toString();
			assertThat(after.get("registrationsByMonth").get(thisMonth).asLong()
					- before.get("registrationsByMonth").get(thisMonth).asLong()).isEqualTo(2);
			assertThat(after.get("registrationsByMonth").get(lastMonth).asLong()
					- before.get("registrationsByMonth").get(lastMonth).asLong()).isEqualTo(1);
		}
		finally {
			jdbc.sql("delete from activities_registration where registered_by = 'test' and member_id between 9100001 and 9100003")
				.update();
		}
	}

	@Test
	void stateMachineRefusesIllegalMoves() throws Exception {
		long a = newActivity(5, "M", 0, 99, LocalDate.now());
		mvc.perform(post("/api/activities/" + a + "/publish").with(as("head")).with(csrf()).param("lang", "ar"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.message").value(containsString("غير مسموح")))
			// the states by their names in the reader's language, not their codes
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.not(containsString("PUBLISHED"))));
		mvc.perform(post("/api/activities/" + a + "/close").with(as("head")).with(csrf())).andExpect(status().isOk());
		mvc.perform(post("/api/activities/" + a + "/cancel").with(as("head")).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		// the page says the same: both states named in Arabic, no raw "{1}" nor state code (Pages translates it all)
		var refused = mvc.perform(post("/activities/" + a + "/cancel").with(as("head")).with(csrf()).param("lang", "ar"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute(Pages.ERROR, containsString("غير مسموح")))
			.andReturn();
		String refusal = refused.getFlashMap().get(Pages.ERROR).toString();
		assertThat(refusal).doesNotContain("{1}").doesNotContain("CLOSED").doesNotContain("CANCELLED");
		// and the layout's one alert shows it on the page redirected to (the flash lives in the PostgreSQL session)
		assertThat(mvc.perform(get("/activities/" + a).with(as("head")).param("lang", "ar")
				.cookie(refused.getResponse().getCookie("SESSION")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("id=\"page-error\"").contains(refusal);
	}

	@Test
	void trainedStaffMustBelongToTheEstablishment() throws Exception {
		long programme = id("select id from activities_programme where unit_id = ?", ccl());
		// a member of the wilaya who is not on the establishment's staff is refused as staff; another wilaya's is unknown
		String outsider = jdbc.sql("select matricule from people_member where unit_id = (select id from organisation_unit where code = 'SW-16') order by id limit 1")
			.query(String.class).single();
		String otherWilaya = jdbc.sql("select matricule from people_member where wilaya_code <> '16' order by id limit 1")
			.query(String.class).single();
		mvc.perform(post("/api/activities/programmes/" + programme + "/staff").with(as("head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"matricule\": \"" + otherWilaya + "\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value("act.error.matricule-unknown"));
		mvc.perform(post("/api/activities/programmes/" + programme + "/staff").with(as("head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"matricule\": \"" + outsider + "\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value("act.error.staff-other-unit"));
		mvc.perform(get("/api/activities/programmes/" + programme + "/staff").with(as("head")))
			.andExpect(jsonPath("$.length()").value(2)).andExpect(jsonPath("$[0].trainingRef").isNotEmpty());
		String listed = jdbc.sql("select m.matricule from people_member m join activities_programme_staff s on s.member_id = m.id where s.programme_id = ? limit 1")
			.param(programme).query(String.class).single();
		mvc.perform(post("/api/activities/programmes/" + programme + "/staff").with(as("head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"matricule\": \"" + listed + "\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value("act.error.staff-listed"));
	}

	@Test
	void listsExportToXlsxAndPagesSpeakEachLanguage() throws Exception {
		mvc.perform(get("/activities/export").with(as("head")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		mvc.perform(get("/activities/registrations/export").param("status", "WAITING").with(as("wilaya16")))
			.andExpect(status().isOk());
		mvc.perform(get("/activities").param("lang", "fr").with(as("head")))
			.andExpect(content().string(containsString("Club d’échecs des enfants")))
			.andExpect(content().string(containsString("Inscriptions ouvertes")));
		mvc.perform(get("/activities").param("lang", "ar").with(as("head")))
			.andExpect(content().string(containsString("نادي الشطرنج للأطفال")))
			.andExpect(content().string(containsString("التسجيل مفتوح")));
		mvc.perform(get("/activities/dashboard").param("lang", "fr").with(as("head")))
			.andExpect(content().string(containsString("data-chart")))
			.andExpect(content().string(containsString("Pyramide des âges")));
	}
}
