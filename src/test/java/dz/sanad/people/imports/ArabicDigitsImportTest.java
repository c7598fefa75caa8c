package dz.sanad.people.imports;

import dz.sanad.people.PersonRules;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** HR files typed in Arabic write their dates in Arabic-Indic (or Persian) digits: they import like Latin ones. */
@IntegrationTest
class ArabicDigitsImportTest {

	@Autowired
	PeopleImports imports;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void datesInArabicIndicDigitsAreRead() {
		assertThat(PersonRules.date("٠٣/٠٤/١٩٧٩")).contains(LocalDate.of(1979, 4, 3));
		assertThat(PersonRules.date("١٩٨١-١١-٣٠")).contains(LocalDate.of(1981, 11, 30));
		assertThat(PersonRules.date("۰۵/۰۶/۲۰۱۲")).contains(LocalDate.of(2012, 6, 5));
	}

	@Test
	void aCsvWithArabicIndicBirthDatesImports() throws Exception {
		SanadUser dgsn = (SanadUser) users.loadUserByUsername("dgsn");
		String csv = "رقم التسجيل;اللقب;الاسم;الجنس;رمز الولاية;تاريخ الميلاد\nCSV-AR-1;بلقاسم;نورة;أنثى;16;٠٣/٠٤/١٩٧٩\n";
		byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
		ImportJob preview = PeopleImportsTest.finished(imports,
				imports.upload(dgsn, "ar.csv", bytes.length, new ByteArrayInputStream(bytes)).id());
		assertThat(preview.errorRows()).isZero();
		ImportJob done = PeopleImportsTest.finished(imports, imports.commit(dgsn, preview.id()).id());
		assertThat(done.membersCreated()).isEqualTo(1);
		assertThat(jdbc.sql("select birth_date from people_member where matricule = 'CSV-AR-1'").query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(1979, 4, 3));
	}
}
