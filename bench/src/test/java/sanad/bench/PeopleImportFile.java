package sanad.bench;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;

/**
 * people-import bench helper, run as a single-file program.
 * <ul>
 * <li>{@code generate <dir>}: writes hr.xlsx (sheet "membres": 250,000 rows, sheet "familles": 1,000,000 rows, French
 * headers as in the template) and the same rows as members.tsv / family.tsv for COPY;</li>
 * <li>{@code copy <dir> <jdbcUrl>}: times a plain COPY of those rows into tables shaped like the real ones (same
 * indexes), and prints the milliseconds: the physical limit the import is compared with.</li>
 * </ul>
 */
public class PeopleImportFile {

	static final int MEMBERS = Integer.getInteger("members", 250_000);

	static final int FAMILY = Integer.getInteger("family", 1_000_000);

	static final String[][] MALE = { { "محمد", "Mohamed" }, { "أحمد", "Ahmed" }, { "يوسف", "Youcef" }, { "كريم", "Karim" },
			{ "سمير", "Samir" }, { "رضا", "Reda" }, { "عمر", "Omar" }, { "إسماعيل", "Ismail" }, { "مراد", "Mourad" },
			{ "بلال", "Bilal" }, { "حمزة", "Hamza" }, { "رياض", "Riad" }, { "خالد", "Khaled" }, { "ياسين", "Yacine" } };

	static final String[][] FEMALE = { { "فاطمة", "Fatima" }, { "أمينة", "Amina" }, { "خديجة", "Khadidja" },
			{ "نسيمة", "Nassima" }, { "ليلى", "Leila" }, { "مريم", "Meriem" }, { "إيمان", "Imane" }, { "سارة", "Sarah" } };

