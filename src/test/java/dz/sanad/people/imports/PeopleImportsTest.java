package dz.sanad.people.imports;

import dz.sanad.platform.SanadUser;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** HR imports: preview, row errors, all-or-nothing commit, idempotent re-import, every kind of bad file. */
@IntegrationTest
class PeopleImportsTest {

	static final String[] MEMBER_FR = { "Matricule", "NIN", "Nom (arabe)", "Prénom (arabe)", "Nom (latin)",
			"Prénom (latin)", "Sexe", "Date de naissance", "Grade", "Fonction", "Code unité", "Code wilaya", "Téléphone" };

	static final String[] FAMILY_FR = { "Matricule", "Lien de parenté", "Nom (arabe)", "Prénom (arabe)", "Sexe",
			"Date de naissance", "Handicap", "Niveau scolaire" };

	@Autowired
	PeopleImports imports;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SanadUser dgsn() {
		return (SanadUser) users.loadUserByUsername("dgsn");
	}

	/** Waits for the background job (no timing assertion: it just has to end). */
	ImportJob await(long id) throws InterruptedException {
		return finished(imports, id);
	}

	/** Waits for the background job to end (no timing assertion: it just has to end). */
	static ImportJob finished(PeopleImports imports, long id) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			ImportJob job = imports.get(id);
			if (!job.status().running()) {
				return job;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import " + id + " did not finish");
	}

	ImportJob upload(String name, byte[] bytes) throws InterruptedException {
		return await(imports.upload(dgsn(), name, bytes.length, new ByteArrayInputStream(bytes)).id());
	}

	ImportJob commit(long id) throws InterruptedException {
		return await(imports.commit(dgsn(), id).id());
	}

