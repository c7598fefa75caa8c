package dz.sanad.health.vaccination;

import dz.sanad.people.ConsentForm;
import dz.sanad.people.ConsentPurpose;
import dz.sanad.people.PeopleConsents;
import dz.sanad.platform.Dates;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A dose recorded at the centre leaves the overdue list at once and comes back when marked in error; an expired lot
 * is refused in Arabic; every read is logged; a new calendar version recomputes its cohort in the background and
 * lists the catch-up; reminders go once, and never for a dose already given.
 */
@IntegrationTest
class VaccinationFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DueReminders reminders;

	@Autowired
	PeopleConsents consents;

	RequestPostProcessor as(String u) {
		return DemoUsers.as(users, u);
	}

	long child(String firstLat) {
		return jdbc.sql("select id from people_family_member where first_name_lat = ? and relation = 'CHILD' "
				+ "order by id desc limit 1").param(firstLat).query(Long.class).single();
	}

	long overdueHexa(long childId) {
		return jdbc.sql("""
				select count(*) from vaccination_due where family_member_id = ? and antigen = 'HEXA' and dose_no = 1
				  and not done""").param(childId).query(Long.class).single();
	}

	@Test
	void aDoseRecordedLeavesTheListAndAnErrorReopensIt() throws Exception {
		long anes = child("Anes");
		String list = "/health/vaccination";
		mvc.perform(get(list).param("status", "OVERDUE").param("antigen", "HEXA").with(as("health")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("/health/vaccination/children/" + anes)));
		LocalDate today = Dates.today();
		// an expired lot is refused, in Arabic, next to its field
		mvc.perform(post("/health/vaccination/children/" + anes + "/doses").with(as("health")).with(csrf())
				.param("lang", "ar").param("dose", "HEXA-1").param("outcome", "GIVEN").param("givenOn", today.toString())
				.param("lot", "HX-1").param("lotExpiry", today.minusDays(1).toString()).param("site", "LEFT_THIGH")
				.param("route", "INTRAMUSCULAR").param("givenBy", "د. مرابط"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("انتهت صلاحية الحصة")));
		assertThat(overdueHexa(anes)).isEqualTo(1);
		long reads = jdbc.sql("select count(*) from sensitive_read where domain = 'health' and record_type = 'vaccination' "
				+ "and record_id = ? and subject_family_id = ? and actor = 'health'").param(String.valueOf(anes)).param(anes)
			.query(Long.class).single();
		assertThat(reads).isPositive();
		mvc.perform(post("/health/vaccination/children/" + anes + "/doses").with(as("physician")).with(csrf())
				.param("dose", "HEXA-1").param("outcome", "GIVEN").param("givenOn", today.toString()).param("lot", "HX-1")
				.param("lotExpiry", today.plusMonths(6).toString()).param("site", "LEFT_THIGH")
				.param("route", "INTRAMUSCULAR").param("givenBy", "د. مرابط"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "vaccination.recorded"));
		assertThat(overdueHexa(anes)).isZero();
		mvc.perform(get(list).param("status", "OVERDUE").param("antigen", "HEXA").with(as("health")))
			.andExpect(content().string(not(containsString("/health/vaccination/children/" + anes + "\""))));
		// the same dose cannot be given twice
		mvc.perform(post("/health/vaccination/children/" + anes + "/doses").with(as("health")).with(csrf())
				.param("lang", "fr").param("dose", "HEXA-1").param("outcome", "HISTORICAL")
				.param("givenOn", today.toString()).param("place", "EPSP"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("déjà enregistrée")));
		long record = jdbc.sql("select id from vaccination_record where family_member_id = ? and antigen = 'HEXA' "
				+ "and not in_error").param(anes).query(Long.class).single();
		mvc.perform(post("/health/vaccination/children/" + anes + "/records/" + record + "/error").with(as("health"))
				.with(csrf()).param("errorReason", "enfant confondu"))
			.andExpect(flash().attribute("success", "vaccination.markedInError"));
		assertThat(overdueHexa(anes)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'vaccination-record' and entity_id = ?")
			.param(String.valueOf(record)).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aNewVersionRecomputesItsCohortAndListsTheCatchUp() throws Exception {
		LocalDate start = Dates.today().minusDays(200);
		String location = mvc.perform(post("/health/vaccination/calendars").with(as("admin")).with(csrf())
				.param("code", "TEST-ROTA").param("cohortFrom", start.toString()).param("titleAr", "رزنامة تجريبية")
				.param("titleFr", "Calendrier d’essai").param("titleEn", "Trial calendar").param("source", "test"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		// a dose whose earliest age is after its due age keeps the version from being published
		mvc.perform(post("/health/vaccination/calendars/" + id + "/doses").with(as("admin")).with(csrf())
				.param("antigen", "ROTA").param("doseNo", "1").param("dueAge", "P2M").param("earliestAge", "P6W")
				.param("minInterval", "P0D").param("labelAr", "لقاح الروتا").param("labelFr", "Rotavirus")
				.param("labelEn", "Rotavirus"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/health/vaccination/calendars/" + id + "/doses").with(as("admin")).with(csrf())
				.param("antigen", "ROTA").param("doseNo", "2").param("dueAge", "P2M").param("earliestAge", "P3M")
				.param("minInterval", "P4W").param("labelAr", "لقاح الروتا").param("labelFr", "Rotavirus")
				.param("labelEn", "Rotavirus"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/health/vaccination/calendars/" + id + "/publish").with(as("admin")).with(csrf())
				.param("lang", "en"))
			.andExpect(flash().attribute("error", containsString("ROTA-2")));
		long rota2 = jdbc.sql("select id from vaccination_calendar_dose where calendar_id = ? and antigen = 'ROTA' "
				+ "and dose_no = 2").param(id).query(Long.class).single();
		mvc.perform(post("/health/vaccination/calendars/" + id + "/doses/" + rota2 + "/delete").with(as("admin"))
			.with(csrf())).andExpect(flash().attribute("success", "vaccination.calendar.doseRemoved"));
		String job = mvc.perform(post("/health/vaccination/calendars/" + id + "/publish").with(as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long jobId = Long.parseLong(job.substring(job.lastIndexOf('/') + 1));
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> jdbc
			.sql("select status from vaccination_job where id = ?").param(jobId).query(String.class).single()
			.equals("DONE"));
		long anes = child("Anes");
		long lina = child("Lina");
		// Anes (100 days, in the new cohort) is past the rotavirus dose: catch-up; Lina (300 days) keeps 2023's
		assertThat(jdbc.sql("select calendar_id from vaccination_child where family_member_id = ?").param(anes)
			.query(Long.class).single()).isEqualTo(id);
		assertThat(jdbc.sql("select count(*) from vaccination_due where family_member_id = ? and antigen = 'ROTA'")
			.param(lina).query(Long.class).single()).isZero();
		mvc.perform(get("/health/vaccination/jobs/" + jobId).with(as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("job-report")));
		mvc.perform(get("/health/vaccination/catch-up").with(as("health"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/health/vaccination/children/" + anes)));
		mvc.perform(get("/api/health/vaccination/children/" + anes).with(as("health")))
			.andExpect(jsonPath("$.doses[?(@.antigen == 'ROTA')].status").value(org.hamcrest.Matchers.hasItem("OVERDUE")));
	}

	@Test
	void remindersGoOnceAndNeverForAGivenDose() {
		long rim = child("Rim");
		long parent = jdbc.sql("select member_id from people_family_member where id = ?").param(rim).query(Long.class)
			.single();
		var previous = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		SanadUser dgsn = new SanadUser(0, "dgsn-test", null, "x", Role.DGSN_SOCIAL, null, null, true, false);
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
				new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(dgsn, null,
						dgsn.getAuthorities()));
		try {
			String countSql = "select count(*) from platform_notification where member_id = ? and link = "
					+ "'/health/vaccination/my'";
			// no consent on record: nothing
			reminders.sendDue();
			assertThat(jdbc.sql(countSql).param(parent).query(Long.class).single()).isZero();
			ConsentForm f = new ConsentForm();
			f.setFamilyMemberId(rim);
			f.setPurpose(ConsentPurpose.HEALTH_CARE);
			f.setGuardian(true);
			f.setGivenBy("الولي");
			consents.record(dgsn, parent, f);
			reminders.sendDue();
			assertThat(jdbc.sql(countSql).param(parent).query(Long.class).single()).isEqualTo(1);
			String text = jdbc.sql("select text_fr from platform_notification where member_id = ? and link = "
					+ "'/health/vaccination/my'").param(parent).query(String.class).single();
			assertThat(text).contains("Rim").doesNotContain("BCG").doesNotContain("Hépatite");
			reminders.sendDue();
			assertThat(jdbc.sql(countSql).param(parent).query(Long.class).single()).isEqualTo(1);
			// the doses given, the claim undone: still nothing more
			jdbc.sql("update vaccination_due set done = true, reminded_on = null where family_member_id = ?").param(rim)
				.update();
			reminders.sendDue();
			assertThat(jdbc.sql(countSql).param(parent).query(Long.class).single()).isEqualTo(1);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}
}
