package dz.sanad.territory;

import dz.sanad.audit.AuditSearch;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.UnitForm;
import dz.sanad.organisation.UnitKind;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TerritoryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Organisation organisation;

	@Autowired
	AuditSearch audit;

	@Test
	void apiListsThe69WilayasWithTheirArabicAndFrenchNames() throws Exception {
		mvc.perform(get("/api/territory/wilayas").with(DemoUsers.as(users, "member")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(69)))
			.andExpect(jsonPath("$[15].code").value("16"))
			.andExpect(jsonPath("$[15].nameFr").value("Alger"))
			.andExpect(jsonPath("$[15].nameAr").value("الجزائر"))
			.andExpect(jsonPath("$[68].code").value("69"))
			.andExpect(jsonPath("$[68].parentCode").value("32"));
	}

	@Test
	void exportsAreXlsxWithEscapedFormulasAndAreAudited() throws Exception {
		UnitForm f = new UnitForm();
		f.setCode("CCL-09-INJ");
		f.setKind(UnitKind.CULTURAL_CENTRE);
		f.setNameAr("=HYPERLINK(\"http://x\")");
		f.setNameFr("+cmd|' /C calc'!A0");
		f.setParentId(organisation.findByCode("SW-09").orElseThrow().getId());
		organisation.create(f);

		byte[] xlsx = mvc.perform(get("/organisation/units/export?q=CCL-09-INJ").with(DemoUsers.as(users, "dgsn")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(0).getCellText(0)).isEqualTo("الرمز");
			assertThat(rows.get(1).getCellText(2)).isEqualTo("'=HYPERLINK(\"http://x\")");
			assertThat(rows.get(1).getCellText(3)).startsWith("'+cmd");
		}
		assertThat(audit.search(new AuditSearch.AuditFilter("dgsn", "EXPORT", "units", null, null, null),
				Pageable.ofSize(5)).getContent()).isNotEmpty();

		byte[] wilayas = mvc.perform(get("/territory/wilayas/export?recent=true&lang=fr")
			.with(DemoUsers.as(users, "committee"))).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(wilayas))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows).hasSize(1 + 21); // header + the 21 wilayas created since 2019
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Code");
		}
	}
}