	static final String[][] LAST = { { "بن علي", "Benali" }, { "بوعلام", "Boualem" }, { "حداد", "Haddad" },
			{ "سعيدي", "Saidi" }, { "بلقاسم", "Belkacem" }, { "مزيان", "Meziane" }, { "زروقي", "Zerrouki" },
			{ "شريف", "Cherif" }, { "بوزيد", "Bouzid" }, { "عمراني", "Amrani" }, { "خليفي", "Khelifi" },
			{ "دحماني", "Dahmani" }, { "مسعودي", "Messaoudi" }, { "طالبي", "Talbi" }, { "فرحات", "Ferhat" } };

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[1]);
		if (args[0].equals("generate")) {
			generate(dir);
		}
		else {
			System.out.println(copy(dir, args[2]));
		}
	}

	static void generate(Path dir) throws IOException {
		Files.createDirectories(dir);
		Random rnd = new Random(7);
		String[][] members = new String[MEMBERS][];
		for (int i = 0; i < MEMBERS; i++) {
			boolean male = rnd.nextInt(100) < 78;
			String[] first = male ? MALE[rnd.nextInt(MALE.length)] : FEMALE[rnd.nextInt(FEMALE.length)];
			String[] last = LAST[rnd.nextInt(LAST.length)];
			int w = 1 + rnd.nextInt(58);
			String wilaya = String.format("%02d", w);
			LocalDate birth = LocalDate.of(1965 + rnd.nextInt(35), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
			members[i] = new String[] { "B" + String.format("%07d", i), String.format("3%02d%s%013d", birth.getYear() % 100, wilaya, i),
					last[0], first[0], last[1], first[1], male ? "M" : "F", birth.toString(), "AGENT", "OPERATIONAL",
					"SW-" + wilaya, wilaya, phone(rnd) };
		}
		String[] memberHeader = { "Matricule", "NIN", "Nom (arabe)", "Prénom (arabe)", "Nom (latin)", "Prénom (latin)",
				"Sexe", "Date de naissance", "Grade", "Fonction", "Code unité", "Code wilaya", "Téléphone" };
		String[] familyHeader = { "Matricule", "Lien de parenté", "Nom (arabe)", "Prénom (arabe)", "Nom (latin)",
				"Prénom (latin)", "Sexe", "Date de naissance", "Handicap", "Niveau scolaire" };
		try (OutputStream out = Files.newOutputStream(dir.resolve("hr.xlsx"));
				BufferedWriter mt = Files.newBufferedWriter(dir.resolve("members.tsv"), StandardCharsets.UTF_8);
				BufferedWriter ft = Files.newBufferedWriter(dir.resolve("family.tsv"), StandardCharsets.UTF_8)) {
			Workbook wb = new Workbook(out, "bench", "1.0");
			Worksheet ws = wb.newWorksheet("membres");
			header(ws, memberHeader);
			for (int i = 0; i < MEMBERS; i++) {
				String[] m = members[i];
				for (int c = 0; c < m.length; c++) {
					ws.value(i + 1, c, m[c]);
				}
				mt.write(String.join("\t", m[0], m[1], m[3], m[2], m[5], m[4], m[6], m[7], m[8], m[9], m[11], m[12]));
				mt.write('\n');
				if (i % 10_000 == 0) {
					ws.flush();
				}
			}
			ws.finish();
			Worksheet fs = wb.newWorksheet("familles");
			header(fs, familyHeader);
			for (int r = 0; r < FAMILY; r++) {
				int i = r % MEMBERS;
				String[] m = members[i];
				boolean spouse = r < MEMBERS;
				boolean boy = rnd.nextBoolean();
				String[] first = spouse ? ("M".equals(m[6]) ? FEMALE[rnd.nextInt(FEMALE.length)] : MALE[rnd.nextInt(MALE.length)])
						: (boy ? MALE[rnd.nextInt(MALE.length)] : FEMALE[rnd.nextInt(FEMALE.length)]);
				// children of one member get distinct birth days (the family key is member, relation, name, birth)
				LocalDate birth = spouse ? LocalDate.parse(m[7]).plusYears(3)
						: LocalDate.of(2000 + (r / MEMBERS) * 5 + rnd.nextInt(5), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
				String[] f = { m[0], spouse ? "conjoint" : "enfant", m[2], first[0], m[4], first[1],
						spouse ? ("M".equals(m[6]) ? "F" : "M") : (boy ? "M" : "F"), birth.toString(), "0",
						spouse ? "" : "PRIMARY" };
				for (int c = 0; c < f.length; c++) {
					if (!f[c].isEmpty()) {
						fs.value(r + 1, c, f[c]);
					}
				}
				ft.write(String.join("\t", String.valueOf(i + 1), spouse ? "SPOUSE" : "CHILD", f[3], f[2], f[5], f[4],
						f[6], f[7], "false", "false", "false", spouse ? "\\N" : "PRIMARY"));
				ft.write('\n');
				if (r % 10_000 == 0) {
					fs.flush();
				}
			}
			fs.finish();
			wb.finish();
		}
	}

	/** Valid Algerian mobile numbers (Ooredoo 55, Mobilis 66, Djezzy 77), as libphonenumber checks them. */
	static String phone(Random rnd) {
		return "+213" + new String[] { "55", "66", "77", "69", "79" }[rnd.nextInt(5)] + String.format("%07d", rnd.nextInt(10_000_000));
	}

	static void header(Worksheet ws, String[] h) {
		for (int c = 0; c < h.length; c++) {
			ws.value(0, c, h[c]);
		}
	}

	/** COPY of the same rows into look-alike tables (same indexes, trigram ones included); milliseconds. */
	static long copy(Path dir, String url) throws Exception {
		try (Connection con = DriverManager.getConnection(url, "postgres", "")) {
			try (Statement st = con.createStatement()) {
				st.execute("drop table if exists bench_copy_member, bench_copy_family");
				st.execute("create table bench_copy_member (like people_member including defaults including indexes)");
				st.execute("create table bench_copy_family (like people_family_member including defaults including indexes)");
			}
			var api = con.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
			long t0 = System.nanoTime();
			con.setAutoCommit(false);
			try (var in = Files.newInputStream(dir.resolve("members.tsv"))) {
				api.copyIn("copy bench_copy_member (matricule, nin, first_name_ar, last_name_ar, first_name_lat, last_name_lat, sex, birth_date, grade, function_code, wilaya_code, phone) from stdin", in);
			}
			try (var in = Files.newInputStream(dir.resolve("family.tsv"))) {
				api.copyIn("copy bench_copy_family (member_id, relation, first_name_ar, last_name_ar, first_name_lat, last_name_lat, sex, birth_date, disability, orphan, martyr_child, school_level) from stdin", in);
			}
			con.commit();
			long ms = (System.nanoTime() - t0) / 1_000_000;
			try (Statement st = con.createStatement()) {
				st.execute("drop table bench_copy_member, bench_copy_family");
			}
			con.commit();
			return ms;
		}
	}
}
