package dz.sanad.people.imports;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Scope;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.territory.Territory;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The readings of an import's file and the two unlogged staging tables of the job that the good rows are COPYed
 * into, checked again set-based before a commit.
 */
@Component
class ImportStaging {

	private static final Logger log = LoggerFactory.getLogger(ImportStaging.class);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Organisation organisation;

	private final Territory territory;

	private final ImportJobs jobs;

	ImportStaging(JdbcClient jdbc, DataSource dataSource, Organisation organisation, Territory territory,
			ImportJobs jobs) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.organisation = organisation;
		this.territory = territory;
		this.jobs = jobs;
	}

	/** Staging tables of jobs that can no longer be committed (failed, rejected, committed, or with errors). */
	void dropStaleStaging() {
		List<String> tables = jdbc.sql("""
				select t.tablename from pg_tables t
				where t.schemaname = current_schema() and t.tablename ~ '^people_import_[mf]_[0-9]+$'
				  and not exists (select 1 from people_import i where i.id = substring(t.tablename from 17)::bigint
				                    and i.status in ('PREVIEWED', 'COMMITTING', 'VALIDATING') and i.error_rows = 0)""")
			.query(String.class).list();
		for (String t : tables) {
			jdbc.sql("drop table if exists " + t).update();
		}
	}

	static String members(long id) {
		return "people_import_m_" + id;
	}

	static String family(long id) {
		return "people_import_f_" + id;
	}

	/**
	 * Reads the file once, checking every row, and COPYs the good rows into the job's staging tables (unlogged: no
	 * WAL for rows that are only passing through), in the caller's transaction. Once a row is bad nothing more is
	 * staged: such a file cannot be committed.
	 */
	ImportPass stage(long id) {
		ImportPass.Reference ref = reference();
		jdbc.sql("create unlogged table " + members(id) + """
				 (matricule varchar(20), nin varchar(18), first_name_ar varchar(100),
				  last_name_ar varchar(100), first_name_lat varchar(100), last_name_lat varchar(100), sex varchar(1),
				  birth_date date, grade varchar(40), function_code varchar(40), unit_id bigint, wilaya_code varchar(2),
				  phone varchar(20), email varchar(200), status varchar(20), search_ar varchar(300),
				  search_lat varchar(300))""").update();
		jdbc.sql("create unlogged table " + family(id) + """
				 (matricule varchar(20), relation varchar(20),
				  first_name_ar varchar(100), last_name_ar varchar(100), first_name_lat varchar(100),
				  last_name_lat varchar(100), sex varchar(1), birth_date date, disability boolean, orphan boolean,
				  martyr_child boolean, school_level varchar(40))""").update();
		Connection con = DataSourceUtils.getConnection(dataSource);
		try (CopyWriter copy = new CopyWriter(con.unwrap(PGConnection.class), members(id), family(id))) {
			ImportPass pass = new ImportPass(ref, copy, done -> jobs.progress(id, done));
			List<String> ignored = new ArrayList<>();
			for (SheetReader.Table t : SheetReader.read(Path.of(pathOf(id)), pass)) {
				t.ignored().stream().map(h -> t.sheet() + ": " + h).forEach(ignored::add);
			}
			pass.ignoredColumns = ignored.isEmpty() ? null : abbreviate(String.join(" · ", ignored), 2000);
			copy.close();
			// statistics for the commit's joins (without them the planner guesses a handful of rows)
			jdbc.sql("analyze " + members(id)).update();
			jdbc.sql("analyze " + family(id)).update();
			return pass;
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Reads and checks the file again without staging anything: the full error report of rows gone bad. */
	ImportPass check(long id) {
		ImportPass pass = new ImportPass(reference(), null, done -> jobs.progress(id, done));
		SheetReader.read(Path.of(pathOf(id)), pass);
		return pass;
	}

	void dropStaging(long id) {
		jdbc.sql("drop table if exists " + members(id) + ", " + family(id)).update();
	}

	/** Rows in the job's staging tables, or -1 when they are gone. */
	long stagedRows(long id) {
		boolean present = jdbc.sql("select to_regclass(?) is not null and to_regclass(?) is not null")
			.params(members(id), family(id)).query(Boolean.class).single();
		if (!present) {
			return -1;
		}
		return jdbc.sql("select (select count(*) from " + members(id) + ") + (select count(*) from " + family(id) + ")")
			.query(Long.class).single();
	}

	/**
	 * What the preview checked against the database, checked again set-based on the staged rows: a NIN now held by
	 * another member, a family row whose member is neither in the file nor in Sanad any more, a unit closed or
	 * moved to another wilaya.
	 */
	boolean movedSincePreview(long id) {
		// counts rather than exists(): an exists() asks the planner for a fast first row, and with no row to find
		// its nested loops over the unindexed staging tables never end; counting whole sets gets hash (anti-)joins
		long moved = jdbc.sql("""
				select (select count(*) from STAGED_MEMBERS s join people_member p on p.nin = s.nin
				         where p.matricule <> s.matricule)
				     + (select count(*) from STAGED_FAMILY f
				         where not exists (select 1 from STAGED_MEMBERS s where s.matricule = f.matricule)
				           and not exists (select 1 from people_member p where p.matricule = f.matricule))"""
			.replace("STAGED_MEMBERS", members(id)).replace("STAGED_FAMILY", family(id)))
			.query(Long.class).single();
		if (moved > 0) {
			return true;
		}
		Map<Long, ImportPass.UnitRef> units = new HashMap<>();
		units().values().forEach(u -> units.put(u.id(), u));
		return jdbc.sql("select distinct unit_id, wilaya_code from " + members(id) + " where unit_id is not null")
			.query((rs, n) -> {
				ImportPass.UnitRef u = units.get(rs.getLong(1));
				return u == null || !u.active() || u.wilayaCode() != null && !u.wilayaCode().equals(rs.getString(2));
			})
			.list().contains(true);
	}

	private ImportPass.Reference reference() {
		Map<String, ImportPass.UnitRef> units = units();
		Set<String> wilayas = new HashSet<>();
		territory.wilayas().forEach(w -> wilayas.add(w.getCode()));
		Map<String, String> nins = new HashMap<>();
		Set<String> matricules = new HashSet<>();
		jdbc.sql("select matricule, nin from people_member").query(rs -> {
			matricules.add(rs.getString(1));
			String nin = rs.getString(2);
			if (nin != null) {
				nins.put(nin, rs.getString(1));
			}
		});
		return new ImportPass.Reference(units, wilayas, nins, matricules);
	}

	/** The units a member may be assigned to, by upper-case code. */
	private Map<String, ImportPass.UnitRef> units() {
		Map<String, ImportPass.UnitRef> units = new HashMap<>();
		for (Unit u : organisation.searchAll(new Organisation.UnitFilter(null, null, null, null, null),
				Scope.NATIONAL)) {
			if (u.getKind().isEstablishment() || u.getKind() == UnitKind.WILAYA_SERVICE
					|| u.getKind() == UnitKind.DGSN_DIRECTORATE || u.getKind() == UnitKind.DGSN) {
				units.put(u.getCode().toUpperCase(Locale.ROOT),
						new ImportPass.UnitRef(u.getId(), u.getWilayaCode(), u.isActive()));
			}
		}
		return units;
	}

	private String pathOf(long id) {
		String p = jobs.filePath(id);
		if (p == null || !Files.exists(Path.of(p))) {
			throw new ImportRejected("import.error.file-gone", null);
		}
		return p;
	}

	private static String abbreviate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	/** The upload once it is no longer needed (committed, or rejected). */
	void deleteFile(long id) {
		String p = jobs.filePath(id);
		if (p != null) {
			try {
				Files.deleteIfExists(Path.of(p));
			}
			catch (IOException e) {
				log.warn("could not delete {}", p);
			}
		}
	}
}
