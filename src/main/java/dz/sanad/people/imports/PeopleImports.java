package dz.sanad.people.imports;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.people.Grade;
import dz.sanad.people.MemberFunction;
import dz.sanad.people.Relation;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.JobLeases;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import dz.sanad.territory.Territory;
import dz.sanad.territory.Wilaya;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HR imports in two steps, both in the background. The preview reads the file once, checks every row and keeps a
 * row-level error report; the good rows go, through PostgreSQL COPY, into two unlogged staging tables of the job.
 * The commit does not read the file again: it checks in SQL, set-based, what may have moved in the database since
 * the preview (NINs taken, members gone, units closed), then upserts on the matricule from the staging tables in one
 * transaction: all or nothing, and a second import of the same file changes nothing. When the staging tables are
 * gone (a crash empties unlogged tables) or something did move, the commit falls back to reading the file again,
 * which also rebuilds the exact error report.
 */
@Service
public class PeopleImports {

	private static final Logger log = LoggerFactory.getLogger(PeopleImports.class);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate tx;

	private final TransactionTemplate separate;

	private final TaskExecutor executor;

	private final Organisation organisation;

	private final Territory territory;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Path dir;

	private final long maxBytes;

	private final JobLeases leases;

	PeopleImports(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager txm,
			@org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
			Organisation organisation, Territory territory, AuditTrail audit, MessageSource messages, JsonMapper json,
			@Value("${sanad.people.import.dir:${java.io.tmpdir}/sanad-imports}") String dir,
			@Value("${sanad.people.import.max-bytes:52428800}") long maxBytes, JobLeases leases) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.tx = new TransactionTemplate(txm);
		this.separate = new TransactionTemplate(txm);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.executor = executor;
		this.organisation = organisation;
		this.territory = territory;
		this.audit = audit;
		this.messages = messages;
		this.json = json;
		this.dir = Path.of(dir);
		this.maxBytes = maxBytes;
		this.leases = leases;
	}

	/**
	 * Jobs whose node died are marked failed by {@link ImportLeases} (on whichever node sweeps next, never while
	 * their node lives); their staging tables go here.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void dropStaleStagingAtStart() {
		dropStaleStaging();
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

	// ---- API

	/** Stores the upload and starts its preview; a file over the size limit is refused at once (and reported). */
	public ImportJob upload(SanadUser user, String fileName, long size, InputStream content) {
		String name = fileName == null || fileName.isBlank() ? "import" : Path.of(fileName).getFileName().toString();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		if (size > maxBytes) {
			long id = insert(name, size, ImportStatus.REJECTED, user.getUsername());
			fail(id, ImportStatus.REJECTED, "import.error.too-big", String.valueOf(maxBytes / (1024 * 1024)));
			return get(id);
		}
		long id = insert(name, size, ImportStatus.QUEUED, user.getUsername());
		leases.hold(ImportLeases.KIND, id); // until the background work ends (run)
		Path file = dir.resolve(id + ".upload");
		try {
			Files.createDirectories(dir);
			long copied = Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			if (copied > maxBytes) {
				Files.deleteIfExists(file);
				fail(id, ImportStatus.REJECTED, "import.error.too-big", String.valueOf(maxBytes / (1024 * 1024)));
				leases.release(ImportLeases.KIND, id);
				return get(id);
			}
			jdbc.sql("update people_import set file_path = ?, file_size = ? where id = ?").params(file.toString(), copied, id)
				.update();
		}
		catch (IOException e) {
			fail(id, ImportStatus.FAILED, "import.error.unexpected", null);
			leases.release(ImportLeases.KIND, id);
			throw new UncheckedIOException(e);
		}
		run(user, id, () -> preview(id));
		return get(id);
	}

	/** Starts the commit of a previewed import without errors and without ignored columns (refused otherwise). */
	public ImportJob commit(SanadUser user, long id) {
		return commit(user, id, false);
	}

	/**
	 * Starts the commit of a previewed import without errors (refused otherwise); when the file had columns the
	 * import does not read, only once the user acknowledged they are left out.
	 */
	public ImportJob commit(SanadUser user, long id, boolean ignoredColumnsAcknowledged) {
		ImportJob job = get(id);
		if (!job.committable()) {
			throw new BusinessException("import.error.not-committable");
		}
		if (job.hasIgnoredColumns() && !ignoredColumnsAcknowledged) {
			throw new BusinessException("acknowledgeIgnored", "import.error.ignored-not-acknowledged",
					job.ignoredColumns());
		}
		leases.hold(ImportLeases.KIND, id); // before the job shows as running, so no sweep takes it for abandoned
		int n = jdbc.sql("update people_import set status = 'COMMITTING', phase_done = 0, phase_total = ?, committed_by = ? where id = ? and status = 'PREVIEWED' and error_rows = 0")
			.params((long) job.memberRows() + job.familyRows(), user.getUsername(), id).update();
		if (n == 0) {
			leases.release(ImportLeases.KIND, id);
			throw new BusinessException("import.error.not-committable");
		}
		run(user, id, () -> write(id));
		return get(id);
	}

	public ImportJob get(long id) {
		return jdbc.sql("select * from people_import where id = ?").param(id).query(PeopleImports::job).optional()
			.orElseThrow(() -> new NotFoundException("import " + id));
	}

	public Page<ImportJob> list(ImportStatus status, Pageable pageable) {
		String where = status == null ? "" : " where status = '" + status.name() + "'";
		long total = jdbc.sql("select count(*) from people_import" + where).query(Long.class).single();
		List<ImportJob> jobs = jdbc.sql("select * from people_import" + where + " order by id desc limit ? offset ?")
			.params(pageable.getPageSize(), pageable.getOffset()).query(PeopleImports::job).list();
		return new PageImpl<>(jobs, pageable, total);
	}

	public List<ImportError> errors(long id, int limit) {
		return jdbc.sql("select sheet, row_no, field, message_key, message_arg, raw from people_import_error where import_id = ? order by id limit ?")
			.params(id, limit).query((rs, n) -> new ImportError(rs.getString(1), rs.getInt(2), rs.getString(3),
					rs.getString(4), rs.getString(5), raw(rs.getString(6))))
			.list();
	}

	/** The rejected rows as they were in the file, plus a column saying what is wrong, in the reader's language. */
	public void errorsXlsx(long id, Locale locale, OutputStream out) throws IOException {
		get(id);
		Workbook wb = new Workbook(out, "Sanad", "1.0");
		Worksheet ws = wb.newWorksheet("errors");
		if ("ar".equals(locale.getLanguage())) {
			ws.rightToLeft();
		}
		String[] head = { msg("import.errors.sheet", locale), msg("import.errors.row", locale),
				msg("import.errors.field", locale), msg("import.errors.message", locale) };
		for (int c = 0; c < head.length; c++) {
			ws.value(0, c, head[c]);
			ws.style(0, c).bold().set();
		}
		int r = 1;
		for (ImportError e : errors(id, ImportPass.MAX_KEPT_ERRORS)) {
			ws.value(r, 0, e.sheet());
			ws.value(r, 1, e.rowNo());
			ws.value(r, 2, e.field() == null ? "" : msg("import.column." + e.field(), locale));
			ws.value(r, 3, messages.getMessage(e.messageKey(), new Object[] { e.messageArg() }, e.messageKey(), locale));
			for (int c = 0; c < e.raw().size(); c++) {
				ws.value(r, 4 + c, Xlsx.safeText(e.raw().get(c)));
			}
			r++;
		}
		ws.freezePane(0, 1);
		wb.finish();
	}

	/** An empty file with the expected headers (French and Arabic) and a sheet listing the accepted codes. */
	public void template(Locale locale, OutputStream out) throws IOException {
		boolean ar = "ar".equals(locale.getLanguage());
		Workbook wb = new Workbook(out, "Sanad", "1.0");
		Worksheet m = wb.newWorksheet(ar ? "المنتسبون" : "membres");
		Worksheet f = wb.newWorksheet(ar ? "العائلات" : "familles");
		Worksheet codes = wb.newWorksheet("codes");
		Worksheet aliases = wb.newWorksheet(ar ? "العناوين المقبولة" : "alias");
		for (Worksheet w : List.of(m, f, codes, aliases)) {
			if (ar) {
				w.rightToLeft();
			}
		}
		header(m, Column.MEMBER_COLUMNS, ar);
		header(f, Column.FAMILY_COLUMNS, ar);
		m.value(1, 0, "M-16-9999");
		m.value(1, 1, "119900160000000001");
		m.value(1, 2, "بن علي");
		m.value(1, 3, "كريم");
		m.value(1, 4, "Benali");
		m.value(1, 5, "Karim");
		m.value(1, 6, "M");
		m.value(1, 7, "14/03/1990");
		m.value(1, 8, Grade.BRIGADIER.name());
		m.value(1, 9, MemberFunction.OPERATIONAL.name());
		m.value(1, 10, "CCL-16-1");
		m.value(1, 11, "16");
		m.value(1, 12, "0550123456");
		f.value(1, 0, "M-16-9999");
		f.value(1, 1, Relation.CHILD.name());
		f.value(1, 2, "بن علي");
		f.value(1, 3, "ياسين");
		f.value(1, 6, "M");
		f.value(1, 7, "20/05/2015");
		f.value(1, 8, "0");
		f.value(1, 9, "0");
		f.value(1, 10, "0");
		f.value(1, 11, "PRIMARY");
		int r = 0;
		codes.value(r, 0, msg("import.codes.kind", locale));
		codes.value(r, 1, msg("import.codes.code", locale));
		codes.value(r++, 2, msg("import.codes.label", locale));
		for (Grade g : Grade.values()) {
			codes.value(r, 0, msg("member.grade", locale));
			codes.value(r, 1, g.name());
			codes.value(r++, 2, msg(g.messageKey(), locale));
		}
		for (MemberFunction g : MemberFunction.values()) {
			codes.value(r, 0, msg("member.function", locale));
			codes.value(r, 1, g.name());
			codes.value(r++, 2, msg(g.messageKey(), locale));
		}
		for (Relation g : Relation.values()) {
			codes.value(r, 0, msg("family.relation", locale));
			codes.value(r, 1, g.name());
			codes.value(r++, 2, msg(g.messageKey(), locale));
		}
		for (Wilaya w : territory.wilayas()) {
			codes.value(r, 0, msg("member.wilaya", locale));
			codes.value(r, 1, w.getCode());
			codes.value(r++, 2, ar ? w.getNameAr() : w.getNameFr());
		}
		aliases.value(0, 0, msg("import.aliases.column", locale));
		aliases.value(0, 1, msg("import.aliases.accepted", locale));
		int a = 1;
		for (Column c : Column.values()) {
			aliases.value(a, 0, ar ? c.arabic() : c.french());
			aliases.value(a++, 1, String.join(" | ", c.aliases()));
		}
		aliases.width(1, 120);
		wb.finish();
	}

	private static void header(Worksheet ws, List<Column> cols, boolean ar) {
		for (int c = 0; c < cols.size(); c++) {
			ws.value(0, c, ar ? cols.get(c).arabic() : cols.get(c).french());
			ws.style(0, c).bold().set();
			ws.width(c, 18);
		}
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	// ---- background work

	private void run(SanadUser user, long id, Runnable work) {
		executor.execute(() -> {
			// the import acts, and is audited, as the user who started it
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			try {
				work.run();
			}
			finally {
				leases.release(ImportLeases.KIND, id);
				SecurityContextHolder.clearContext();
			}
		});
	}

	/** Step 1: read and check every row; keep the errors; stage the good rows for the commit. */
	void preview(long id) {
		ImportJob job = get(id);
		status(id, ImportStatus.VALIDATING);
		long start = System.nanoTime();
		try {
			dropStaleStaging();
			ImportPass pass = tx.execute(st -> stage(id, reference()));
			saveErrors(id, pass);
			if (pass.errorRows > 0) {
				dropStaging(id); // not committable: nothing to keep
			}
			jdbc.sql("update people_import set status = 'PREVIEWED', member_rows = ?, family_rows = ?, error_rows = ?, phase_done = ?, previewed_at = now(), ignored_columns = ? where id = ?")
				.params(pass.memberRows, pass.familyRows, pass.errorRows, pass.done(), pass.ignoredColumns, id).update();
			log.info("Import {} ({}) previewed in {} ms: {} members, {} family, {} rows with errors", id,
					job.fileName(), (System.nanoTime() - start) / 1_000_000, pass.memberRows, pass.familyRows,
					pass.errorRows);
		}
		catch (ImportRejected e) {
			fail(id, ImportStatus.REJECTED, e.key, e.arg);
			deleteFile(id);
		}
		catch (RuntimeException e) {
			log.error("Import {} preview failed", id, e);
			fail(id, ImportStatus.FAILED, "import.error.unexpected", null);
		}
	}

	private static String members(long id) {
		return "people_import_m_" + id;
	}

	private static String family(long id) {
		return "people_import_f_" + id;
	}

	/**
	 * Reads the file once, checking every row, and COPYs the good rows into the job's staging tables (unlogged: no
	 * WAL for rows that are only passing through), in the caller's transaction. Once a row is bad nothing more is
	 * staged: such a file cannot be committed.
	 */
	private ImportPass stage(long id, ImportPass.Reference ref) {
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
			ImportPass pass = new ImportPass(ref, copy, done -> progress(id, done));
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

	private void dropStaging(long id) {
		jdbc.sql("drop table if exists " + members(id) + ", " + family(id)).update();
	}

	/** Rows in the job's staging tables, or -1 when they are gone. */
	private long stagedRows(long id) {
		boolean present = jdbc.sql("select to_regclass(?) is not null and to_regclass(?) is not null")
			.params(members(id), family(id)).query(Boolean.class).single();
		if (!present) {
			return -1;
		}
		return jdbc.sql("select (select count(*) from " + members(id) + ") + (select count(*) from " + family(id) + ")")
			.query(Long.class).single();
	}

	/** Raised inside the commit transaction to roll it back when a row went bad since the preview. */
	private static final class RowsWentBad extends RuntimeException {

		final transient ImportPass pass;

		RowsWentBad(ImportPass pass) {
			super("rows with errors", null, false, false);
			this.pass = pass;
		}
	}

	/** Step 2: all or nothing. */
	void write(long id) {
		ImportJob job = get(id);
		long start = System.nanoTime();
		try {
			int[] counts = tx.execute(status -> writeInTransaction(id, job));
			deleteFile(id);
			log.info("Import {} committed in {} ms: members +{} ~{}, family +{} ~{}", id,
					(System.nanoTime() - start) / 1_000_000, counts[0], counts[1], counts[2], counts[3]);
		}
		catch (RowsWentBad e) {
			dropStaging(id);
			saveErrors(id, e.pass);
			jdbc.sql("update people_import set status = 'PREVIEWED', error_rows = ? where id = ?")
				.params(e.pass.errorRows, id).update();
		}
		catch (ImportRejected e) {
			dropStaging(id);
			fail(id, ImportStatus.REJECTED, e.key, e.arg);
		}
		catch (RuntimeException e) {
			log.error("Import {} commit failed", id, e);
			dropStaging(id);
			fail(id, ImportStatus.FAILED, "import.error.unexpected", null);
		}
	}

	private int[] writeInTransaction(long id, ImportJob job) {
		// sorting a million family rows before the upsert needs more than the default 4 MB
		jdbc.sql("select set_config('work_mem', '128MB', true)").query().singleRow();
		long rows = (long) job.memberRows() + job.familyRows();
		long t0 = System.nanoTime();
		if (stagedRows(id) != rows) {
			// the staged rows are gone (restart after a crash, or an older job): read and check the file again
			dropStaging(id);
			ImportPass pass = stage(id, reference());
			if (pass.errorRows > 0) {
				throw new RowsWentBad(pass);
			}
		}
		else if (movedSincePreview(id)) {
			// the full check says which rows and why, with their cells, for the error report
			ImportPass pass = new ImportPass(reference(), null, done -> progress(id, done));
			SheetReader.read(Path.of(pathOf(id)), pass);
			if (pass.errorRows > 0) {
				throw new RowsWentBad(pass);
			}
		}
		long t1 = System.nanoTime();
		// in matricule order, then family rows in member order: the indexes are then filled from left to right
		int[] m = jdbc.sql("""
				with up as (
				  insert into people_member as p (matricule, nin, first_name_ar, last_name_ar, first_name_lat,
				    last_name_lat, sex, birth_date, grade, function_code, unit_id, wilaya_code, phone, email, status,
				    search_ar, search_lat)
				  select matricule, nin, first_name_ar, last_name_ar, first_name_lat, last_name_lat, sex, birth_date,
				    grade, function_code, unit_id, wilaya_code, phone, email, status, search_ar, search_lat
				  from STAGED_MEMBERS order by matricule
				  on conflict (matricule) do update set nin = excluded.nin, first_name_ar = excluded.first_name_ar,
				    last_name_ar = excluded.last_name_ar, first_name_lat = excluded.first_name_lat,
				    last_name_lat = excluded.last_name_lat, sex = excluded.sex, birth_date = excluded.birth_date,
				    grade = excluded.grade, function_code = excluded.function_code, unit_id = excluded.unit_id,
				    wilaya_code = excluded.wilaya_code, phone = excluded.phone, email = excluded.email,
				    status = excluded.status, search_ar = excluded.search_ar, search_lat = excluded.search_lat,
				    version = p.version + 1, updated_at = now()
				  where (p.nin, p.first_name_ar, p.last_name_ar, p.first_name_lat, p.last_name_lat, p.sex,
				    p.birth_date, p.grade, p.function_code, p.unit_id, p.wilaya_code, p.phone, p.email, p.status)
				    is distinct from (excluded.nin, excluded.first_name_ar, excluded.last_name_ar,
				    excluded.first_name_lat, excluded.last_name_lat, excluded.sex, excluded.birth_date, excluded.grade,
				    excluded.function_code, excluded.unit_id, excluded.wilaya_code, excluded.phone, excluded.email,
				    excluded.status)
				  returning (xmax = 0) as inserted)
				select count(*) filter (where inserted), count(*) filter (where not inserted) from up"""
			.replace("STAGED_MEMBERS", members(id)))
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
		progress(id, job.memberRows());
		long t2 = System.nanoTime();
		int[] f = jdbc.sql("""
				with up as (
				  insert into people_family_member as p (member_id, relation, first_name_ar, last_name_ar,
				    first_name_lat, last_name_lat, sex, birth_date, disability, orphan, martyr_child, school_level)
				  select m.id, i.relation, i.first_name_ar, i.last_name_ar, i.first_name_lat, i.last_name_lat, i.sex,
				    i.birth_date, i.disability, i.orphan, i.martyr_child, i.school_level
				  from STAGED_FAMILY i join people_member m on m.matricule = i.matricule
				  order by m.id, i.relation, i.first_name_ar, i.birth_date
				  on conflict (member_id, relation, first_name_ar, birth_date) do update set
				    last_name_ar = excluded.last_name_ar, first_name_lat = excluded.first_name_lat,
				    last_name_lat = excluded.last_name_lat, sex = excluded.sex, disability = excluded.disability,
				    orphan = excluded.orphan, martyr_child = excluded.martyr_child, school_level = excluded.school_level,
				    active = true, version = p.version + 1, updated_at = now()
				  where (p.last_name_ar, p.first_name_lat, p.last_name_lat, p.sex, p.disability, p.orphan,
				    p.martyr_child, p.school_level, p.active) is distinct from (excluded.last_name_ar,
				    excluded.first_name_lat, excluded.last_name_lat, excluded.sex, excluded.disability, excluded.orphan,
				    excluded.martyr_child, excluded.school_level, true)
				  returning (xmax = 0) as inserted)
				select count(*) filter (where inserted), count(*) filter (where not inserted) from up"""
			.replace("STAGED_FAMILY", family(id)))
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
		log.info("Import {} commit phases: checks {} ms, members {} ms, family {} ms", id, (t1 - t0) / 1_000_000,
				(t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
		dropStaging(id);
		jdbc.sql("""
				update people_import set status = 'COMMITTED', members_created = ?, members_updated = ?,
				  family_created = ?, family_updated = ?, phase_done = phase_total, committed_at = now() where id = ?""")
			.params(m[0], m[1], f[0], f[1], id).update();
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("file", job.fileName());
		summary.put("memberRows", job.memberRows());
		summary.put("familyRows", job.familyRows());
		summary.put("membersCreated", m[0]);
		summary.put("membersUpdated", m[1]);
		summary.put("familyCreated", f[0]);
		summary.put("familyUpdated", f[1]);
		audit.record("IMPORT", "people-import", id, job.fileName(), null, summary);
		return new int[] { m[0], m[1], f[0], f[1] };
	}

	/**
	 * What the preview checked against the database, checked again set-based on the staged rows: a NIN now held by
	 * another member, a family row whose member is neither in the file nor in Sanad any more, a unit closed or
	 * moved to another wilaya.
	 */
	private boolean movedSincePreview(long id) {
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

	/** Streams rows into the two staging tables with COPY (text format), members first, then families. */
	private static final class CopyWriter implements ImportPass.Writer, AutoCloseable {

		private final PGConnection con;

		private final String membersTable;

		private final String familyTable;

		private CopyIn copy;

		private boolean family;

		private final StringBuilder buf = new StringBuilder(1 << 16);

		CopyWriter(PGConnection con, String membersTable, String familyTable) {
			this.con = con;
			this.membersTable = membersTable;
			this.familyTable = familyTable;
		}

		@Override
		public void member(ImportPass.MemberRow r) {
			if (copy == null) {
				copy = start("copy " + membersTable + " from stdin");
			}
			field(r.matricule()).field(r.nin()).field(r.firstNameAr()).field(r.lastNameAr()).field(r.firstNameLat())
				.field(r.lastNameLat()).field(r.sex()).field(r.birthDate()).field(r.grade()).field(r.function())
				.field(r.unitId()).field(r.wilayaCode()).field(r.phone()).field(r.email()).field(r.status())
				.field(r.searchAr()).last(r.searchLat());
		}

		@Override
		public void family(ImportPass.FamilyRow r) {
			if (!family) {
				finish();
				copy = start("copy " + familyTable + " from stdin");
				family = true;
			}
			field(r.matricule()).field(r.relation()).field(r.firstNameAr()).field(r.lastNameAr())
				.field(r.firstNameLat()).field(r.lastNameLat()).field(r.sex()).field(r.birthDate())
				.field(r.disability()).field(r.orphan()).field(r.martyrChild()).last(r.schoolLevel());
		}

		private CopyIn start(String sql) {
			try {
				return con.getCopyAPI().copyIn(sql);
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		}

		private CopyWriter field(Object v) {
			append(v);
			buf.append('\t');
			return this;
		}

		private void last(Object v) {
			append(v);
			buf.append('\n');
			if (buf.length() > 60_000) {
				flush();
			}
		}

		private void append(Object v) {
			if (v == null) {
				buf.append("\\N");
				return;
			}
			String s = v.toString();
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				switch (c) {
					case '\\' -> buf.append("\\\\");
					case '\t' -> buf.append("\\t");
					case '\n' -> buf.append("\\n");
					case '\r' -> buf.append("\\r");
					default -> buf.append(c);
				}
			}
		}

		private void flush() {
			if (buf.length() == 0 || copy == null) {
				return;
			}
			byte[] b = buf.toString().getBytes(StandardCharsets.UTF_8);
			buf.setLength(0);
			try {
				copy.writeToCopy(b, 0, b.length);
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		}

		private void finish() {
			if (copy != null) {
				flush();
				try {
					copy.endCopy();
				}
				catch (SQLException e) {
					throw new IllegalStateException(e);
				}
				copy = null;
			}
		}

		@Override
		public void close() {
			if (copy != null && copy.isActive()) {
				finish();
			}
		}
	}

	// ---- helpers

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
				dz.sanad.organisation.Scope.NATIONAL)) {
			if (u.getKind().isEstablishment() || u.getKind() == UnitKind.WILAYA_SERVICE
					|| u.getKind() == UnitKind.DGSN_DIRECTORATE || u.getKind() == UnitKind.DGSN) {
				units.put(u.getCode().toUpperCase(Locale.ROOT),
						new ImportPass.UnitRef(u.getId(), u.getWilayaCode(), u.isActive()));
			}
		}
		return units;
	}

	private long insert(String name, long size, ImportStatus status, String by) {
		return jdbc.sql("insert into people_import (file_name, file_size, status, created_by) values (?, ?, ?, ?) returning id")
			.params(name, size, status.name(), by).query(Long.class).single();
	}

	private String pathOf(long id) {
		String p = jdbc.sql("select file_path from people_import where id = ?").param(id).query(String.class)
			.optional().orElse(null);
		if (p == null || !Files.exists(Path.of(p))) {
			throw new ImportRejected("import.error.file-gone", null);
		}
		return p;
	}

	private void deleteFile(long id) {
		jdbc.sql("select file_path from people_import where id = ?").param(id).query(String.class).optional()
			.ifPresent(p -> {
				try {
					Files.deleteIfExists(Path.of(p));
				}
				catch (IOException e) {
					log.warn("could not delete {}", p);
				}
			});
	}

	private void status(long id, ImportStatus s) {
		jdbc.sql("update people_import set status = ?, phase_done = 0 where id = ?").params(s.name(), id).update();
	}

	private void progress(long id, long done) {
		// its own transaction, so that the page sees it while the commit's transaction is still open
		separate.executeWithoutResult(st -> jdbc.sql("update people_import set phase_done = ? where id = ?")
			.params(done, id).update());
	}

	private void fail(long id, ImportStatus s, String key, String arg) {
		jdbc.sql("update people_import set status = ?, failure_key = ?, failure_arg = ? where id = ?")
			.params(s.name(), key, arg, id).update();
	}

	private void saveErrors(long id, ImportPass pass) {
		jdbc.sql("delete from people_import_error where import_id = ?").param(id).update();
		List<Object[]> batch = new ArrayList<>();
		for (ImportError e : pass.errors) {
			batch.add(new Object[] { id, e.sheet(), e.rowNo(), e.field(), e.messageKey(), e.messageArg(),
					json.writeValueAsString(e.raw()) });
		}
		if (!batch.isEmpty()) {
			org.springframework.jdbc.core.JdbcTemplate t = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
			t.batchUpdate("insert into people_import_error (import_id, sheet, row_no, field, message_key, message_arg, raw) values (?, ?, ?, ?, ?, ?, ?)",
					batch);
		}
	}

	private List<String> raw(String s) {
		if (s == null) {
			return List.of();
		}
		return json.readValue(s, new TypeReference<List<String>>() {
		});
	}

	private static ImportJob job(ResultSet rs, int n) throws SQLException {
		return new ImportJob(rs.getLong("id"), rs.getString("file_name"), rs.getLong("file_size"),
				ImportStatus.valueOf(rs.getString("status")), rs.getLong("phase_total"), rs.getLong("phase_done"),
				rs.getInt("member_rows"), rs.getInt("family_rows"), rs.getInt("error_rows"),
				rs.getInt("members_created"), rs.getInt("members_updated"), rs.getInt("family_created"),
				rs.getInt("family_updated"), rs.getString("failure_key"), rs.getString("failure_arg"),
				rs.getString("created_by"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("previewed_at")), rs.getString("committed_by"),
				instant(rs.getTimestamp("committed_at")), rs.getString("ignored_columns"));
	}

	private static String abbreviate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
