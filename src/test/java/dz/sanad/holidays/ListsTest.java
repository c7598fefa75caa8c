package dz.sanad.holidays;

import dz.sanad.platform.SanadUser;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The camp's lists: bilingual PDF and xlsx per shift (with medical details) and per bus (without). */
@IntegrationTest
class ListsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	HolidayLists holidayLists;

	@Autowired
	HolidayOffers holidayOffers;

	@Autowired
	HolidaySeasons holidaySeasons;

	@Autowired
	JdbcClient jdbc;

	ShiftView fullestShift(Season season) {
		return holidayOffers.shiftViews(season.getId()).stream().filter(v -> v.offer().getKind() == OfferKind.CAMP)
			.max(java.util.Comparator.comparingInt(v -> v.shift().getTaken())).orElseThrow();
	}

	@Test
	void shiftListAsPdfXlsxAndPageWithEmergencyContactsAndMedicalDetails() throws Exception {
		Season past = Fixture.demoPast(holidaySeasons);
		ShiftView v = fullestShift(past);
		SanadUser dgsn = (SanadUser) users.loadUserByUsername("dgsn");
		List<ApplicationRow> rows = holidayLists.participants(dgsn, v.shift().getId());
		assertThat(rows).hasSize(v.shift().getTaken()).isNotEmpty();
		ApplicationRow first = rows.get(0);

		byte[] pdf = mvc.perform(get("/holidays/shifts/" + v.shift().getId() + "/list.pdf")
			.with(DemoUsers.as(users, "dgsn"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse()
			.getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			// a long name may wrap inside its table cell: compare with the line breaks folded
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			String latin = first.childName().substring(first.childName().indexOf('/') + 2); // "Arabic / Latin"
			// PDFBox extracts Amiri's "fi" ligature as a stray code point (Sofiane → "Soᩇane"): check the
			// upper-case surname and the matricule, which never form ligatures
			String surname = latin.substring(latin.lastIndexOf(' ') + 1);
			// mixed Arabic/Latin cells come out of the extractor in visual order, so the matricule is checked on the
			// page below and the PDF is checked for the surname
			assertThat(text.replace(" ", "")).contains(surname);
			assertThat(text).contains("Urgence").contains("médicales")
				.contains(first.app().getEmergencyPhone1().replace("+", "")).contains(v.offer().getSiteNameFr());
		}

		byte[] xlsx = mvc.perform(get("/holidays/shifts/" + v.shift().getId() + "/list.xlsx").param("lang", "fr")
			.with(DemoUsers.as(users, "dgsn"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> sheet = wb.getFirstSheet().read();
			assertThat(sheet).hasSize(rows.size() + 1);
			assertThat(sheet.get(0).getCellText(sheet.get(0).getCellCount() - 1)).isEqualTo("Notes médicales (allergies, traitement)");
		}

		mvc.perform(get("/holidays/shifts/" + v.shift().getId()).param("lang", "ar").with(DemoUsers.as(users, "dgsn")))
			.andExpect(status().isOk()).andExpect(content().string(containsString(first.matricule())))
			.andExpect(content().string(containsString("ملاحظات طبية")));
		// every look at the medical details is in the audit trail
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'READ' and entity_type = 'holiday_shift_list' and entity_id = ?")
			.param(String.valueOf(v.shift().getId())).query(Integer.class).single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void busListHasEmergencyContactsButNoMedicalDetails() throws Exception {
		Season past = Fixture.demoPast(holidaySeasons);
		ShiftView v = fullestShift(past);
		Bus bus = holidayOffers.buses(List.of(v.shift().getId())).stream().filter(b -> "16".equals(b.getWilayaCode()))
			.findFirst().orElseThrow();
		byte[] pdf = mvc.perform(get("/holidays/buses/" + bus.getId() + "/list.pdf")
			.with(DemoUsers.as(users, "wilaya16"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Urgence").contains(bus.getLabel()).doesNotContain("Notes médicales");
		}
		mvc.perform(get("/holidays/buses/" + bus.getId()).param("lang", "fr").with(DemoUsers.as(users, "wilaya16")))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("Notes médicales"))));
		SanadUser officer = (SanadUser) users.loadUserByUsername("wilaya16");
		assertThat(holidayLists.passengers(officer, bus.getId())).allMatch(r -> "16".equals(r.app().getWilayaCode()))
			.hasSizeLessThanOrEqualTo(bus.getSeats());
	}

	@Test
	void pagesRenderInArabicAndFrench() throws Exception {
		Season past = Fixture.demoPast(holidaySeasons);
		Season open = Fixture.demoOpen(holidaySeasons);
		for (String lang : new String[] { "ar", "fr", "en" }) {
			mvc.perform(get("/holidays/seasons/" + open.getId()).param("lang", lang).with(DemoUsers.as(users, "dgsn")))
				.andExpect(status().isOk());
			mvc.perform(get("/holidays/seasons/" + past.getId() + "/report").param("lang", lang)
				.with(DemoUsers.as(users, "dgsn"))).andExpect(status().isOk());
			mvc.perform(get("/holidays/applications").param("lang", lang).param("seasonId", past.getId().toString())
				.with(DemoUsers.as(users, "wilaya16"))).andExpect(status().isOk());
			mvc.perform(get("/holidays/seasons/" + open.getId() + "/apply").param("lang", lang)
				.with(DemoUsers.as(users, "member"))).andExpect(status().isOk());
		}
		mvc.perform(get("/holidays/seasons/" + open.getId()).param("lang", "fr").with(DemoUsers.as(users, "member")))
			.andExpect(content().string(containsString("Enfant de martyr du devoir")))
			.andExpect(content().string(containsString("Candidater")));
		mvc.perform(get("/holidays").param("lang", "ar").with(DemoUsers.as(users, "member")))
			.andExpect(content().string(containsString("المخيمات الصيفية والرحلات السياحية")));
	}
}
