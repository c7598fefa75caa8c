package dz.sanad.people;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Consents (children only through a guardian), self-service corrections, and the right of access. */
@IntegrationTest
class ConsentAndCorrectionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PeopleConsents consents;

	long karim() {
		return jdbc.sql("select id from people_member where matricule = 'M-16-0001'").query(Long.class).single();
	}

	long child(String firstNameAr) {
		return jdbc.sql("select id from people_family_member where member_id = ? and first_name_ar = ?")
			.params(karim(), firstNameAr).query(Long.class).single();
	}

	@Test
	void aChildsConsentNeedsAGuardianAndCanBeWithdrawn() throws Exception {
		var officer = DemoUsers.as(users, "wilaya16");
		long omar = child("عمر");
		mvc.perform(post("/api/people/members/" + karim() + "/consents").with(officer).with(csrf())
				.param("lang", "fr").contentType(MediaType.APPLICATION_JSON).content("""
						{"familyMemberId":%d,"purpose":"HOLIDAYS","givenBy":"Omar","givenAt":"2026-06-01"}""".formatted(omar)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(containsString("tuteur")));
		assertThat(consents.hasConsent(karim(), omar, ConsentPurpose.HOLIDAYS)).isFalse();
		String body = mvc.perform(post("/api/people/members/" + karim() + "/consents").with(officer).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"familyMemberId":%d,"purpose":"HOLIDAYS","givenBy":"كريم بن علي","guardian":true,"givenAt":"2026-06-01","scope":"camp 2026"}"""
					.formatted(omar)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		assertThat(consents.hasConsent(karim(), omar, ConsentPurpose.HOLIDAYS)).isTrue();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
		mvc.perform(get("/people/members/" + karim()).with(officer)).andExpect(status().isOk())
			.andExpect(content().string(containsString("camp 2026")));
		mvc.perform(post("/api/people/consents/" + id + "/withdraw").with(officer).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"changed mind\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.withdrawalReason").value("changed mind"));
		assertThat(consents.hasConsent(karim(), omar, ConsentPurpose.HOLIDAYS)).isFalse();
		mvc.perform(post("/api/people/consents/" + id + "/withdraw").with(officer).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'consent' and action = 'WITHDRAW'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void theMemberGivesConsentForThemselfAndAsGuardianOfTheirChildren() throws Exception {
		var member = DemoUsers.as(users, "member");
		long meriem = child("مريم");
		mvc.perform(post("/people/me/consents").with(member).with(csrf()).param("familyMemberId", String.valueOf(meriem))
				.param("purpose", "SOCIAL_ACTIVITIES"))
			.andExpect(status().is3xxRedirection());
		assertThat(consents.hasConsent(karim(), meriem, ConsentPurpose.SOCIAL_ACTIVITIES)).isTrue();
		mvc.perform(post("/people/me/consents").with(member).with(csrf()).param("purpose", "TRAINING"))
			.andExpect(status().is3xxRedirection());
		assertThat(consents.hasConsent(karim(), null, ConsentPurpose.TRAINING)).isTrue();
		mvc.perform(get("/people/me").with(member).param("lang", "ar")).andExpect(status().isOk())
			.andExpect(content().string(containsString("كريم بن علي")));
	}

	@Test
	void anAdultOfTheHouseholdConsentsInPersonNotThroughTheMember() throws Exception {
		var member = DemoUsers.as(users, "member");
		long nassima = child("نسيمة"); // the spouse, an adult
		String page = mvc.perform(get("/people/me").with(member)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String subjects = page.substring(page.indexOf("id=\"c-subject\""));
		subjects = subjects.substring(0, subjects.indexOf("</select>"));
		assertThat(subjects).contains("value=\"" + child("مريم") + "\"").doesNotContain("value=\"" + nassima + "\"");
		mvc.perform(post("/people/me/consents").with(member).with(csrf()).param("familyMemberId", String.valueOf(nassima))
				.param("purpose", "HEALTH_CARE").param("lang", "fr"))
			.andExpect(status().is3xxRedirection());
		assertThat(consents.hasConsent(karim(), nassima, ConsentPurpose.HEALTH_CARE)).isFalse();
		var officer = DemoUsers.as(users, "wilaya16");
		mvc.perform(post("/api/people/members/" + karim() + "/consents").with(officer).with(csrf())
				.param("lang", "fr").contentType(MediaType.APPLICATION_JSON).content("""
						{"familyMemberId":%d,"purpose":"HEALTH_CARE","givenBy":"كريم بن علي","guardian":true,"givenAt":"2026-06-01"}"""
					.formatted(nassima)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(containsString("enfants mineurs")));
		assertThat(consents.hasConsent(karim(), nassima, ConsentPurpose.HEALTH_CARE)).isFalse();
		mvc.perform(post("/api/people/members/" + karim() + "/consents").with(officer).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"familyMemberId":%d,"purpose":"HEALTH_CARE","givenBy":"نسيمة حداد","givenAt":"2026-06-01"}"""
					.formatted(nassima)))
			.andExpect(status().isCreated());
		assertThat(consents.hasConsent(karim(), nassima, ConsentPurpose.HEALTH_CARE)).isTrue();
	}

	@Test
	void memberAsksACorrectionAndTheWilayaOfficerDecides() throws Exception {
		var member = DemoUsers.as(users, "member");
		var officer = DemoUsers.as(users, "wilaya16");
		mvc.perform(post("/people/me/corrections").with(member).with(csrf()).param("field", "PHONE")
				.param("requestedValue", "0661 22 33 44").param("comment", "new number"))
			.andExpect(status().is3xxRedirection());
		long phone = jdbc.sql("select id from people_correction where field = 'PHONE' order by id desc limit 1")
			.query(Long.class).single();
		mvc.perform(get("/people/corrections").with(officer).param("status", "PENDING")).andExpect(status().isOk())
			.andExpect(content().string(containsString("0661 22 33 44")));
		mvc.perform(post("/people/corrections/" + phone + "/accept").with(officer).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select phone from people_member where id = ?").param(karim()).query(String.class).single())
			.isEqualTo("+213661223344");
		// a refusal needs a reason; a decided request stays decided
		String body = mvc.perform(post("/api/people/me/corrections").with(member).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"familyMemberId":%d,"field":"FIRST_NAME_LAT","requestedValue":"Yassine"}""".formatted(child("ياسين"))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long name = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
		mvc.perform(post("/api/people/corrections/" + name + "/refuse").with(officer).with(csrf()))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("reason"));
		mvc.perform(post("/api/people/corrections/" + name + "/refuse").with(officer).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"as on the birth certificate\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFUSED"));
		mvc.perform(post("/api/people/corrections/" + name + "/accept").with(officer).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select first_name_lat from people_family_member where id = ?").param(child("ياسين"))
			.query(String.class).single()).isEqualTo("Yacine");
		// a member cannot correct someone else's family
		long other = jdbc.sql("select id from people_family_member where member_id <> ? limit 1").param(karim())
			.query(Long.class).single();
		mvc.perform(post("/api/people/me/corrections").with(member).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"familyMemberId\":%d,\"field\":\"FIRST_NAME_LAT\",\"requestedValue\":\"X\"}".formatted(other)))
			.andExpect(status().isNotFound()); // like an id that does not exist
	}

	@Test
	void rightOfAccessAsJsonAndPdfForTheDpoAndTheMember() throws Exception {
		var dpo = DemoUsers.as(users, "dpo");
		long family = jdbc.sql("select count(*) from people_family_member where member_id = ? and active").param(karim())
			.query(Long.class).single();
		// readable by the person: a summary, translated labels and values, local time, no internal ids, no codes
		String json = mvc.perform(get("/api/people/members/" + karim() + "/access").with(dpo).param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subject.matricule").value("M-16-0001"))
			.andExpect(jsonPath("$.summary[?(@.section == 'family')].count").value(org.hamcrest.Matchers.hasItem((int) family)))
			.andExpect(jsonPath("$.sections[0].records[0][?(@.field == 'grade')].value")
				.value(org.hamcrest.Matchers.hasItem("Brigadier-chef")))
			.andExpect(jsonPath("$.sections[0].records[0][?(@.field == 'grade')].label")
				.value(org.hamcrest.Matchers.hasItem("Grade")))
			.andExpect(jsonPath("$.generatedAt").value(org.hamcrest.Matchers.endsWith("+01:00")))
			// everything Sanad holds: the other modules' records too (Karim's children applied for camps)
			.andExpect(jsonPath("$.summary[*].section").value(org.hamcrest.Matchers.hasItems("training", "holidays", "act")))
			.andExpect(jsonPath("$.summary[?(@.section == 'holidays')].count").value(
				org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1))))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).doesNotContain("BRIGADIER_CHEF").doesNotContain("OPERATIONAL").doesNotContain("unitId")
			.doesNotContain("memberId").doesNotContain("\"true\"").doesNotContain("access.section.");
		byte[] pdf = mvc.perform(get("/people/members/" + karim() + "/access.pdf").with(dpo).param("lang", "ar"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("M-16-0001").contains("Benali").doesNotContain("BRIGADIER_CHEF")
				.doesNotContain("OPERATIONAL").doesNotContain("true");
		}
		var member = DemoUsers.as(users, "member");
		mvc.perform(get("/people/me/access.json").with(member)).andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[0].records[0][?(@.field == 'nin')].value")
				.value(org.hamcrest.Matchers.hasItem("119850160000123456")));
		mvc.perform(get("/people/me/access.pdf").with(member).param("family", String.valueOf(child("عمر"))))
			.andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
		long other = jdbc.sql("select id from people_family_member where member_id <> ? limit 1").param(karim())
			.query(Long.class).single();
		mvc.perform(get("/api/people/me/access").with(member).param("family", String.valueOf(other)))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'READ' and summary = 'right of access export'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(3);
	}
}
