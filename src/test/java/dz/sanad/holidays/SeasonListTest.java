package dz.sanad.holidays;

import dz.sanad.holidays.HolidaySeasons.SeasonForm;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The seasons list: filters (status, year, text), paging, and its xlsx export, as a page and in the API. */
@IntegrationTest
class SeasonListTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	HolidaySeasons holidaySeasons;

	/** Three draft seasons of one year sharing a tag no other season has in its name. */
	String threeTaggedSeasons(int year) {
		String tag = "Tag" + Long.toString(System.nanoTime(), 36);
		LocalDate from = LocalDate.of(year, 3, 1);
		for (int i = 1; i <= 3; i++) {
			holidaySeasons.createSeason(new SeasonForm(year, "موسم " + tag + " " + i, "Saison " + tag + " " + i,
					from, from.plusDays(30), null, 7));
		}
		return tag;
	}

	@Test
	void theApiFiltersByStatusYearAndTextAndPages() throws Exception {
		Season open = Fixture.demoOpen(holidaySeasons);
		Season past = Fixture.demoPast(holidaySeasons);
		mvc.perform(get("/api/holidays/seasons").param("status", "OPEN").param("size", "200")
			.with(DemoUsers.as(users, "member"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].status", everyItem(is("OPEN"))))
			.andExpect(jsonPath("$.content[*].id", hasItem(open.getId().intValue())))
			.andExpect(jsonPath("$.content[*].id", not(hasItem(past.getId().intValue()))));
		mvc.perform(get("/api/holidays/seasons").param("year", String.valueOf(past.getYear())).param("size", "200")
			.with(DemoUsers.as(users, "dgsn"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].year", everyItem(is(past.getYear()))))
			.andExpect(jsonPath("$.content[*].id", hasItem(past.getId().intValue())));

		String tag = threeTaggedSeasons(2091);
		mvc.perform(get("/api/holidays/seasons").param("q", tag.toLowerCase()).param("size", "2")
			.with(DemoUsers.as(users, "dgsn"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(2)))
			.andExpect(jsonPath("$..totalElements", contains(3)))
			.andExpect(jsonPath("$.content[*].nameFr", contains("Saison " + tag + " 3", "Saison " + tag + " 2")));
		mvc.perform(get("/api/holidays/seasons").param("q", tag).param("size", "2").param("page", "1")
			.with(DemoUsers.as(users, "dgsn"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].nameFr", contains("Saison " + tag + " 1")));
		// the text is matched in either name, and combined with the other filters
		mvc.perform(get("/api/holidays/seasons").param("q", "موسم " + tag).param("status", "OPEN")
			.with(DemoUsers.as(users, "dgsn"))).andExpect(jsonPath("$.content", hasSize(0)));
		// a text with wildcards is taken literally
		mvc.perform(get("/api/holidays/seasons").param("q", "%").with(DemoUsers.as(users, "dgsn")))
			.andExpect(jsonPath("$.content", hasSize(0)));
	}

	@Test
	void thePageFiltersPagesAndKeepsTheFiltersInItsLinks() throws Exception {
		String tag = threeTaggedSeasons(2092);
		mvc.perform(get("/holidays?q=" + tag + "&year=2092&size=2&lang=fr")
			.with(DemoUsers.as(users, "head"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Saison " + tag + " 3")))
			.andExpect(content().string(containsString("Saison " + tag + " 2")))
			.andExpect(content().string(not(containsString("Saison " + tag + " 1"))))
			.andExpect(content().string(containsString("/holidays?q=" + tag + "&amp;year=2092&amp;size=2&amp;page=1")))
			.andExpect(content().string(containsString("/holidays/export?q=" + tag)));
		mvc.perform(get("/holidays").param("q", tag).param("size", "2").param("page", "1").param("lang", "fr")
			.with(DemoUsers.as(users, "head"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Saison " + tag + " 1")))
			.andExpect(content().string(not(containsString("Saison " + tag + " 3"))));
		Season open = Fixture.demoOpen(holidaySeasons);
		mvc.perform(get("/holidays").param("status", "DRAFT").param("size", "200").param("lang", "fr")
			.with(DemoUsers.as(users, "dgsn"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/holidays/seasons/" + open.getId() + "\""))));
	}

	@Test
	void theExportHoldsEveryFilteredSeasonInTheCallersLanguage() throws Exception {
		String tag = threeTaggedSeasons(2093);
		byte[] xlsx = mvc.perform(get("/holidays/export").param("q", tag).param("lang", "fr")
			.with(DemoUsers.as(users, "wilaya16"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("holiday-seasons")))
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> sheet = wb.getFirstSheet().read();
			assertThat(sheet).hasSize(4);
			assertThat(sheet.get(0).getCellText(0)).isEqualTo("Année");
			assertThat(sheet.get(1).getCellText(2)).isEqualTo("Saison " + tag + " 3");
			assertThat(sheet.get(1).getCellText(3)).isEqualTo("Brouillon");
			assertThat(sheet.stream().skip(1).map(r -> r.getCellText(0))).containsOnly("2093");
		}
	}
}
