package dz.sanad.people.imports;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.JobLeases;
import dz.sanad.platform.SanadUser;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * HR imports in two steps, both in the background. The preview reads the file once, checks every row and keeps a
 * row-level error report; the good rows go, through PostgreSQL COPY, into two unlogged staging tables of the job.
 * The commit does not read the file again: it checks in SQL, set-based, what may have moved in the database since
 * the preview (NINs taken, members gone, units closed), then upserts on the matricule from the staging tables in one
 * transaction: all or nothing, and a second import of the same file changes nothing. When the staging tables are
 * gone (a crash empties unlogged tables) or something did move, the commit falls back to reading the file again,
 * which also rebuilds the exact error report.
 * <p>
 * This is the API: the job's state lives in {@link ImportJobs}, the preview in {@link ImportPreview}, the commit in
 * {@link ImportCommit}, the staging tables in {@link ImportStaging}, the downloads in {@link ImportSheets}.
 */
@Service
public class PeopleImports {

	private final ImportJobs jobs;

	private final ImportPreview previews;

	private final ImportCommit commits;

	private final ImportStaging staging;

	private final ImportSheets sheets;

	private final TaskExecutor executor;

	private final JobLeases leases;

	private final Path dir;

	private final long maxBytes;

	PeopleImports(ImportJobs jobs, ImportPreview previews, ImportCommit commits, ImportStaging staging,
			ImportSheets sheets, @Qualifier("applicationTaskExecutor") TaskExecutor executor, JobLeases leases,
			@Value("${sanad.people.import.dir:${java.io.tmpdir}/sanad-imports}") String dir,
			@Value("${sanad.people.import.max-bytes:52428800}") long maxBytes) {
		this.jobs = jobs;
		this.previews = previews;
		this.commits = commits;
		this.staging = staging;
		this.sheets = sheets;
		this.executor = executor;
		this.leases = leases;
		this.dir = Path.of(dir);
		this.maxBytes = maxBytes;
	}

	/**
	 * Jobs whose node died are marked failed by {@link ImportLeases} (on whichever node sweeps next, never while
	 * their node lives); their staging tables go here.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void dropStaleStagingAtStart() {
		staging.dropStaleStaging();
	}

	// ---- API

	/** Stores the upload and starts its preview; a file over the size limit is refused at once (and reported). */
	public ImportJob upload(SanadUser user, String fileName, long size, InputStream content) {
		String name = fileName == null || fileName.isBlank() ? "import" : Path.of(fileName).getFileName().toString();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		if (size > maxBytes) {
			long id = jobs.create(name, size, ImportStatus.REJECTED, user.getUsername());
			jobs.fail(id, ImportStatus.REJECTED, "import.error.too-big", String.valueOf(maxBytes / (1024 * 1024)));
			return get(id);
		}
		long id = jobs.create(name, size, ImportStatus.QUEUED, user.getUsername());
		leases.hold(ImportLeases.KIND, id); // until the background work ends (run)
		Path file = dir.resolve(id + ".upload");
		try {
			Files.createDirectories(dir);
			long copied = Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			if (copied > maxBytes) {
				Files.deleteIfExists(file);
				jobs.fail(id, ImportStatus.REJECTED, "import.error.too-big", String.valueOf(maxBytes / (1024 * 1024)));
				leases.release(ImportLeases.KIND, id);
				return get(id);
			}
			jobs.stored(id, file.toString(), copied);
		}
		catch (IOException e) {
			jobs.fail(id, ImportStatus.FAILED, "import.error.unexpected", null);
			leases.release(ImportLeases.KIND, id);
			throw new UncheckedIOException(e);
		}
		run(user, id, () -> previews.preview(id));
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
			throw BusinessException.of("import.error.not-committable");
		}
		if (job.hasIgnoredColumns() && !ignoredColumnsAcknowledged) {
			throw BusinessException.onField("acknowledgeIgnored", "import.error.ignored-not-acknowledged",
					job.ignoredColumns());
		}
		leases.hold(ImportLeases.KIND, id); // before the job shows as running, so no sweep takes it for abandoned
		if (!jobs.committing(id, (long) job.memberRows() + job.familyRows(), user.getUsername())) {
			leases.release(ImportLeases.KIND, id);
			throw BusinessException.of("import.error.not-committable");
		}
		run(user, id, () -> commits.write(id));
		return get(id);
	}

	public ImportJob get(long id) {
		return jobs.get(id);
	}

	public Page<ImportJob> list(ImportStatus status, Pageable pageable) {
		return jobs.list(status, pageable);
	}

	public List<ImportError> errors(long id, int limit) {
		return jobs.errors(id, limit);
	}

	/** The rejected rows as they were in the file, plus a column saying what is wrong, in the reader's language. */
	public void errorsXlsx(long id, Locale locale, OutputStream out) throws IOException {
		sheets.errorsXlsx(id, locale, out);
	}

	/** An empty file with the expected headers (French and Arabic) and a sheet listing the accepted codes. */
	public void template(Locale locale, OutputStream out) throws IOException {
		sheets.template(locale, out);
	}

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
}