	static byte[] xlsx(List<String[]> members, List<String[]> family) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook wb = new Workbook(out, "test", "1.0");
		sheet(wb.newWorksheet("membres"), MEMBER_FR, members);
		if (family != null) {
			sheet(wb.newWorksheet("familles"), FAMILY_FR, family);
		}
		wb.finish();
		return out.toByteArray();
	}

	static void sheet(Worksheet ws, String[] header, List<String[]> rows) {
		for (int c = 0; c < header.length; c++) {
			ws.value(0, c, header[c]);
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).length; c++) {
				if (rows.get(r)[c] != null) {
					ws.value(r + 1, c, rows.get(r)[c]);
				}
			}
		}
	}

	static String[] member(String matricule, String nin, String wilaya, String unit, String phone) {
		return new String[] { matricule, nin, "زروقي", "أمينة", "Zerrouki", "Amina", "F", "12/05/1988", "INSPECTEUR",
				"EDUCATOR", unit, wilaya, phone };
	}

	long count(String sql, Object... args) {
		return jdbc.sql(sql).params(args).query(Long.class).single();
	}

	@Test
	void previewCommitAndReimportChangesNothing() throws Exception {
		byte[] file = xlsx(List.<String[]>of(member("IMP-1", "119880160000000901", "16", "CCL-16-1", "0550 11 22 33"),
				member("IMP-2", "119880160000000902", "16", null, "+213 661 00 11 22"),
				member("IMP-3", null, "31", "CCL-31-1", null)),
				List.of(new String[] { "IMP-1", "enfant", "زروقي", "ياسين", "M", "01/09/2016", "non", "PRIMARY" },
						new String[] { "IMP-1", "conjoint", "حداد", "سمير", "M", "02/02/1985", "0", null },
						new String[] { "IMP-3", "ابن", "زروقي", "مريم", "F", "2019-03-04", "نعم", "PRESCHOOL" }));
		ImportJob preview = upload("rh.xlsx", file);
		assertThat(preview.status()).as(preview.failureKey() + " " + preview.failureArg()).isEqualTo(ImportStatus.PREVIEWED);
		assertThat(preview.errorRows()).isZero();
		assertThat(preview.memberRows()).isEqualTo(3);
		assertThat(preview.familyRows()).isEqualTo(3);
		assertThat(count("select count(*) from people_member where matricule like 'IMP-%'")).isZero(); // preview writes nothing
		ImportJob done = commit(preview.id());
		assertThat(done.status()).isEqualTo(ImportStatus.COMMITTED);
		assertThat(done.membersCreated()).isEqualTo(3);
		assertThat(done.familyCreated()).isEqualTo(3);
		assertThat(done.committedBy()).isEqualTo("dgsn");
		assertThat(jdbc.sql("select phone from people_member where matricule = 'IMP-2'").query(String.class).single())
			.isEqualTo("+213661001122");
		assertThat(jdbc.sql("select search_ar from people_member where matricule = 'IMP-1'").query(String.class)
			.single()).isEqualTo("امينه زروقي");
		assertThat(count("select count(*) from people_family_member f join people_member m on m.id = f.member_id where m.matricule = 'IMP-3' and f.disability"))
			.isEqualTo(1);
		assertThat(count("select count(*) from audit_entry where entity_type = 'people-import' and action = 'IMPORT' and actor = 'dgsn'"))
			.isPositive();
		// the same file again: nothing created, nothing updated
		ImportJob again = commit(upload("rh.xlsx", file).id());
		assertThat(again.status()).isEqualTo(ImportStatus.COMMITTED);
		assertThat(List.of(again.membersCreated(), again.membersUpdated(), again.familyCreated(), again.familyUpdated()))
			.containsOnly(0);
		assertThat(count("select count(*) from people_member where matricule like 'IMP-%'")).isEqualTo(3);
		// a changed phone updates one member only
		ImportJob changed = commit(upload("rh2.xlsx", xlsx(List.<String[]>of(member("IMP-2", "119880160000000902", "16", null,
				"0770 00 00 01")), null)).id());
		assertThat(changed.membersUpdated()).isEqualTo(1);
		assertThat(changed.membersCreated()).isZero();
	}

	boolean staged(long id) {
		return jdbc.sql("select to_regclass('people_import_m_' || ?) is not null").param(id).query(Boolean.class).single();
	}

	@Test
	void theCommitUsesTheRowsStagedByThePreviewAndDropsThem() throws Exception {
		byte[] file = xlsx(List.<String[]>of(member("STG-1", "119880160000000931", "16", "CCL-16-1", null)),
				List.<String[]>of(new String[] { "STG-1", "enfant", "زروقي", "ياسين", "M", "01/09/2016", "0", null }));
		ImportJob preview = upload("stg.xlsx", file);
		assertThat(preview.errorRows()).isZero();
		assertThat(staged(preview.id())).isTrue();
		assertThat(count("select count(*) from people_import_m_" + preview.id())).isEqualTo(1);
		ImportJob done = commit(preview.id());
		assertThat(done.status()).isEqualTo(ImportStatus.COMMITTED);
		assertThat(done.membersCreated()).isEqualTo(1);
		assertThat(done.familyCreated()).isEqualTo(1);
		assertThat(staged(preview.id())).isFalse();
		// the name search finds the imported member (its names reach the search dictionary)
		assertThat(count("select count(*) from people_member_name where kind = 'a' and name = 'امينه زروقي'")).isEqualTo(1);
		// a preview whose staged rows are gone (a crash empties unlogged tables): the commit reads the file again
		ImportJob second = upload("stg2.xlsx", xlsx(List.<String[]>of(member("STG-2", null, "16", null, null)), null));
		jdbc.sql("drop table people_import_m_" + second.id() + ", people_import_f_" + second.id()).update();
		ImportJob redone = commit(second.id());
		assertThat(redone.status()).isEqualTo(ImportStatus.COMMITTED);
		assertThat(redone.membersCreated()).isEqualTo(1);
		// a preview with errors keeps nothing staged
		ImportJob bad = upload("stg3.xlsx", xlsx(List.<String[]>of(member("STG-3", "12", "16", null, null)), null));
		assertThat(bad.errorRows()).isEqualTo(1);
		assertThat(staged(bad.id())).isFalse();
	}

	@Test
	void whatMovedInTheDatabaseSinceThePreviewBlocksTheCommit() throws Exception {
		ImportJob preview = upload("moved.xlsx", xlsx(List.<String[]>of(member("MOV-1", "119880160000000941", "16", null, null),
				member("MOV-2", null, "16", null, null)), null));
		assertThat(preview.errorRows()).isZero();
		// meanwhile another member gets that NIN
		jdbc.sql("insert into people_member (matricule, nin, first_name_ar, last_name_ar, sex, wilaya_code) values ('MOV-X', '119880160000000941', 'سمير', 'حداد', 'M', '16')")
			.update();
		ImportJob after = commit(preview.id());
		assertThat(after.status()).isEqualTo(ImportStatus.PREVIEWED);
		assertThat(after.errorRows()).isEqualTo(1);
		assertThat(after.committable()).isFalse();
		assertThat(imports.errors(preview.id(), 10)).extracting(ImportError::messageKey).containsExactly("import.error.nin-taken");
		assertThat(imports.errors(preview.id(), 10).get(0).raw()).contains("MOV-1");
		assertThat(count("select count(*) from people_member where matricule in ('MOV-1', 'MOV-2')")).isZero(); // all or nothing
		assertThat(staged(preview.id())).isFalse();
	}

	@Test
	void rowErrorsAreReportedDownloadableAndBlockTheCommit() throws Exception {
		byte[] file = xlsx(List.<String[]>of(member("BAD-1", "12345", "16", null, null),
				member("BAD-2", "119880160000000911", "99", null, null),
				member("BAD-2", "119880160000000912", "16", null, null),
				member("BAD-4", "119850160000123456", "16", null, null), // Karim's NIN
				member("BAD-5", null, "16", "NOPE-1", "12"),
				member("BAD-6", null, "16", "CCL-31-1", null),
				member("=cmd|' /C calc'!A0", null, "16", null, null)),
				List.of(new String[] { "NOBODY", "enfant", "س", "ع", "M", "01/01/2015", "0", null },
						new String[] { "BAD-1", "cousin", "س", "ع", "M", "01/01/2015", "0", null }));
		ImportJob job = upload("bad.xlsx", file);
		assertThat(job.status()).isEqualTo(ImportStatus.PREVIEWED);
		assertThat(job.errorRows()).isEqualTo(9);
		assertThat(job.committable()).isFalse();
		List<ImportError> errors = imports.errors(job.id(), 100);
		assertThat(errors).extracting(ImportError::messageKey).contains("import.error.nin", "import.error.wilaya",
				"import.error.duplicate-in-file", "import.error.nin-taken", "import.error.unit",
				"import.error.unit-wilaya", "import.error.phone", "import.error.member-unknown",
				"import.error.relation", "import.error.matricule");
		assertThat(errors).filteredOn(e -> e.messageKey().equals("import.error.wilaya")).extracting(ImportError::rowNo)
			.containsExactly(3);
		// commit refused: all or nothing
		mvc.perform(post("/api/people/imports/" + job.id() + "/commit").with(DemoUsers.as(users, "dgsn")).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		assertThat(count("select count(*) from people_member where matricule like 'BAD-%'")).isZero();
		// the error report: the file's cells plus a translated error column, formulas neutralised
		byte[] report = mvc.perform(get("/people/imports/" + job.id() + "/errors.xlsx").param("lang", "fr")
				.with(DemoUsers.as(users, "dgsn")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(report))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(3)).isEqualTo("Erreur");
			assertThat(rows.stream().map(r -> r.getCellText(3))).anyMatch(t -> t.contains("Code wilaya « 99 » inconnu"));
			assertThat(rows.stream().map(r -> r.getCellText(4))).contains("'=cmd|' /C calc'!A0");
		}
		mvc.perform(get("/people/imports/" + job.id()).param("lang", "ar").with(DemoUsers.as(users, "dgsn")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("رمز الولاية &quot;99&quot; غير معروف")));
	}

	@Test
	void csvInUtf8WithBomAndInWindows1256WithArabicHeaders() throws Exception {
		String header = "رقم التسجيل;اللقب;الاسم;الجنس;رمز الولاية;تاريخ الميلاد\n";
		String utf8 = "\uFEFF" + header + "CSV-1;بوعلام;رضا;ذكر;16;03/04/1979\n";
		ImportJob a = commit(upload("a.csv", utf8.getBytes(StandardCharsets.UTF_8)).id());
		assertThat(a.membersCreated()).isEqualTo(1);
		String cp1256 = header + "CSV-2;مسعودي;خديجة;أنثى;25;1981-11-30\n";
		ImportJob b = upload("b.csv", cp1256.getBytes(Charset.forName("windows-1256")));
		assertThat(b.errorRows()).isZero();
		commit(b.id());
		assertThat(jdbc.sql("select first_name_ar || ' ' || last_name_ar || ' ' || sex from people_member where matricule = 'CSV-2'")
			.query(String.class).single()).isEqualTo("خديجة مسعودي F");
		// a families CSV referring to members already in Sanad, comma separated, French headers, no BOM
		String family = "Matricule,Lien,Nom (arabe),Prénom (arabe),Sexe,Date de naissance\nCSV-2,enfant,مسعودي,سارة,F,05/06/2012\n";
		ImportJob c = commit(upload("f.csv", family.getBytes(StandardCharsets.UTF_8)).id());
		assertThat(c.familyCreated()).isEqualTo(1);
	}

	@Test
	void badFilesGetAClearMessageAndChangeNothing() throws Exception {
		long before = count("select count(*) from people_member");
		// not a spreadsheet
		ImportJob pdf = upload("x.xlsx", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(pdf.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(pdf.failureKey()).isEqualTo("import.error.not-spreadsheet");
		ImportJob zip = upload("x.xlsx", zip("hello.txt", new byte[100]));
		assertThat(zip.failureKey()).isEqualTo("import.error.not-spreadsheet");
		// empty
		assertThat(upload("e.csv", new byte[0]).failureKey()).isEqualTo("import.error.empty");
		assertThat(upload("e.csv", "Matricule;Nom (arabe);Prénom (arabe);Sexe;Code wilaya\n".getBytes(StandardCharsets.UTF_8))
			.failureKey()).isEqualTo("import.error.empty");
		assertThat(upload("e.xlsx", xlsx(List.of(), null)).failureKey()).isEqualTo("import.error.empty");
		// a required header missing: named in the message
		ImportJob missing = upload("h.csv", "Matricule;Nom (arabe);Sexe;Code wilaya\nX-1;حداد;M;16\n"
			.getBytes(StandardCharsets.UTF_8));
		assertThat(missing.failureKey()).isEqualTo("import.error.header-missing");
		assertThat(missing.failureArg()).contains("prénom (arabe)").contains("الاسم");
		// 50 MB and more: refused before reading
		ImportJob big = imports.upload(dgsn(), "big.xlsx", 50L * 1024 * 1024 + 1, new ByteArrayInputStream(new byte[10]));
		assertThat(big.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(big.failureKey()).isEqualTo("import.error.too-big");
		// a zip bomb disguised as xlsx
		ImportJob bomb = upload("bomb.xlsx", bomb());
		assertThat(bomb.failureKey()).isEqualTo("import.error.zip-bomb");
		// formulas in cells
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook wb = new Workbook(out, "test", "1.0");
		Worksheet ws = wb.newWorksheet("membres");
		sheet(ws, MEMBER_FR, List.<String[]>of(member("F-1", null, "16", null, null)));
		ws.formula(1, 2, "CONCATENATE(\"a\",\"b\")");
		wb.finish();
		ImportJob formula = upload("f.xlsx", out.toByteArray());
		assertThat(formula.failureKey()).isEqualTo("import.error.formula");
		assertThat(formula.failureArg()).contains("C2");
		assertThat(count("select count(*) from people_member")).isEqualTo(before);
		// the page says why, in the user's language
		mvc.perform(get("/people/imports/" + bomb.id()).param("lang", "fr").with(DemoUsers.as(users, "dgsn")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("bombe")));
	}

	@Test
	void uploadThroughPageAndApiAndTemplate() throws Exception {
		var as = DemoUsers.as(users, "dgsn");
		byte[] file = xlsx(List.<String[]>of(member("API-1", null, "16", null, null)), null);
		String body = mvc.perform(multipart("/api/people/imports").file(new MockMultipartFile("file", "api.xlsx",
				"application/octet-stream", file)).with(as).with(csrf()))
			.andExpect(status().isAccepted()).andExpect(jsonPath("$.fileName").value("api.xlsx"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
		await(id);
		mvc.perform(post("/api/people/imports/" + id + "/commit").with(as).with(csrf())).andExpect(status().isAccepted());
		assertThat(await(id).membersCreated()).isEqualTo(1);
		mvc.perform(get("/api/people/imports/" + id).with(as)).andExpect(jsonPath("$.job.status").value("COMMITTED"));
		mvc.perform(multipart("/people/imports").file(new MockMultipartFile("file", "page.xlsx",
				"application/octet-stream", file)).with(as).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/people/imports").with(as).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("page.xlsx")));
		mvc.perform(get("/people/imports/" + id + "/progress").with(as)).andExpect(status().isOk());
		// the template's headers are recognised by the importer itself
		byte[] template = mvc.perform(get("/people/imports/template.xlsx").with(as).param("lang", "ar"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template))) {
			List<String> headers = wb.getFirstSheet().read().get(0).stream().map(c -> c.getText()).toList();
			assertThat(headers).contains("رقم التسجيل", "الاسم", "اللقب");
			assertThat(headers.stream().map(h -> Column.ofHeader(h).orElse(null))).doesNotContainNull();
		}
		ImportJob fromTemplate = upload("template.xlsx", template);
		assertThat(fromTemplate.status()).isEqualTo(ImportStatus.PREVIEWED);
		assertThat(fromTemplate.errorRows()).isZero();
		assertThat(fromTemplate.memberRows()).isEqualTo(1);
	}

	static byte[] zip(String name, byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream z = new ZipOutputStream(out)) {
			z.putNextEntry(new ZipEntry(name));
			z.write(content);
			z.closeEntry();
		}
		return out.toByteArray();
	}

	/** A well-formed xlsx skeleton whose sheet inflates to 300 MB of blanks. */
	static byte[] bomb() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream z = new ZipOutputStream(out)) {
			z.putNextEntry(new ZipEntry("[Content_Types].xml"));
			z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			z.putNextEntry(new ZipEntry("xl/workbook.xml"));
			z.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] blanks = new byte[1 << 20];
			java.util.Arrays.fill(blanks, (byte) ' ');
			for (int i = 0; i < 300; i++) {
				z.write(blanks);
			}
			z.closeEntry();
		}
		return out.toByteArray();
	}

	static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}
}
