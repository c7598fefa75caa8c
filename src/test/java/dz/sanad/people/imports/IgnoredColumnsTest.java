package dz.sanad.people.imports;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An import never drops data silently: HR spellings are read, and a column it cannot read is named and acknowledged. */
@IntegrationTest
class IgnoredColumnsTest {

	@Autowired
	PeopleImports imports;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ImportJob await(long id) throws InterruptedException {
		return PeopleImportsTest.finished(imports, id);
	}

	ImportJob upload(String name, byte[] bytes) throws InterruptedException {
		var dgsn = (dz.sanad.platform.SanadUser) users.loadUserByUsername("dgsn");
		return await(imports.upload(dgsn, name, bytes.length, new java.io.ByteArrayInputStream(bytes)).id());
	}

	@Test
	void theTemplateListsTheAcceptedHeaders() throws Exception {
		byte[] template = mvc.perform(get("/people/imports/template.xlsx").with(DemoUsers.as(users, "dgsn"))
				.param("lang", "fr")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(template))) {
			var sheet = wb.findSheet("alias").orElseThrow();
			String text = sheet.read().stream().flatMap(r -> r.stream()).filter(java.util.Objects::nonNull)
				.map(c -> c.getText()).reduce("", (x, y) -> x + "\n" + y);
			assertThat(text).contains("nom fr", "prenom fr", "date naissance", "اللقب بالفرنسية");
		}
		assertThat(upload("template.xlsx", template).ignoredColumns()).isNull();
	}

	@Test
	void latinNamesUnderNomFrAreReadAndAnUnknownColumnMustBeAcknowledged() throws Exception {
		var dgsn = DemoUsers.as(users, "dgsn");
		String csv = "matricule;nom_ar;prenom_ar;nom_fr;prenom_fr;sexe;code wilaya;date_naissance;groupe sanguin\n"
				+ "IGN-1;حداد;سمير;Haddad;Samir;M;16;02/03/1985;O+\n";
		ImportJob job = upload("hr.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(job.status()).isEqualTo(ImportStatus.PREVIEWED);
		assertThat(job.errorRows()).isZero();
		assertThat(job.ignoredColumns()).isEqualTo("csv: groupe sanguin");
		mvc.perform(get("/people/imports/" + job.id()).with(dgsn).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("groupe sanguin")))
			.andExpect(content().string(containsString("ne seront PAS importées")))
			.andExpect(content().string(containsString("name=\"acknowledgeIgnored\"")));
		// not acknowledged: refused, by API and by page, nothing written
		mvc.perform(post("/api/people/imports/" + job.id() + "/commit").with(dgsn).with(csrf()).param("lang", "fr"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(containsString("colonnes")));
		mvc.perform(post("/people/imports/" + job.id() + "/commit").with(dgsn).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(await(job.id()).status()).isEqualTo(ImportStatus.PREVIEWED);
		assertThat(jdbc.sql("select count(*) from people_member where matricule = 'IGN-1'").query(Long.class).single())
			.isZero();
		mvc.perform(post("/people/imports/" + job.id() + "/commit").with(dgsn).with(csrf())
				.param("acknowledgeIgnored", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(await(job.id()).membersCreated()).isEqualTo(1);
		assertThat(jdbc.sql("select first_name_lat || ' ' || last_name_lat || ' ' || birth_date from people_member where matricule = 'IGN-1'")
			.query(String.class).single()).isEqualTo("Samir Haddad 1985-03-02");
	}
}
