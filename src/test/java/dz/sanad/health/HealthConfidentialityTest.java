package dz.sanad.health;

import dz.sanad.people.FamilyForm;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.people.PeopleAdmin;
import dz.sanad.people.Relation;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.Subject;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every family-health route (walked from Spring's handler mapping: a new route without a case here fails) against
 * every demo role, on the demo member's family; then the family rules: the member cannot open the spouse's record,
 * a parent cannot open a consultation of a 16-year-old marked confidential, a child under 16 cannot have one, and
 * a care team of another wilaya sees nothing.
 */
@IntegrationTest
class HealthConfidentialityTest {

	static final String[] CARE = { "health", "physician" };

	static final String[] CARE_AND_MEMBER = { "health", "physician", "member" };

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	PeopleAdmin admin;

	@Autowired
	HealthCare care;

	@Autowired
	HealthReferrals referrals;

	@Autowired
	HealthCampaigns campaigns;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	long karim;

	long spouse;

	long child;

	long visit;

	long referral;

	long campaign;

	SanadUser as(String username) {
		return (SanadUser) users.loadUserByUsername(username);
	}

	@BeforeEach
	void family() {
		karim = people.byMatricule("M-16-0001").orElseThrow().getId();
		spouse = people.familyOf(karim).stream().filter(f -> f.getRelation() == Relation.SPOUSE).findFirst().orElseThrow().getId();
		child = people.familyOf(karim).stream().filter(FamilyMember::isChild).findFirst().orElseThrow().getId();
		visit = jdbc.sql("select v.id from health_visit v join health_record r on r.id = v.record_id where r.member_id = ? "
				+ "order by v.id limit 1").param(karim).query(Long.class).single();
		if (referral == 0) {
			referral = referrals.open(as("physician"), Subject.member(karim), null, "matrix").getId();
			campaign = campaigns.create(as("health"), new HealthCampaigns.Form(HealthCampaigns.Theme.FLU, "matrix",
					LocalDate.now(), LocalDate.now().plusDays(10), null, null, null, null, null)).id();
		}
	}

	/** Each route's request on the demo family and who may get an answer below 400 (404 counts as refused). */
	Map<String, Case> cases() {
		Map<String, Case> c = new LinkedHashMap<>();
		String m = "/health/records/member/" + karim;
		String ch = "/health/records/family/" + child;
		c.put("GET /health", new Case(() -> get("/health").param("q", "Benali"), CARE));
		c.put("GET /health/records/{kind}/{id}", new Case(() -> get(ch), CARE_AND_MEMBER));
		c.put("GET /health/records/{kind}/{id}/growth", new Case(() -> get(ch + "/growth"), CARE_AND_MEMBER));
		c.put("POST /health/records/{kind}/{id}/profile", new Case(() -> post(m + "/profile").param("bloodGroup", "O+"), CARE));
		c.put("POST /health/records/{kind}/{id}/problems", new Case(() -> post(m + "/problems").param("code", "BA00")
			.param("status", "CHRONIC"), CARE));
		c.put("POST /health/records/{kind}/{id}/visits", new Case(() -> post(ch + "/visits").param("type", "CONSULTATION")
			.param("visitedOn", LocalDate.now().toString()).param("weightKg", "30"), CARE));
		c.put("POST /health/records/{kind}/{id}/fitness", new Case(() -> post(ch + "/fitness").param("fit", "true"),
				"physician"));
		c.put("POST /health/records/{kind}/{id}/reminders", new Case(() -> post(ch + "/reminders").param("allow", "true"),
				CARE_AND_MEMBER));
		c.put("POST /health/records/{kind}/{id}/appointments", new Case(() -> post(m + "/appointments")
			.param("serviceId", String.valueOf(service())), CARE));
		c.put("POST /health/records/{kind}/{id}/referrals", new Case(() -> post(m + "/referrals").param("reason", "r"), CARE));
		c.put("GET /api/health/fhir/{kind}/{id}", new Case(() -> get("/api/health/fhir/member/" + karim), CARE_AND_MEMBER));
		c.put("GET /health/visits/{id}", new Case(() -> get("/health/visits/" + visit), CARE_AND_MEMBER));
		c.put("POST /health/problems/{id}/status", new Case(() -> post("/health/problems/" + problem() + "/status")
			.param("status", "CHRONIC"), CARE));
		c.put("GET /health/appointments", new Case(() -> get("/health/appointments"), CARE));
		c.put("GET /health/appointments/export", new Case(() -> get("/health/appointments/export"), CARE));
		c.put("POST /health/appointments/{id}/status", new Case(() -> post("/health/appointments/" + appointment() + "/status")
			.param("to", "COMPLETED"), CARE));
		c.put("GET /health/services", new Case(() -> get("/health/services"), CARE));
		c.put("POST /health/services", new Case(() -> post("/health/services").param("nameAr", ""), CARE));
		c.put("POST /health/services/{id}/availability", new Case(() -> post("/health/services/" + service()
			+ "/availability"), CARE));
		c.put("GET /health/chronic", new Case(() -> get("/health/chronic"), CARE));
		c.put("GET /health/chronic/export", new Case(() -> get("/health/chronic/export"), CARE));
		c.put("GET /health/referrals", new Case(() -> get("/health/referrals"), CARE));
		c.put("GET /health/referrals/{id}", new Case(() -> get("/health/referrals/" + referral), CARE));
		c.put("POST /health/referrals/{id}/{action}", new Case(() -> post("/health/referrals/" + referral + "/close"), CARE));
		c.put("GET /health/campaigns", new Case(() -> get("/health/campaigns"), CARE));
		c.put("POST /health/campaigns", new Case(() -> post("/health/campaigns").param("name", ""), CARE));
		c.put("GET /health/campaigns/{id}", new Case(() -> get("/health/campaigns/" + campaign), CARE));
		c.put("POST /health/campaigns/{id}/invite", new Case(() -> post("/health/campaigns/" + campaign + "/invite"), CARE));
		c.put("POST /health/invitations/{id}", new Case(() -> post("/health/invitations/" + invitation()), CARE));
		c.put("GET /health/my", new Case(() -> get("/health/my"), "member"));
		c.put("POST /health/my/requests", new Case(() -> post("/health/my/requests").param("serviceId", String.valueOf(service())),
				"member"));
		c.put("GET /health/codes", new Case(() -> get("/health/codes"), "admin"));
		c.put("POST /health/codes", new Case(() -> post("/health/codes"), "admin"));
		c.put("GET /health/glass/{kind}/{id}", new Case(() -> get("/health/glass/member/" + karim), "physician"));
		c.put("POST /health/glass/{kind}/{id}", new Case(() -> post("/health/glass/member/" + karim), "physician"));
		return c;
	}

	record Case(Supplier<MockHttpServletRequestBuilder> request, String... allowed) {
	}

	long problem() {
		return jdbc.sql("select p.id from health_problem p join health_record r on r.id = p.record_id where r.member_id = ? limit 1")
			.param(karim).query(Long.class).single();
	}

	long appointment() {
		return jdbc.sql("select id from health_appointment order by id limit 1").query(Long.class).single();
	}

	long service() {
		return jdbc.sql("select id from health_service where centre_id = ? order by id limit 1")
			.param(as("health").scopeUnitId()).query(Long.class).single();
	}

	long invitation() {
		return jdbc.sql("select coalesce(max(id), -1) from health_invitation").query(Long.class).single();
	}

	@Test
	void everyHealthRouteAgainstEveryRole() throws Exception {
		Map<String, Case> cases = cases();
		TreeSet<String> routes = new TreeSet<>();
		mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(p -> {
			if ((p.equals("/health") || p.startsWith("/health/") || p.startsWith("/api/health/"))
					&& !p.startsWith("/health/vaccination") && !p.startsWith("/api/health/vaccination")) {
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					routes.add(method + " " + p);
				}
			}
		}));
		assertThat(cases.keySet()).as("every health route has its case in the matrix").containsAll(routes);
		assertThat(routes).as("every case is a real route").containsAll(cases.keySet());
		for (Map.Entry<String, Case> e : cases.entrySet()) {
			boolean unsafe = e.getKey().startsWith("POST");
			RoleMatrix.check(mvc, users, () -> unsafe ? e.getValue().request().get().with(csrf()) : e.getValue().request().get(),
					e.getValue().allowed());
		}
	}

	@Test
	void theMemberCannotOpenTheSpousesRecord() throws Exception {
		RequestPostProcessor member = DemoUsers.as(users, "member");
		mvc.perform(get("/health/records/family/" + spouse).with(member)).andExpect(status().isNotFound());
		mvc.perform(get("/api/health/fhir/family/" + spouse).with(member)).andExpect(status().isNotFound());
		mvc.perform(get("/health/records/family/" + spouse).with(DemoUsers.as(users, "health"))).andExpect(status().isOk());
		mvc.perform(get("/health/my").with(member)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/health/records/family/" + spouse + "\""))));
	}

	@Test
	void aParentCannotOpenAConfidentialConsultationOfAChildOfSixteen() throws Exception {
		// a family of Algiers with a child of sixteen, and its member acting as the parent
		Member parent = people.lookup(as("dgsn"), "", "16", 200).stream()
			.filter(x -> !"M-16-0001".equals(x.getMatricule())).findFirst().orElseThrow();
		FamilyForm f = new FamilyForm();
		f.setRelation(Relation.CHILD);
		f.setFirstNameAr("سلمى");
		f.setLastNameAr(parent.getLastNameAr());
		f.setSex("F");
		f.setBirthDate(LocalDate.now().minusYears(16).minusMonths(2));
		FamilyMember teen = admin.addFamily(as("dgsn"), parent.getId(), f);
		var confidential = new VisitForm();
		confidential.setVisitedOn(LocalDate.now());
		confidential.setDiagnosis("CONFIDENTIAL-DIAGNOSIS-16");
		confidential.setConfidential(true);
		long secret = care.recordVisit(as("physician"), Subject.family(teen.getId()), confidential).getId();
		var open = new VisitForm();
		open.setVisitedOn(LocalDate.now());
		open.setDiagnosis("ORDINARY-VISIT-16");
		long ordinary = care.recordVisit(as("physician"), Subject.family(teen.getId()), open).getId();
		RequestPostProcessor asParent = user(new SanadUser(999001L, "parent.test", null, "x", Role.MEMBER,
				as("member").scopeUnitId(), parent.getId(), true, false));
		mvc.perform(get("/health/visits/" + secret).with(asParent)).andExpect(status().isNotFound());
		mvc.perform(get("/health/visits/" + ordinary).with(asParent)).andExpect(status().isOk());
		mvc.perform(get("/health/records/family/" + teen.getId()).with(asParent)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ORDINARY-VISIT-16")))
			.andExpect(content().string(not(containsString("CONFIDENTIAL-DIAGNOSIS-16"))));
		mvc.perform(get("/api/health/fhir/family/" + teen.getId()).with(asParent)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("encounter-" + secret))));
		// the physician still sees it
		mvc.perform(get("/health/visits/" + secret).with(DemoUsers.as(users, "physician"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("CONFIDENTIAL-DIAGNOSIS-16")));
	}

	@Test
	void aChildUnderTheAgeCannotHaveAConsultationHiddenFromTheParent() {
		var form = new VisitForm();
		form.setVisitedOn(LocalDate.now());
		form.setConfidential(true);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> care.recordVisit(as("physician"), Subject.family(child), form))
			.hasMessageContaining("health.error.confidential-age");
	}

	@Test
	void aCareTeamOfAnotherWilayaSeesNothing() throws Exception {
		long oran = jdbc.sql("select id from organisation_unit where code like 'CMS-%' and code <> 'CMS-16-1' order by code limit 1")
			.query(Long.class).single();
		RequestPostProcessor elsewhere = user(new SanadUser(999002L, "physician.elsewhere", null, "x", Role.PHYSICIAN, oran,
				null, true, false));
		mvc.perform(get("/health/records/member/" + karim).with(elsewhere)).andExpect(status().isNotFound());
		mvc.perform(get("/health/visits/" + visit).with(elsewhere)).andExpect(status().isNotFound());
		mvc.perform(get("/health/referrals/" + referral).with(elsewhere)).andExpect(status().isNotFound());
	}
}
