package dz.sanad.holidays;

import dz.sanad.holidays.HolidayOffers.OfferForm;
import dz.sanad.holidays.HolidayOffers.ShiftForm;
import dz.sanad.organisation.Organisation;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The directorate's rules: set before the window opens, frozen after; overrides and appeals reviewed and audited. */
@IntegrationTest
// its own database: the override and appeal walk depends on places and quotas that the other holidays tests
// (allocation runs, concurrent withdrawals) change in the shared demo data
@org.springframework.test.context.TestPropertySource(properties = "sanad.test.context=season-rules")
class SeasonRulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	HolidayAllocation holidayAllocation;

	@Autowired
	HolidayApplications holidayApplications;

	@Autowired
	HolidayOffers holidayOffers;

	@Autowired
	HolidayPlaces holidayPlaces;

	@Autowired
	HolidaySeasons holidaySeasons;

	@Autowired
	AllocationJob job;

	@Autowired
	People people;

	@Autowired
	Organisation organisation;

	@Autowired
	JdbcClient jdbc;

	SanadUser dgsn() {
		return (SanadUser) users.loadUserByUsername("dgsn");
	}

	@Test
	void criteriaAndWeightsAreSetInDraftAndFrozenOnceOpen() throws Exception {
		mvc.perform(post("/holidays/seasons/new").with(csrf()).with(DemoUsers.as(users, "dgsn")).param("year", "2061")
			.param("nameAr", "صيف 2061").param("nameFr", "Été 2061").param("applyFrom", "2061-03-01")
			.param("applyUntil", "2061-04-30").param("appealsUntil", "2061-05-31").param("confirmDays", "5"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/holidays/seasons/*"));
		Season s = holidaySeasons.seasons().stream().filter(x -> x.getYear() == 2061).findFirst().orElseThrow();
		assertThat(holidaySeasons.criteria(s.getId())).extracting(Criterion::getCode).contains("MARTYR_CHILD", "ORPHAN",
				"DISABILITY", "LOWER_GRADE", "FIRST_TIME", "YEARS_SINCE_LAST", "CHILDREN_COUNT");
		Criterion orphan = holidaySeasons.criteria(s.getId()).stream().filter(c -> c.getCode().equals("ORPHAN")).findFirst()
			.orElseThrow();
		mvc.perform(post("/holidays/seasons/" + s.getId() + "/criteria/" + orphan.getId() + "/weight").with(csrf())
			.with(DemoUsers.as(users, "dgsn")).param("weight", "40")).andExpect(flash().attribute("success", "holidays.saved"));
		mvc.perform(post("/holidays/seasons/" + s.getId() + "/criteria").with(csrf()).with(DemoUsers.as(users, "dgsn"))
			.param("code", "remote_post").param("nameAr", "مركز عمل ناء").param("nameFr", "Poste isolé")
			.param("weight", "12")).andExpect(flash().attribute("success", "holidays.saved"));
		mvc.perform(post("/holidays/seasons/" + s.getId() + "/criteria").with(csrf()).with(DemoUsers.as(users, "dgsn"))
			.param("code", "REMOTE_POST").param("nameAr", "x").param("nameFr", "x").param("weight", "1").param("lang", "fr"))
			.andExpect(flash().attribute("error", "Code : Le critère REMOTE_POST existe déjà pour cette saison."));
		holidaySeasons.openSeason(s.getId());
		mvc.perform(post("/holidays/seasons/" + s.getId() + "/criteria/" + orphan.getId() + "/weight").with(csrf())
			.with(DemoUsers.as(users, "dgsn")).param("weight", "99").param("lang", "fr"))
			.andExpect(flash().attribute("error",
					"Les critères et poids sont publiés : ils ne changent plus une fois les candidatures ouvertes."));
		assertThat(holidaySeasons.criteria(s.getId())).filteredOn(c -> c.getCode().equals("ORPHAN"))
			.extracting(Criterion::getWeight).containsExactly(40);
		assertThat(holidaySeasons.criteria(s.getId())).filteredOn(c -> c.getCode().equals("REMOTE_POST"))
			.extracting(Criterion::getSource).containsExactly(CriterionSource.MANUAL);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'holiday_criterion' and action = 'UPDATE'")
			.query(Integer.class).single()).isPositive();
	}

	@Test
	void offersAreCheckedBeforeTheyAreSaved() {
		Fixture f = Fixture.open(holidaySeasons, holidayOffers, organisation.findByCode("CV-21-1").orElseThrow().getId(), 2);
		Long notACentre = organisation.findByCode("CCL-16-1").orElseThrow().getId();
		assertThatThrownBy(() -> holidayOffers.addOffer(f.season.getId(), new OfferForm(OfferKind.CAMP, notACentre,
				null, null, null, null, 8, 12, 1000, null))).isInstanceOf(BusinessException.class)
			.hasMessage("holidays.error.centre");
		assertThatThrownBy(() -> holidayOffers.addOffer(f.season.getId(), new OfferForm(OfferKind.TRIP, null,
				"رحلة", "Voyage", "ONAT", null, null, null, 1000, null))).hasMessage("holidays.error.trip-details");
		assertThatThrownBy(() -> holidayOffers.addOffer(f.season.getId(), new OfferForm(OfferKind.CAMP,
				organisation.findByCode("CV-21-1").orElseThrow().getId(), null, null, null, null, 14, 8, 0, null)))
			.hasMessage("holidays.error.age-range");
		Offer partner = holidayOffers.addOffer(f.season.getId(), new OfferForm(OfferKind.CAMP, null,
				"مخيم الشريك", "Camp du partenaire", "Association des scouts", null, 8, 14, 0, null));
		assertThatThrownBy(() -> holidayOffers.addShift(partner.getId(), new ShiftForm("A",
				java.time.LocalDate.of(2041, 7, 10), java.time.LocalDate.of(2041, 7, 1), 10)))
			.hasMessage("holidays.error.shift-dates");
		assertThatThrownBy(() -> holidayOffers.addShift(partner.getId(), new ShiftForm("A",
				java.time.LocalDate.of(2041, 7, 1), java.time.LocalDate.of(2041, 7, 10), 0)))
			.hasMessage("holidays.error.capacity");
	}

	@Test
	void overridesNeedAReasonAreAuditedAndAppealsAreAnswered() throws Exception {
		Fixture f = Fixture.open(holidaySeasons, holidayOffers, organisation.findByCode("CV-21-1").orElseThrow().getId(), 1, 2);
		List<Application> apps = f.applyMany(holidayApplications, people, dgsn(), 5, null);
		holidaySeasons.closeSeason(f.season.getId());
		job.execute(holidayAllocation.startAllocation(dgsn(), f.season.getId()).getId(), f.season.getId());
		Application waiting = apps.stream().map(a -> holidayApplications.application(a.getId()))
			.filter(a -> a.getStatus() == ApplicationStatus.WAITING).findFirst().orElseThrow();

		assertThatThrownBy(() -> holidayPlaces.override(dgsn(), waiting.getId(), f.shifts.get(1), " "))
			.hasMessage("holidays.error.reason-required");
		assertThatThrownBy(() -> holidayPlaces.override(dgsn(), waiting.getId(), f.shifts.get(0), "medical priority"))
			.hasMessage("holidays.error.shift-full");
		assertThat(holidayOffers.shift(f.shifts.get(0)).getTaken()).isEqualTo(1);

		// the family appeals within the window; the directorate answers and places the child by hand
		holidayApplications.appeal(dgsn(), waiting.getId(), "Enfant malade l'an dernier, merci de revoir");
		assertThatThrownBy(() -> holidayApplications.appeal(dgsn(), waiting.getId(), "again"))
			.hasMessage("holidays.error.appeal-exists");
		mvc.perform(post("/holidays/applications/" + waiting.getId() + "/appeal-answer").with(csrf())
			.with(DemoUsers.as(users, "dgsn")).param("accepted", "true").param("answer", "Accepté : certificat reçu"))
			.andExpect(flash().attribute("success", "holidays.appeal.answered"));
		// place the child by hand on the second shift; when it is full, send a placed child back to the waiting
		// list first (the freed place may be taken at once by automatic promotion, hence the bounded retry)
		for (int attempt = 0; attempt < 10
				&& holidayApplications.application(waiting.getId()).getStatus() == ApplicationStatus.WAITING; attempt++) {
			if (holidayOffers.shift(f.shifts.get(1)).getFree() == 0) {
				Application other = apps.stream().map(a -> holidayApplications.application(a.getId()))
					.filter(a -> !a.getId().equals(waiting.getId()) && f.shifts.get(1).equals(a.getPlacedShiftId()))
					.findFirst().orElseThrow();
				holidayPlaces.override(dgsn(), other.getId(), null, "room for an accepted appeal");
			}
			try {
				holidayPlaces.override(dgsn(), waiting.getId(), f.shifts.get(1), "appeal accepted: medical certificate");
			}
			catch (dz.sanad.platform.BusinessException full) {
				// promotion took the freed place first: free another one
			}
		}
		Application after;
		after = holidayApplications.application(waiting.getId());
		assertThat(after.getStatus()).isEqualTo(ApplicationStatus.PLACED);
		assertThat(after.getAppealStatus()).isEqualTo(AppealStatus.ACCEPTED);
		assertThat(holidayOffers.shift(f.shifts.get(1)).getTaken()).isLessThanOrEqualTo(2);
		Map<String, Object> entry = jdbc.sql("""
				select actor, summary, before_data, after_data from audit_entry
				where entity_type = 'holiday_application' and action in ('OVERRIDE', 'PROMOTE') and entity_id = ?
				order by id desc limit 1""").param(String.valueOf(waiting.getId())).query().singleRow();
		assertThat(entry.get("after_data").toString()).contains("PLACED");
		mvc.perform(get("/holidays/applications/" + waiting.getId()).param("lang", "fr")
			.with(DemoUsers.as(users, "dgsn"))).andExpect(status().isOk());
	}

	@Test
	void aRefusedTransitionNamesTheStateInTheReadersLanguage() throws Exception {
		Fixture f = Fixture.open(holidaySeasons, holidayOffers, organisation.findByCode("CV-21-1").orElseThrow().getId(), 2);
		Long id = f.season.getId();
		// the page: opening an open season again
		mvc.perform(post("/holidays/seasons/" + id + "/open").with(csrf()).with(DemoUsers.as(users, "dgsn"))
			.param("lang", "ar"))
			.andExpect(flash().attribute("error", "غير ممكن في الحالة الحالية للموسم (مفتوح للطلبات)."));
		mvc.perform(post("/holidays/seasons/" + id + "/open").with(csrf()).with(DemoUsers.as(users, "dgsn"))
			.param("lang", "fr"))
			.andExpect(flash().attribute("error", "Impossible dans l’état actuel de la saison (Candidatures ouvertes)."));
		// the API: allocating while applications are still open
		mvc.perform(post("/api/holidays/seasons/" + id + "/allocation").with(csrf()).with(DemoUsers.as(users, "dgsn"))
			.param("lang", "fr")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value("holidays.error.season-state"))
			.andExpect(jsonPath("$.message").value("Impossible dans l’état actuel de la saison (Candidatures ouvertes)."));
		mvc.perform(post("/api/holidays/seasons/" + id + "/allocation").with(csrf()).with(DemoUsers.as(users, "dgsn"))
			.param("lang", "ar")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(allOf(containsString("مفتوح للطلبات"), not(containsString("OPEN")))));
		// an application's state is named the same way
		Application a = f.applyMany(holidayApplications, people, dgsn(), 1, null).get(0);
		mvc.perform(post("/api/holidays/applications/" + a.getId() + "/confirm").with(csrf())
			.with(DemoUsers.as(users, "dgsn")).param("lang", "fr")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value("holidays.error.application-state"))
			.andExpect(jsonPath("$.message").value(allOf(containsString("(Déposée)"), not(containsString("SUBMITTED")))));
		mvc.perform(post("/holidays/applications/" + a.getId() + "/confirm").with(csrf())
			.with(DemoUsers.as(users, "dgsn")).param("lang", "ar"))
			.andExpect(flash().attribute("error", allOf(containsString("مودع"), not(containsString("SUBMITTED")))));
	}

	@Test
	void anOverrideOutsideTheCampsAgesIsRefusedUnlessAcknowledgedAndTheAcknowledgementIsAudited() throws Exception {
		Fixture f = Fixture.open(holidaySeasons, holidayOffers, organisation.findByCode("CV-21-1").orElseThrow().getId(), 1, 1);
		List<Application> apps = f.applyMany(holidayApplications, people, dgsn(), 3, null);
		holidaySeasons.closeSeason(f.season.getId());
		job.execute(holidayAllocation.startAllocation(dgsn(), f.season.getId()).getId(), f.season.getId());
		Application waiting = apps.stream().map(a -> holidayApplications.application(a.getId()))
			.filter(a -> a.getStatus() == ApplicationStatus.WAITING).findFirst().orElseThrow();
		// the camp now takes 16- and 17-year-olds only: nobody of these children fits
		jdbc.sql("update holiday_offer set age_min = 16, age_max = 17 where id = (select offer_id from holiday_shift where id = ?)")
			.param(f.shifts.get(1)).update();
		jdbc.sql("update holiday_shift set capacity = 5 where id = ?").param(f.shifts.get(1)).update();
		assertThatThrownBy(() -> holidayPlaces.override(dgsn(), waiting.getId(), f.shifts.get(1), "medical priority"))
			.hasMessage("holidays.error.override-age");
		// the page says why, in the reader's language, and nothing moved
		mvc.perform(post("/holidays/applications/" + waiting.getId() + "/override").with(csrf()).param("lang", "fr")
			.with(DemoUsers.as(users, "dgsn")).param("shiftId", f.shifts.get(1).toString()).param("reason", "medical priority"))
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("hors des limites de ce séjour (16 à 17)")))
			.andExpect(flash().attribute("errorField", "ageAcknowledged"));
		assertThat(holidayApplications.application(waiting.getId()).getStatus()).isEqualTo(ApplicationStatus.WAITING);
		mvc.perform(post("/holidays/applications/" + waiting.getId() + "/override").with(csrf())
			.with(DemoUsers.as(users, "dgsn")).param("shiftId", f.shifts.get(1).toString()).param("reason", "medical priority")
			.param("ageAcknowledged", "true"))
			.andExpect(flash().attribute("success", "holidays.application.overridden"));
		assertThat(holidayApplications.application(waiting.getId()).getPlacedShiftId()).isEqualTo(f.shifts.get(1));
		assertThat(jdbc.sql("select summary from audit_entry where action = 'OVERRIDE' and entity_id = ? order by id desc limit 1")
			.param(waiting.getId().toString()).query(String.class).single()).contains("medical priority").contains("acknowledged");
	}

	@Test
	void aSeasonFormReportsEveryMissingFieldAtOnce() {
		var refused = org.assertj.core.api.Assertions.catchThrowableOfType(dz.sanad.platform.BusinessException.class,
				() -> holidaySeasons.createSeason(new HolidaySeasons.SeasonForm(1999, " ", null, null, null, null, null)));
		assertThat(refused.all()).extracting(dz.sanad.platform.BusinessException::field)
			.containsExactlyInAnyOrder("nameAr", "nameFr", "applyFrom", "applyUntil", "year");
	}
}
