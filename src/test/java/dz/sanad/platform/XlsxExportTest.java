package dz.sanad.platform;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Spreadsheets say what the pages say: sheets named in the reader's language, words instead of codes. */
@IntegrationTest
class XlsxExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	record Sheet(String name, List<List<String>> rows) {

		String text() {
			return rows.stream().flatMap(List::stream).collect(Collectors.joining("|"));
		}
	}

	Sheet export(String user, String path, String lang) throws Exception {
		byte[] bytes = mvc.perform(get(path).with(DemoUsers.as(users, user)).param("lang", lang))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			var sheet = wb.getFirstSheet();
			List<List<String>> rows = sheet.read().stream()
				.map(r -> r.stream().map(c -> c == null ? "" : c.getRawValue() == null ? "" : c.getText()).toList())
				.toList();
			return new Sheet(sheet.getName(), rows);
		}
	}

	@Test
	void sessionsInArabicAndUnitsInFrenchReadAsWords() throws Exception {
		Sheet sessions = export("ministry", "/training/sessions/export", "ar");
		assertThat(sessions.name()).isEqualTo("الدورات التكوينية");
		assertThat(sessions.text()).doesNotContain("|OPEN|").doesNotContain("|CLOSED|").doesNotContain("|DRAFT|");
		Sheet units = export("admin", "/organisation/units/export", "fr");
		assertThat(units.name()).isEqualTo("Unités");
		assertThat(units.text()).contains("|Oui").doesNotContain("|true").doesNotContain("|CULTURAL_CENTRE|")
			.doesNotContain("|WILAYA_SERVICE|");
	}
}
