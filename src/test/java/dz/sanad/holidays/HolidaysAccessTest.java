package dz.sanad.holidays;

import dz.sanad.holidays.HolidayApplications.ApplicationFilter;
import dz.sanad.organisation.Organisation;
import dz.sanad.people.People;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every holidays page and API family against the 12 demo users, and the scope rules behind them. */
@IntegrationTest
class HolidaysAccessTest {

	static final String[] USERS = { "dgsn", "wilaya16", "head", "member" };

	/** The season list also serves the committee as its way to the seasons' reports. */
	static final String[] SEASON_LIST = { "dgsn", "wilaya16", "head", "member", "committee", "cochair.ministry", "cochair.dgsn" };

	static final String[] APPLICATIONS = { "dgsn", "wilaya16", "member" };

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
	HolidayReport holidayReport;

	@Autowired
	HolidaySeasons holidaySeasons;

	@Autowired
	HolidaysAccess holidaysAccess;

	@Autowired
	People people;

	@Autowired
	Organisation organisation;

	@Autowired
	AllocationJob job;

	Season past;

	Season open;

	@BeforeEach
	void seasons() {
		open = Fixture.demoOpen(holidaySeasons);
		past = Fixture.demoPast(holidaySeasons);
	}

	SanadUser user(String name) {
		return (SanadUser) users.loadUserByUsername(name);
	}

	Application memberApplication() {
		return holidayApplications.mine(user("member")).stream().filter(a -> a.getSeasonId().equals(past.getId()))
			.findFirst().orElseThrow();
	}

	Application applicationOfAnotherWilaya() {
		return holidayApplications.searchAll(user("dgsn"), new ApplicationFilter(past.getId(), null, null, null, null,
				null)).stream().filter(a -> !"16".equals(a.getWilayaCode())).findFirst().orElseThrow();
	}

	@Test
	void demoDataGivesEveryPageSomething() {
		assertThat(past.getStatus()).isEqualTo(SeasonStatus.ALLOCATED);
		assertThat(open.getStatus()).isEqualTo(SeasonStatus.OPEN);
		assertThat(holidayOffers.offers(open.getId())).isNotEmpty();
		assertThat(holidayApplications.mine(user("member"))).hasSizeGreaterThanOrEqualTo(3);
		assertThat(memberApplication().getExplanation()).isNotNull();
		assertThat(holidayReport.report(past.getId()).placed()).isPositive();
	}

	@Test
	void theCommitteeFindsTheReportsInItsMenuAndNotTheSeasonPages() throws Exception {
		var committee = DemoUsers.as(users, "committee");
		String report = "/holidays/seasons/" + past.getId() + "/report";
		mvc.perform(get("/").with(committee)).andExpect(content().string(containsString("href=\"/holidays\"")));
		mvc.perform(get("/holidays").param("lang", "fr").with(committee))
			.andExpect(content().string(containsString("href=\"" + report + "\"")))
			.andExpect(content().string(not(containsString("href=\"/holidays/seasons/" + past.getId() + "\""))));
		mvc.perform(get(report).with(committee)).andExpect(status().isOk());
		// a wilaya officer lists the seasons but has no report column
		mvc.perform(get("/holidays").with(DemoUsers.as(users, "wilaya16")))
			.andExpect(content().string(not(containsString(report))));
	}

