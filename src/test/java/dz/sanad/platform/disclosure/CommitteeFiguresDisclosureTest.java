package dz.sanad.platform.disclosure;

import dz.sanad.platform.SanadUser;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import dz.sanad.welfare.WelfareStats;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee's existing aggregate views under the disclosure rule. Before the rule, a single small wilaya was
 * shown "&lt;5" next to the national total, so the total minus the other wilayas gave it away, and the activities
 * export wrote a hidden rating as a blank cell. Here every export the committee gets is read back: no count cell
 * is blank, and no column with a shown total has exactly one hidden cell (that one would be the total minus the
 * others).
 */
@IntegrationTest
class CommitteeFiguresDisclosureTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WelfareStats welfareStats;

	List<List<String>> export(String user, String path) throws Exception {
		byte[] bytes = mvc.perform(get(path).with(DemoUsers.as(users, user)).param("lang", "fr"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			return wb.getFirstSheet().read().stream()
				.map(r -> r.stream().map(c -> c == null || c.getRawValue() == null ? "" : c.getText()).toList())
				.toList();
		}
	}

	/** Columns 1..n of a sheet whose last line is the totals line: never blank, never one hidden cell alone. */
	static void protectedColumns(List<List<String>> sheet, int firstColumn, int lastColumn) {
		List<List<String>> data = sheet.subList(1, sheet.size() - 1);
		List<String> totals = sheet.get(sheet.size() - 1);
		assertThat(totals.get(0)).isEqualTo("Total");
		for (int c = firstColumn; c <= lastColumn; c++) {
			int col = c;
			assertThat(data).as("column %d has no blank cell", c).allSatisfy(r -> assertThat(r.get(col)).isNotBlank());
			long hidden = data.stream().filter(r -> r.get(col).startsWith("<")).count();
			if (!totals.get(c).startsWith("<")) {
				assertThat(hidden).as("column %s: one hidden cell beside a shown total", sheet.get(0).get(c))
					.isNotEqualTo(1);
			}
			else {
				assertThat(hidden).as("a hidden total leaves no hidden cell... or several").isNotEqualTo(0L)
					.satisfiesAnyOf(h -> assertThat(h).isGreaterThan(0));
			}
			data.stream().map(r -> r.get(col)).filter(v -> !v.startsWith("<"))
				.forEach(v -> assertThat(v).as("a shown count").matches("\\d+(\\.\\d+)?"));
		}
	}

	@Test
	void theHolidaysSeasonReportExportHidesNoWilayaBehindTheNationalTotal() throws Exception {
		Long season = jdbc.sql("select season_id from holiday_application group by 1 order by count(*) desc limit 1")
			.query(Long.class).single();
		List<List<String>> sheet = export("committee", "/holidays/seasons/" + season + "/report/export");
		protectedColumns(sheet, 1, 2);
		assertThat(sheet.stream().flatMap(List::stream)).as("the demo season has small wilayas").anyMatch(v -> v.equals("<5"));
		// the directorate gets the same sheet with every count
		List<List<String>> full = export("dgsn", "/holidays/seasons/" + season + "/report/export");
		assertThat(full.stream().flatMap(List::stream)).noneMatch(v -> v.startsWith("<"));
		assertThat(full).hasSameSizeAs(sheet);
	}

	@Test
	void theActivitiesFiguresByWilayaExportNeitherBlankNorDerivable() throws Exception {
		List<List<String>> sheet = export("committee", "/activities/stats/export");
		protectedColumns(sheet, 1, 6);
		assertThat(sheet.stream().flatMap(List::stream)).as("the demo has small wilayas").anyMatch(v -> v.equals("<5"));
		// the mean rating of a wilaya with too few ratings reads "<5", never a blank cell
		assertThat(sheet.subList(1, sheet.size())).allSatisfy(r -> assertThat(r.get(7)).isNotBlank());
		String page = mvc.perform(get("/activities/stats").with(DemoUsers.as(users, "committee")).param("lang", "fr"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("class=\"table table-sm disclosure\"").contains("disclosure-note");
	}

	@Test
	void theTrainingReportsByWilayaAndCentreAreProtectedForTheCommittee() throws Exception {
		for (String kind : new String[] { "WILAYA", "CENTRE", "DOMAIN" }) {
			List<List<String>> sheet = export("committee", "/training/reports/export?kind=" + kind);
			protectedColumns(sheet, 1, 4);
		}
		String page = mvc.perform(get("/training/reports").with(DemoUsers.as(users, "committee")).param("lang", "fr"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"report-WILAYA\"");
	}

	@Test
	void welfareStatisticsHideAComplementaryCategoryBesideTheYearsTotal() {
		SanadUser committee = (SanadUser) users.loadUserByUsername("committee");
		int year = LocalDate.now().getYear();
		for (List<WelfareStats.Cell> cells : List.of(welfareStats.byCategory(committee, year),
				welfareStats.byMonth(committee, year), welfareStats.byWilaya(committee, year))) {
			long hidden = cells.stream().filter(c -> c.shown().startsWith("<")).count();
			if (!welfareStats.summary(committee, year).total().startsWith("<")) {
				assertThat(hidden).as("one hidden group beside the shown total").isNotEqualTo(1);
			}
			assertThat(cells).allSatisfy(c -> assertThat(c.shown()).isNotBlank().isNotEqualTo("0"));
			cells.stream().filter(c -> c.shown().startsWith("<")).forEach(c -> assertThat(c.chartValue()).isNull());
		}
	}
}
