package dz.sanad.holidays;

import dz.sanad.holidays.HolidayApplications.ApplicationFilter;
import dz.sanad.holidays.HolidayApplications.ApplicationForm;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Applying: the member for its children, the wilaya officer on a member's behalf, and every refusal explained. */
@IntegrationTest
class ApplyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	HolidayApplications holidayApplications;

	@Autowired
	HolidayOffers holidayOffers;

	@Autowired
	HolidaySeasons holidaySeasons;

	@Autowired
	HolidaysAccess holidaysAccess;

	@Autowired
	People people;

	@Autowired
	JsonMapper json;

	Season open;

	Season past;

	Map<String, Long> firstShiftByCentre = new LinkedHashMap<>();

	Member karim;

	@BeforeEach
	void setUp() {
		open = Fixture.demoOpen(holidaySeasons);
		past = Fixture.demoPast(holidaySeasons);
		for (ShiftView v : holidayOffers.shiftViews(open.getId())) {
			holidayOffers.centre(v.offer()).ifPresent(u -> firstShiftByCentre.putIfAbsent(u.getCode(), v.shift().getId()));
		}
		karim = people.byMatricule("M-16-0001").orElseThrow();
	}

	FamilyMember child(String latin) {
		return people.familyOf(karim.getId()).stream().filter(c -> latin.equals(c.getFirstNameLat())).findFirst()
			.orElseThrow();
	}

	String body(Long memberId, Long childId, Long choice1, String phone) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("memberId", memberId);
		m.put("kind", "CAMP");
		m.put("childId", childId);
		m.put("choice1", choice1);
		m.put("emergencyName1", "نسيمة حداد");
		m.put("emergencyPhone1", phone);
		m.put("contactEmail", "karim@example.dz");
		return json.writeValueAsString(m);
	}

	@Test
	void theMemberAppliesForItsChildOncePerSeason() throws Exception {
		Long yacine = child("Yacine").getId();
		mvc.perform(post("/api/holidays/seasons/" + open.getId() + "/applications").with(csrf())
			.with(DemoUsers.as(users, "member")).contentType(MediaType.APPLICATION_JSON)
			.content(body(null, yacine, firstShiftByCentre.get("CV-42-1"), "+213550123456")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.memberId").value(karim.getId()));
		mvc.perform(post("/api/holidays/seasons/" + open.getId() + "/applications").with(csrf())
			.with(DemoUsers.as(users, "member")).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "fr")
			.content(body(null, yacine, firstShiftByCentre.get("CV-13-1"), "+213550123456")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value("holidays.error.duplicate"))
			.andExpect(jsonPath("$.field").value("childId"));
	}

	@Test
	void badInputIsRefusedWithAMessageNamingTheProblem() throws Exception {
		Long omar = child("Omar").getId();
		// Omar is 8 next July: the camp of CV-13-1 takes 10 to 15
		mvc.perform(post("/api/holidays/seasons/" + open.getId() + "/applications").with(csrf()).param("lang", "fr")
			.with(DemoUsers.as(users, "member")).contentType(MediaType.APPLICATION_JSON)
			.content(body(null, omar, firstShiftByCentre.get("CV-13-1"), "+213550123456")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value("holidays.error.age"))
			.andExpect(jsonPath("$.field").value("choice1"))
			.andExpect(jsonPath("$.message").value(containsString("10 à 15 ans")));
		// the same child, a wrong phone and no emergency name: all three at once
		String three = body(null, omar, firstShiftByCentre.get("CV-13-1"), "12").replace("\"نسيمة حداد\"", "\"\"");
		mvc.perform(post("/api/holidays/seasons/" + open.getId() + "/applications").with(csrf()).param("lang", "fr")
			.with(DemoUsers.as(users, "member")).contentType(MediaType.APPLICATION_JSON).content(three))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("choice1", "emergencyName1",
					"emergencyPhone1")));
		// another family's child
		Member other = people.byMatricule("M100001").orElseThrow();
		Long notMine = people.familyOf(other.getId()).stream().filter(FamilyMember::isChild).findFirst().orElseThrow()
			.getId();
		mvc.perform(post("/api/holidays/seasons/" + open.getId() + "/applications").with(csrf())
			.with(DemoUsers.as(users, "member")).contentType(MediaType.APPLICATION_JSON)
			.content(body(null, notMine, firstShiftByCentre.get("CV-06-1"), "+213550123456")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value("holidays.error.not-your-child"));
		// the window of last summer is over
		Long pastShift = holidayOffers.shiftViews(past.getId()).get(0).shift().getId();
		mvc.perform(post("/api/holidays/seasons/" + past.getId() + "/applications").with(csrf())
			.with(DemoUsers.as(users, "member")).contentType(MediaType.APPLICATION_JSON)
			.content(body(null, omar, pastShift, "+213550123456")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value("holidays.error.window-closed"));
		// a bad phone on the page: the form comes back with the field named, in French, nothing written
		int before = holidayApplications.mine((SanadUser) users.loadUserByUsername("member")).size();
		mvc.perform(post("/holidays/seasons/" + open.getId() + "/apply").with(csrf()).param("lang", "fr")
			.with(DemoUsers.as(users, "member")).param("kind", "CAMP").param("childId", omar.toString())
			.param("choice1", firstShiftByCentre.get("CV-06-1").toString()).param("emergencyName1", "Nassima")
			.param("emergencyPhone1", "abc").param("fit", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Téléphone du contact d’urgence : Donnez un numéro de téléphone")));
		assertThat(holidayApplications.mine((SanadUser) users.loadUserByUsername("member"))).hasSize(before);
	}

	@Test
	void theWilayaOfficerAppliesOnBehalfOfMembersOfItsWilayaOnly() throws Exception {
		SanadUser officer = (SanadUser) users.loadUserByUsername("wilaya16");
		Member ours = null;
		Member theirs = null;
		for (int i = 0; i < 1500 && (ours == null || theirs == null); i++) {
			Member m = people.byMatricule("M" + (100000 + i)).orElse(null);
			if (m == null || people.familyOf(m.getId()).stream().noneMatch(FamilyMember::isChild)) {
				continue;
			}
			if ("16".equals(m.getWilayaCode()) && ours == null && holidayApplications.mine(officer).isEmpty()) {
				ours = m;
			}
			else if ("31".equals(m.getWilayaCode()) && theirs == null) {
				theirs = m;
			}
		}
		assertThat(ours).isNotNull();
		FamilyMember kid = people.familyOf(ours.getId()).stream().filter(FamilyMember::isChild).findFirst().orElseThrow();
		// the page finds the member by matricule and lists its children
		mvc.perform(get("/holidays/seasons/" + open.getId() + "/apply").param("matricule", ours.getMatricule())
			.with(DemoUsers.as(users, "wilaya16"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(kid.getFirstNameAr())));
		ApplicationForm form = new ApplicationForm(ours.getId(), OfferKind.TRIP, null,
				holidayOffers.shiftViews(open.getId()).stream().filter(v -> v.offer().getKind() == OfferKind.TRIP)
					.findFirst().orElseThrow().shift().getId(), null, null, false, true, null, "Contact",
				"0550 11 22 33", null, null, null);
		try {
			Application a = holidayApplications.apply(officer, open.getId(), form);
			assertThat(a.getCreatedBy()).isEqualTo("wilaya16");
			assertThat(holidaysAccess.canSee(officer, a)).isTrue();
		}
		catch (dz.sanad.platform.BusinessException e) {
			assertThat(e.messageKey()).isEqualTo("holidays.error.duplicate-trip"); // the demo data got there first
		}
		Long theirsId = theirs.getId();
		mvc.perform(post("/api/holidays/seasons/" + open.getId() + "/applications").with(csrf())
			.with(DemoUsers.as(users, "wilaya16")).contentType(MediaType.APPLICATION_JSON)
			.content(body(theirsId, null, firstShiftByCentre.get("CV-06-1"), "+213550123456")))
			.andExpect(status().isNotFound()) // another wilaya's member reads like an unknown one
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(theirs.getLastNameAr()))));
		// and the page that looks members up by matricule does not name them either
		mvc.perform(get("/holidays/seasons/" + open.getId() + "/apply").param("matricule", theirs.getMatricule())
			.with(DemoUsers.as(users, "wilaya16"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(theirs.getLastNameAr()))));
		List<Application> seen = holidayApplications.searchAll(officer, new ApplicationFilter(open.getId(), null, null,
				null, null, null));
		assertThat(seen).allMatch(a -> "16".equals(a.getWilayaCode()));
	}
}
