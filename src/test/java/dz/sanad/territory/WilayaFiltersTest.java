package dz.sanad.territory;

import dz.sanad.organisation.Organisation;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Wilaya filters offer only the wilayas of the user's scope, named with the official Arabic spelling. */
@IntegrationTest
class WilayaFiltersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Organisation organisation;

	@Autowired
	Territory territory;

	String page(String username, String path) throws Exception {
		return mvc.perform(get(path).param("lang", "fr").with(DemoUsers.as(users, username))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	/** Every list with a wilaya filter, with a national user who reads it. */
	static final Map<String, String> FILTERS = Map.of("/people/members", "dgsn", "/people/corrections", "dgsn",
			"/training/needs", "ministry", "/holidays/applications", "dgsn", "/organisation/units", "dgsn");

	@Test
	void aWilayaOfficerIsOfferedItsOwnWilayaOnly() throws Exception {
		for (var e : FILTERS.entrySet()) {
			String officer = page("wilaya16", e.getKey());
			assertThat(officer).as(e.getKey()).doesNotContain("value=\"31\">31 Oran<")
				.doesNotContain("value=\"15\">15 Tizi Ouzou<");
			if (!e.getKey().startsWith("/holidays")) { // there the filter is the directorate's only
				assertThat(officer).as(e.getKey()).contains("value=\"16\">16 Alger<");
			}
			assertThat(page(e.getValue(), e.getKey())).as(e.getKey()).contains("value=\"16\">16 Alger<")
				.contains("value=\"31\">31 Oran<");
		}
		// an establishment head: the establishment's wilaya
		SanadUser head = (SanadUser) users.loadUserByUsername("head");
		String wilaya = organisation.scopeOf(head).wilayaCode();
		assertThat(organisation.wilayasOf(head)).extracting(Wilaya::getCode).containsExactly(wilaya);
		assertThat(organisation.wilayasOf((SanadUser) users.loadUserByUsername("dgsn"))).hasSize(69);
	}

	@Test
	void namesFollowTheOfficialArabicSpelling() {
		Map<String, String> ar = territory.wilayas().stream()
			.collect(java.util.stream.Collectors.toMap(Wilaya::getCode, Wilaya::getNameAr));
		assertThat(ar).containsEntry("03", "الأغواط").containsEntry("04", "أم البواقي").containsEntry("15", "تيزي وزو")
			.containsEntry("22", "سيدي بلعباس").containsEntry("33", "إليزي").containsEntry("39", "الوادي");
		// a final alef maqsura only where the official name has one (عين الدفلى)
		List<String> maqsura = ar.values().stream().filter(n -> n.matches(".*ى(\\s.*)?$")).toList();
		assertThat(maqsura).containsExactly("عين الدفلى");
		assertThat(organisation.findByCode("SW-15").orElseThrow().getNameAr()).isEqualTo("أمن ولاية تيزي وزو");
	}
}
