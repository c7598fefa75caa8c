package dz.sanad.health;

import dz.sanad.people.FamilyMember;
import dz.sanad.people.People;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.Subject;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The record at rest and on the way out: no clinical text in clear in any health table; the FHIR R4 export (Patient,
 * Condition, Encounter); the right-of-access export includes the record; holidays' fit / not fit and nothing more;
 * steering's figures suppress small counts.
 */
@IntegrationTest
class HealthRecordsTest {

	@Autowired
	HealthCare care;

	@Autowired
	HealthFitness fitness;

	@Autowired
	HealthFigures figures;

	@Autowired
	HealthReferrals referrals;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	ChronicFollowUp chronic;

	@Autowired
	ProblemCodes codes;

	@Autowired
	HealthDemoData demo;

	SanadUser as(String u) {
		return (SanadUser) users.loadUserByUsername(u);
	}

	long karim() {
		return people.byMatricule("M-16-0001").orElseThrow().getId();
	}

	@Test
	void noClinicalTextIsStoredInClear() {
		String marker = "PLAINTEXT-MARKER-" + System.nanoTime();
		Subject s = Subject.member(karim());
		VisitForm v = new VisitForm();
		v.setVisitedOn(LocalDate.now());
		v.setDiagnosis(marker + "-dx");
		v.setPrescription(marker + "-rx");
		v.setNotes(marker + "-notes");
		care.recordVisit(as("physician"), s, v);
		care.addProblem(as("physician"), s, "CA23", Problem.Status.ACTIVE, null, marker + "-problem");
		care.updateProfile(as("health"), s, "O+", marker + "-allergy", marker + "-meds");
		referrals.open(as("physician"), s, null, marker + "-reason");
		for (String table : List.of("health_record", "health_problem", "health_visit", "health_referral", "health_message")) {
			// the whole row as text (bytea shown as hex) and every bytea column's bytes, searched for the marker
			assertThat(jdbc.sql("select count(*) from " + table + " t where t::text like ?").param("%" + marker + "%")
				.query(Integer.class).single()).as(table).isZero();
			List<String> byteaColumns = jdbc.sql("select column_name from information_schema.columns where table_name = ? "
					+ "and data_type = 'bytea'").param(table).query(String.class).list();
			for (String col : byteaColumns) {
				assertThat(jdbc.sql("select count(*) from " + table + " where position(convert_to(?, 'UTF8') in " + col + ") > 0")
					.param(marker).query(Integer.class).single()).as(table + "." + col).isZero();
			}
		}
		// and it reads back whole (a read needs a signed-in reader: it goes to the read log)
		var auth = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(as("physician"), null,
				as("physician").getAuthorities());
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
		try {
			assertThat(care.open(as("physician"), s).visits()).anyMatch(x -> (marker + "-dx").equals(x.getDiagnosis()));
			assertThat(jdbc.sql("select count(*) from sensitive_read where domain = 'health' and actor = 'physician' "
					+ "and subject_member_id = ?").param(karim()).query(Integer.class).single()).isPositive();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	@Test
	void theFhirExportIsAnR4BundleWithPatientConditionsAndEncounters() throws Exception {
		mvc.perform(get("/api/health/fhir/member/" + karim()).with(DemoUsers.as(users, "member")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/fhir+json"))
			.andExpect(jsonPath("$.resourceType").value("Bundle"))
			.andExpect(jsonPath("$.type").value("collection"))
			.andExpect(jsonPath("$.entry[0].resource.resourceType").value("Patient"))
			.andExpect(jsonPath("$.entry[0].resource.birthDate").value("1985-03-14"))
			.andExpect(jsonPath("$.entry[?(@.resource.resourceType == 'Condition')].resource.code.coding[0].code")
				.value(org.hamcrest.Matchers.hasItem("BA00")))
			.andExpect(jsonPath("$.entry[?(@.resource.resourceType == 'Encounter')]").isNotEmpty());
	}

	@Test
	void theRightOfAccessExportHoldsTheHealthRecord() throws Exception {
		mvc.perform(get("/api/people/me/access").with(DemoUsers.as(users, "member")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("BA00")));
	}

	@Test
	void holidaysOnlyLearnFitOrNotFit() {
		FamilyMember child = people.familyOf(karim()).stream().filter(FamilyMember::isChild).findFirst().orElseThrow();
		Subject s = Subject.family(child.getId());
		assertThat(fitness.fitForCamp(s)).isEqualTo(HealthFitness.Fitness.FIT);
		care.setFitness(as("physician"), s, false, "asthme sévère non contrôlé");
		assertThat(fitness.fitForCamp(s)).isEqualTo(HealthFitness.Fitness.NOT_FIT);
		care.setFitness(as("physician"), s, true, null);
		assertThat(fitness.fitForCamp(s)).isEqualTo(HealthFitness.Fitness.FIT);
		// the enum is the whole answer: no reason travels with it
		assertThat(HealthFitness.Fitness.values()).hasSize(2);
	}

	@Test
	void steeringFiguresSuppressCountsBelowTen() {
		List<HealthFigures.Activity> rows = figures.activity(LocalDate.now().minusYears(20), LocalDate.now());
		assertThat(rows).isNotEmpty();
		for (HealthFigures.Activity a : rows) {
			for (HealthFigures.Figure f : List.of(a.visits(), a.appointments(), a.missed(), a.referrals(), a.chronicFollowed())) {
				assertThat(f.suppressed() ? f.value() == null && f.display().equals("<10") : f.value() >= 10).isTrue();
			}
		}
		HealthFigures.Activity algiers = rows.stream().filter(a -> a.wilayaCode().equals("16")).findFirst().orElseThrow();
		assertThat(algiers.visits().suppressed()).isFalse();
		assertThat(algiers.referrals().suppressed()).isTrue();
	}

	@Test
	void theChronicListShowsLastValuesAndWhatIsOverdue() {
		var rows = chronic.list(as("health"), ChronicFollowUp.Group.HYPERTENSION, false, 100);
		var karim = rows.stream().filter(r -> Long.valueOf(karim()).equals(r.memberId())).findFirst().orElseThrow();
		assertThat(karim.code()).isEqualTo("BA00");
		assertThat(karim.nameAr()).isEqualTo("كريم بن علي");
		assertThat(karim.lastVisit()).isNotNull();
		assertThat(karim.nextDue()).isEqualTo(karim.scheduled() ? karim.nextDue() : karim.lastVisit().plusDays(90));
		assertThat(chronic.list(as("health"), ChronicFollowUp.Group.ASTHMA, false, 100))
			.noneMatch(r -> Long.valueOf(karim()).equals(r.memberId()) && r.code().equals("BA00"));
		// another wilaya's care team: nobody of Algiers
		long elsewhere = jdbc.sql("select id from organisation_unit where code like 'CMS-%' and code <> 'CMS-16-1' order by code limit 1")
			.query(Long.class).single();
		var other = new SanadUser(999003L, "health.elsewhere", null, "x", dz.sanad.platform.Role.HEALTH_OFFICER, elsewhere,
				null, true, false);
		assertThat(chronic.list(other, ChronicFollowUp.Group.HYPERTENSION, false, 100))
			.noneMatch(r -> Long.valueOf(karim()).equals(r.memberId()));
	}

	@Test
	void aCodeListLandsWholeOrNotAtAll() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> codes.load(as("admin"),
				"code;label_ar;label_fr;label_en;chronic_group;follow_up_days\nZZ01;أ;a;a;;\nbad line\n"))
			.isInstanceOf(dz.sanad.platform.BusinessException.class);
		assertThat(care.codes()).noneMatch(c -> c.code().equals("ZZ01"));
		assertThat(codes.load(as("admin"), "ZZ01;رمز تجريبي;Code d'essai;Test code;ASTHMA;30\n")).isEqualTo(1);
		assertThat(care.codes()).anyMatch(c -> c.code().equals("ZZ01") && "ASTHMA".equals(c.chronicGroup()));
	}

	@Test
	void theNationalScaleGivesEveryYoungChildARecordWithGrowthVisits() {
		demo.nationalChildren();
		assertThat(jdbc.sql("""
				select count(*) from health_record r where r.family_member_id is not null
				and (select count(*) from health_visit v where v.record_id = r.id and v.practitioner = 'health.demo') between 1 and 3""")
			.query(Integer.class).single()).isPositive();
	}
}