	@Test
	void seasonPagesAndApi() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/holidays"), SEASON_LIST);
		RoleMatrix.check(mvc, users, () -> get("/holidays").param("status", "OPEN").param("year", "2030")
			.param("q", "x").param("page", "1"), SEASON_LIST);
		RoleMatrix.check(mvc, users, () -> get("/holidays/export"), SEASON_LIST);
		RoleMatrix.check(mvc, users, () -> get("/holidays/export").param("status", "ALLOCATED"), SEASON_LIST);
		RoleMatrix.check(mvc, users, () -> get("/holidays/seasons/" + past.getId()), USERS);
		RoleMatrix.check(mvc, users, () -> get("/holidays/seasons/" + open.getId()), USERS);
		RoleMatrix.check(mvc, users, () -> get("/api/holidays/seasons"), USERS);
		RoleMatrix.check(mvc, users, () -> get("/api/holidays/seasons").param("q", "x").param("size", "5"), USERS);
		RoleMatrix.check(mvc, users, () -> get("/api/holidays/seasons/" + open.getId()), USERS);
	}

	@Test
	void directoratePagesAndApi() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/holidays/seasons/new"), "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/holidays/seasons/" + open.getId() + "/edit"), "dgsn");
		// the follow-up committee reads the report (aggregates only), nothing else of the module
		RoleMatrix.check(mvc, users, () -> get("/holidays/seasons/" + past.getId() + "/report"), "dgsn", "committee", "cochair.ministry", "cochair.dgsn");
		RoleMatrix.check(mvc, users, () -> get("/api/holidays/seasons/" + past.getId() + "/report"), "dgsn",
				"committee", "cochair.ministry", "cochair.dgsn");
		Long run = holidayAllocation.lastRun(past.getId()).orElseThrow().getId();
		RoleMatrix.check(mvc, users, () -> get("/holidays/runs/" + run), "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/api/holidays/runs/" + run), "dgsn");
		// refused operations still pass the URL rule for dgsn (422 / redirect), never for anyone else
		RoleMatrix.check(mvc, users, () -> post("/holidays/seasons/" + open.getId() + "/open").with(csrf()), "dgsn");
		RoleMatrix.check(mvc, users, () -> post("/holidays/applications/" + memberApplication().getId() + "/override")
			.with(csrf()), "dgsn");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/api/holidays/applications/" + memberApplication().getId()
				+ "/override").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"), "dgsn");
	}

	@Test
	void theCommitteeSeesTheReportWithSmallCountsSuppressed() throws Exception {
		// the demo season: every count by wilaya or criterion below 5 is "<5", the others exact
		HolidayReport.Report full = holidayReport.report(past.getId());
		HolidayReport.AggregateReport shown = (HolidayReport.AggregateReport) holidayReport.reportFor(user("committee"),
				past.getId());
		assertThat(holidayReport.reportFor(user("dgsn"), past.getId())).isEqualTo(full);
		assertThat(shown.applications().value()).isEqualTo(full.applications());
		assertThat(shown.byWilaya().rows()).hasSameSizeAs(full.byWilaya());
		assertThat(shown.byCriterion().rows()).hasSameSizeAs(full.byCriterion());
		for (HolidayReport.Count c : full.byWilaya()) {
			assertShown(shown.byWilaya().cell(c.key(), HolidayReport.APPLICATIONS), c.applications());
			assertShown(shown.byWilaya().cell(c.key(), HolidayReport.PLACED), c.placed());
		}
		for (HolidayReport.Count c : full.byCriterion()) {
			assertShown(shown.byCriterion().cell(c.key(), "holidays.report.withCriterion"), c.applications());
			assertShown(shown.byCriterion().cell(c.key(), HolidayReport.PLACED), c.placed());
		}
		// no hidden wilaya can be worked out from the national totals and the other wilayas
		assertThat(dz.sanad.platform.disclosure.Derivation.derivable(shown.byWilaya())).isEmpty();
		assertThat(dz.sanad.platform.disclosure.Derivation.derivable(shown.byChoice())).isEmpty();
		for (String other : new String[] { "wilaya16", "head", "member", "admin", "dpo" }) {
			assertThatThrownBy(() -> holidayReport.reportFor(user(other), past.getId()))
				.isInstanceOf(AccessDeniedException.class);
		}

		// a small season: every cell is below 5, so the committee sees "<5" everywhere, the directorate the counts
		Fixture f = Fixture.open(holidaySeasons, holidayOffers, organisation.findByCode("CV-21-1").orElseThrow().getId(),
				2);
		List<Application> apps = f.applyMany(holidayApplications, people, user("dgsn"), 3, null);
		holidaySeasons.closeSeason(f.season.getId());
		job.execute(holidayAllocation.startAllocation(user("dgsn"), f.season.getId()).getId(), f.season.getId());
		String api = "/api/holidays/seasons/" + f.season.getId() + "/report";
		mvc.perform(get(api).with(DemoUsers.as(users, "committee"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.applications").value("<5"))
			.andExpect(jsonPath("$.byWilaya.rows", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty())))
			.andExpect(jsonPath("$.byWilaya.rows[*].cells[*]", everyItem(is("<5"))))
			.andExpect(jsonPath("$.byWilaya.totals[*]", everyItem(is("<5"))))
			.andExpect(jsonPath("$.byCriterion.rows[*].cells[*]", everyItem(org.hamcrest.Matchers.<Object>anyOf(org.hamcrest.Matchers.<Object>equalTo("<5"), org.hamcrest.Matchers.<Object>equalTo(0)))));
		mvc.perform(get(api).with(DemoUsers.as(users, "dgsn"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.byWilaya[*].applications", everyItem(org.hamcrest.Matchers.isA(Integer.class))));
		String page = mvc.perform(get("/holidays/seasons/" + f.season.getId() + "/report").param("lang", "fr")
			.with(DemoUsers.as(users, "committee"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;5").contains("id=\"small-cells\"")
			.doesNotContain("/holidays/seasons/" + f.season.getId() + "\"");
		for (Application a : apps) { // no personal data: neither matricules nor names
			ApplicationRow row = holidayApplications.rows(List.of(a)).get(0);
			assertThat(page).doesNotContain(row.matricule()).doesNotContain(row.childName().split(" / ")[0]);
		}
		assertThat(mvc.perform(get("/holidays/seasons/" + f.season.getId() + "/report").param("lang", "fr")
			.with(DemoUsers.as(users, "dgsn"))).andReturn().getResponse().getContentAsString())
			.doesNotContain("&lt;5").doesNotContain("id=\"small-cells\"");
	}

	/** Shown as it is, or hidden: a count under 5 is always hidden, and hidden reads "<5". */
	private static void assertShown(dz.sanad.platform.disclosure.SuppressedTable.Cell cell, long n) {
		if (n > 0 && n < 5) {
			assertThat(cell.suppressed()).isTrue();
		}
		assertThat(cell.text()).isEqualTo(cell.suppressed() ? "<5" : String.valueOf(n));
	}

	static String cell(long n) {
		return n < 5 ? "<5" : String.valueOf(n);
	}

	@Test
	void applicationPagesAndApi() throws Exception {
		Long mine = memberApplication().getId();
		RoleMatrix.check(mvc, users, () -> get("/holidays/applications"), APPLICATIONS);
		RoleMatrix.check(mvc, users, () -> get("/holidays/applications/export"), APPLICATIONS);
		RoleMatrix.check(mvc, users, () -> get("/api/holidays/applications"), APPLICATIONS);
		RoleMatrix.check(mvc, users, () -> get("/holidays/applications/" + mine), APPLICATIONS);
		RoleMatrix.check(mvc, users, () -> get("/api/holidays/applications/" + mine), APPLICATIONS);
		RoleMatrix.check(mvc, users, () -> get("/holidays/seasons/" + open.getId() + "/apply"), "wilaya16", "member");
		RoleMatrix.passesSecurity(mvc, users, () -> post("/api/holidays/seasons/" + open.getId() + "/applications")
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"), "wilaya16", "member");
	}

	@Test
	void applicationsAreScoped() throws Exception {
		Long other = applicationOfAnotherWilaya().getId();
		for (String who : new String[] { "wilaya16", "member" }) {
			mvc.perform(get("/holidays/applications/" + other).with(DemoUsers.as(users, who)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/holidays/applications/" + other).with(DemoUsers.as(users, who)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/holidays/applications/" + other + "/withdraw").with(csrf())
				.with(DemoUsers.as(users, who))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/holidays/applications/" + other).with(DemoUsers.as(users, "dgsn")))
			.andExpect(status().isOk());
		// the lists only hold what the user may see
		assertThat(holidayApplications.searchAll(user("wilaya16"), new ApplicationFilter(null, null, null, null, null,
				null))).allMatch(a -> "16".equals(a.getWilayaCode())).isNotEmpty();
		Long me = user("member").memberId();
		assertThat(holidayApplications.searchAll(user("member"), new ApplicationFilter(null, null, "31", null, null,
				null))).allMatch(a -> a.getMemberId().equals(me));
	}

	@Test
	void campListsOnlyForThoseWhoRunTheCamp() throws Exception {
		var views = holidayOffers.shiftViews(past.getId());
		Long campShift = views.stream().filter(v -> v.offer().getKind() == OfferKind.CAMP).findFirst().orElseThrow()
			.shift().getId();
		// CV-06-1 is in Béjaïa: the Algiers officer and the head of an Algiers cultural centre do not run it
		RoleMatrix.check(mvc, users, () -> get("/holidays/shifts/" + campShift), "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/holidays/shifts/" + campShift + "/list.pdf"), "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/holidays/shifts/" + campShift + "/list.xlsx"), "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/api/holidays/shifts/" + campShift + "/participants"), "dgsn");
		Bus algiers = holidayOffers.buses(List.of(campShift)).stream().filter(b -> "16".equals(b.getWilayaCode()))
			.findFirst().orElseThrow();
		Bus local = holidayOffers.buses(List.of(campShift)).stream().filter(b -> !"16".equals(b.getWilayaCode()))
			.findFirst().orElseThrow();
		RoleMatrix.check(mvc, users, () -> get("/holidays/buses/" + algiers.getId()), "dgsn", "wilaya16");
		RoleMatrix.check(mvc, users, () -> get("/holidays/buses/" + algiers.getId() + "/list.pdf"), "dgsn",
				"wilaya16");
		RoleMatrix.check(mvc, users, () -> get("/holidays/buses/" + algiers.getId() + "/list.xlsx"), "dgsn",
				"wilaya16");
		RoleMatrix.check(mvc, users, () -> get("/api/holidays/buses/" + algiers.getId() + "/passengers"), "dgsn",
				"wilaya16");
		RoleMatrix.check(mvc, users, () -> get("/holidays/buses/" + local.getId()), "dgsn");
	}

	@Test
	void theCentresWilayaOfficerAndAHeadAboveTheCentreRunTheCamp() {
		Offer offer = holidayOffers.offers(past.getId()).stream().filter(o -> o.getKind() == OfferKind.CAMP).findFirst()
			.orElseThrow();
		String wilaya = holidayOffers.centre(offer).orElseThrow().getWilayaCode();
		SanadUser officer = new SanadUser(900, "w" + wilaya, null, "w", dz.sanad.platform.Role.WILAYA_OFFICER,
				organisation.findByCode("SW-" + wilaya).orElseThrow().getId(), null, true, false);
		SanadUser head = new SanadUser(901, "h" + wilaya, null, "h", dz.sanad.platform.Role.ESTABLISHMENT_HEAD,
				holidayOffers.centre(offer).orElseThrow().getId(), null, true, false);
		assertThat(holidaysAccess.runsCamp(officer, offer)).isTrue();
		assertThat(holidaysAccess.runsCamp(head, offer)).isTrue();
		assertThat(holidaysAccess.runsCamp(user("wilaya16"), offer)).isFalse();
		assertThat(holidaysAccess.runsCamp(user("head"), offer)).isFalse();
	}

	/** HolidaysAccess's query condition: the directorate all, an officer its wilaya, a member its own, others none. */
	@Test
	void theApplicationsListFollowsTheScopeAndOtherRolesAreRefused() {
		ApplicationFilter all = new ApplicationFilter(past.getId(), null, null, null, null, null);
		List<Application> everyone = holidayApplications.searchAll(user("dgsn"), all);
		assertThat(everyone).hasSize((int) holidayReport.report(past.getId()).applications());
		assertThat(holidayApplications.searchAll(user("wilaya16"), all)).isNotEmpty()
			.allMatch(a -> "16".equals(a.getWilayaCode()))
			.hasSize((int) everyone.stream().filter(a -> "16".equals(a.getWilayaCode())).count());
		SanadUser member = user("member");
		assertThat(holidayApplications.searchAll(member, all)).isNotEmpty()
			.allMatch(a -> a.getMemberId().equals(member.memberId()));
		for (String other : new String[] { "committee", "head" }) {
			assertThatThrownBy(() -> holidayApplications.searchAll(user(other), all))
				.isInstanceOf(AccessDeniedException.class);
		}
		Application mine = memberApplication();
		assertThat(holidaysAccess.canSee(member, mine)).isTrue();
		assertThat(holidaysAccess.canSeeMedical(member, mine)).isTrue();
		assertThat(holidaysAccess.canSeeMedical(user("dgsn"), mine)).isTrue();
		assertThat(holidaysAccess.canSeeMedical(user("wilaya16"), mine)).isFalse();
	}
}
