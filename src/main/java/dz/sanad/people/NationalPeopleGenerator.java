package dz.sanad.people;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.territory.Territory;
import dz.sanad.territory.Wilaya;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The national-scale dataset: 250,000 members over the 69 wilayas (weighted towards the big ones) and their
 * establishments, and exactly 1,000,000 family members, streamed with PostgreSQL COPY in the caller's transaction.
 * Names are the demo lists' real Arabic names and their ID-card spellings; search columns are folded as on save.
 */
@Component
class NationalPeopleGenerator {

	static final int MEMBERS = 250_000;

	static final int FAMILY = 1_000_000;

	/** Rough weights: the big wilayas have more staff. */
	private static final Map<String, Integer> WEIGHTS = Map.of("16", 10, "31", 6, "25", 5, "19", 5, "09", 4, "06",
			4, "15", 4, "05", 3, "13", 3, "35", 3);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final Territory territory;

	NationalPeopleGenerator(DataSource dataSource, JdbcClient jdbc, Organisation organisation, Territory territory) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.territory = territory;
	}

	/** Adds members until there are {@link #MEMBERS}, and family members until there are {@link #FAMILY}. */
	void generate(Random rnd) {
		long existingMembers = jdbc.sql("select count(*) from people_member").query(Long.class).single();
		long existingFamily = jdbc.sql("select count(*) from people_family_member").query(Long.class).single();
		int members = (int) Math.max(0, MEMBERS - existingMembers);
		int family = (int) Math.max(0, FAMILY - existingFamily);
		// where members serve: the wilaya's service mostly, its establishments for some
		List<String> slots = new ArrayList<>();
		Map<String, Long> service = new HashMap<>();
		Map<String, List<Long>> establishments = new HashMap<>();
		for (Wilaya w : territory.wilayas()) {
			int weight = WEIGHTS.getOrDefault(w.getCode(), 1) * 2;
			for (int i = 0; i < weight; i++) {
				slots.add(w.getCode());
			}
			organisation.findByCode("SW-" + w.getCode()).ifPresent(u -> service.put(w.getCode(), u.getId()));
		}
		for (Unit u : organisation.activeOfKinds(UnitKind.ESTABLISHMENTS)) {
			if (u.getWilayaCode() != null) {
				establishments.computeIfAbsent(u.getWilayaCode(), k -> new ArrayList<>()).add(u.getId());
			}
		}
		long base = jdbc.sql("select coalesce(max(id), 0) from people_member").query(Long.class).single();
		Connection con = DataSourceUtils.getConnection(dataSource);
		try {
			PGConnection pg = con.unwrap(PGConnection.class);
			StringBuilder buf = new StringBuilder(1 << 17);
			CopyIn copy = pg.getCopyAPI().copyIn("""
					copy people_member (id, matricule, nin, first_name_ar, last_name_ar, first_name_lat, last_name_lat,
					  sex, birth_date, grade, function_code, unit_id, wilaya_code, phone, status, search_ar, search_lat)
					from stdin""");
			LocalDate[] births = new LocalDate[members];
			boolean[] male = new boolean[members];
			String[][] lastNames = new String[members][];
			for (int i = 0; i < members; i++) {
				long id = base + 1 + i;
				String wilaya = slots.get(rnd.nextInt(slots.size()));
				List<Long> est = establishments.getOrDefault(wilaya, List.of());
				Long unit = rnd.nextInt(100) < 85 || est.isEmpty() ? service.get(wilaya) : est.get(rnd.nextInt(est.size()));
				male[i] = rnd.nextInt(100) < 78;
				String[] first = male[i] ? PeopleDemoData.MALE[rnd.nextInt(PeopleDemoData.MALE.length)]
						: PeopleDemoData.FEMALE[rnd.nextInt(PeopleDemoData.FEMALE.length)];
				String[] last = PeopleDemoData.LAST[rnd.nextInt(PeopleDemoData.LAST.length)];
				lastNames[i] = last;
				births[i] = LocalDate.of(1962 + rnd.nextInt(40), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
				Grade grade = Grade.values()[Math.min(rnd.nextInt(6) + rnd.nextInt(5), Grade.values().length - 1)];
				MemberFunction function = i % 7 == 0 ? MemberFunction.ADMINISTRATIVE : MemberFunction.OPERATIONAL;
				row(buf, id, "N" + wilaya + String.format("%06d", i), String.format("2%02d%s%013d", births[i].getYear() % 100, wilaya, i),
						first[0], last[0], first[1], last[1], male[i] ? "M" : "F", births[i], grade, function, unit,
						wilaya, "+213" + new String[] { "55", "66", "77", "69", "79" }[rnd.nextInt(5)]
								+ String.format("%07d", rnd.nextInt(10_000_000)), "ACTIVE",
						NameNormalizer.arabicFull(first[0], last[0]), NameNormalizer.latinFull(first[1], last[1]));
				flush(copy, buf, false);
			}
			flush(copy, buf, true);
			copy.endCopy();
			jdbc.sql("select setval('people_member_id_seq', (select max(id) from people_member))").query().singleValue();
			// families: a spouse for nine members in ten, children for all, exactly FAMILY rows in total
			copy = pg.getCopyAPI().copyIn("""
					copy people_family_member (member_id, relation, first_name_ar, last_name_ar, first_name_lat,
					  last_name_lat, sex, birth_date, disability, orphan, martyr_child, school_level) from stdin""");
			int written = 0;
			LocalDate today = LocalDate.now();
			for (int i = 0; written < family && members > 0; i = (i + 1) % members) {
				long id = base + 1 + i;
				boolean firstRound = written < members;
				if (firstRound && i % 10 != 0) {
					String[] f = male[i] ? PeopleDemoData.FEMALE[rnd.nextInt(PeopleDemoData.FEMALE.length)]
							: PeopleDemoData.MALE[rnd.nextInt(PeopleDemoData.MALE.length)];
					String[] l = PeopleDemoData.LAST[rnd.nextInt(PeopleDemoData.LAST.length)];
					row(buf, id, Relation.SPOUSE.name(), f[0], l[0], f[1], l[1], male[i] ? "F" : "M",
							births[i].plusYears(2 + rnd.nextInt(4)), false, false, false, null);
				}
				else {
					boolean boy = rnd.nextBoolean();
					String[] f = boy ? PeopleDemoData.MALE[rnd.nextInt(PeopleDemoData.MALE.length)]
							: PeopleDemoData.FEMALE[rnd.nextInt(PeopleDemoData.FEMALE.length)];
					// the birth day carries the row number so that siblings never collide on the family key
					LocalDate birth = LocalDate.of(Math.min(2025, births[i].getYear() + 24 + rnd.nextInt(18)),
							1 + rnd.nextInt(12), 1).plusDays(written % 28);
					int age = birth.until(today).getYears();
					row(buf, id, Relation.CHILD.name(), f[0], lastNames[i][0], f[1], lastNames[i][1], boy ? "M" : "F",
							birth, rnd.nextInt(40) == 0, false, false, PeopleDemoData.schoolLevel(age));
				}
				written++;
				flush(copy, buf, false);
			}
			flush(copy, buf, true);
			copy.endCopy();
		}
		catch (SQLException e) {
			throw new IllegalStateException("national people data", e);
		}
		jdbc.sql("analyze people_member").update();
		jdbc.sql("analyze people_family_member").update();
	}

	private static void row(StringBuilder buf, Object... values) {
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (i > 0) {
				buf.append('\t');
			}
			if (v == null) {
				buf.append("\\N");
			}
			else {
				buf.append(v.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
			}
		}
		buf.append('\n');
	}

	private static void flush(CopyIn copy, StringBuilder buf, boolean force) throws SQLException {
		if (force || buf.length() > 120_000) {
			byte[] b = buf.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(b, 0, b.length);
			buf.setLength(0);
		}
	}
}
