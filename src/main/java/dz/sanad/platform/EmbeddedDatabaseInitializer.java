package dz.sanad.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts an embedded PostgreSQL (zonky, real PostgreSQL 17 binaries) when no {@code spring.datasource.url} is given,
 * so that {@code ./mvnw spring-boot:run} works on a machine with only a JDK. Data lives under
 * {@code sanad.embedded.data-dir} (default {@code ./data/postgres}) and survives restarts; tests point it at a
 * temporary directory. The server is registered as the first disposable bean so it stops after everything that
 * uses it (connection pool, session store) has closed, and zonky's own shutdown hook is disabled (it would race
 * Spring's and hang for 30 s).
 */
public class EmbeddedDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseInitializer.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment env = context.getEnvironment();
		if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
			return;
		}
		if (context.getParent() != null || context.getBeanFactory().containsSingleton("sanadEmbeddedPostgres")) {
			return;
		}
		Path dataDir = Path.of(env.getProperty("sanad.embedded.data-dir", "data/postgres")).toAbsolutePath();
		DataFolderLock folderLock = null;
		try {
			Files.createDirectories(dataDir.getParent());
			folderLock = DataFolderLock.acquire(dataDir); // refuses, touching nothing, when a live Sanad owns it
			boolean recovering = stopStaleServer(dataDir);
			if (recovering) {
				log.warn("Starting PostgreSQL on {} after an unclean stop: it runs its crash recovery now", dataDir);
			}
			long start = System.nanoTime();
			EmbeddedPostgres pg = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setPort(env.getProperty("sanad.embedded.port", Integer.class, 0) == 0 ? freePort()
						: env.getProperty("sanad.embedded.port", Integer.class))
				.setServerConfig("max_connections", "100")
				.setServerConfig("shared_buffers", env.getProperty("sanad.embedded.shared-buffers", "128MB"))
				.setServerConfig("fsync", env.getProperty("sanad.embedded.fsync", "on"))
				.setLocaleConfig("encoding", "UTF8")
				.start();
			log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", pg.getPort(), dataDir,
					(System.nanoTime() - start) / 1_000_000);
			folderLock.record(ProcessHandle.current().pid(), pg.getPort());
			DataFolderLock heldLock = folderLock;
			Map<String, Object> props = new HashMap<>();
			props.put("spring.datasource.url", pg.getJdbcUrl("postgres", "postgres"));
			props.put("spring.datasource.username", "postgres");
			props.put("spring.datasource.password", "");
			props.put("sanad.embedded.active", "true");
			// demo data is on by default with the embedded database, off with an external one unless asked for
			if (env.getProperty("sanad.demo.enabled") == null) {
				props.put("sanad.demo.enabled", "true");
			}
			env.getPropertySources().addFirst(new MapPropertySource("sanadEmbeddedPostgres", props));
			context.getBeanFactory().registerSingleton("sanadEmbeddedPostgres", pg);
			context.getBeanFactory().registerSingleton("sanadDataFolderLock", heldLock);
			((org.springframework.beans.factory.support.DefaultListableBeanFactory) context.getBeanFactory())
				.registerDisposableBean("sanadEmbeddedPostgresCloser", (DisposableBean) () -> {
					log.info("Stopping embedded PostgreSQL");
					try {
						pg.close();
					}
					finally {
						heldLock.close();
					}
				});
		}
		catch (IOException | RuntimeException e) {
			closeQuietly(folderLock);
			if (e instanceof IllegalStateException refused && refused.getMessage() != null
					&& refused.getMessage().startsWith("Sanad is already running")) {
				throw refused;
			}
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir
					+ " (set SPRING_DATASOURCE_URL to use an external one)", e);
		}
	}

	/**
	 * After a kill -9 the postmaster, or some of its backends, may outlive the JVM and keep the data directory and
	 * its shared memory: stop the postmaster and wait until every process of that instance is gone (ending those that
	 * linger), so the next postmaster does not die on "pre-existing shared memory block is still in use". Only
	 * called once {@link DataFolderLock} proved that no live Sanad owns the folder. Returns whether an earlier
	 * instance was stopped uncleanly (so the new one runs crash recovery).
	 */
	static boolean stopStaleServer(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		List<ProcessHandle> orphans = new ArrayList<>(processesIn(dataDir));
		boolean stale = Files.exists(pidFile) || !orphans.isEmpty();
		Long pid = Files.exists(pidFile) ? postmasterPid(pidFile) : null;
		if (pid != null) {
			ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
				.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true))
				.ifPresent(p -> {
					log.warn("Stopping a stale embedded PostgreSQL (pid {}) left by an earlier run", pid);
					p.descendants().forEach(orphans::add);
					orphans.add(p);
					p.destroy(); // SIGTERM = smart shutdown
				});
		}
		if (!orphans.isEmpty()) {
			log.warn("Waiting for {} process(es) of the earlier PostgreSQL in {} to end", orphans.size(), dataDir);
			orphans.forEach(ProcessHandle::destroy);
			waitFor(orphans, 10);
			orphans.stream().filter(ProcessHandle::isAlive).forEach(p -> {
				log.warn("Killing process {} of the earlier PostgreSQL, it did not stop", p.pid());
				p.destroyForcibly();
			});
			waitFor(orphans, 30);
		}
		Files.deleteIfExists(pidFile);
		return stale;
	}

	private static Long postmasterPid(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		try {
			return lines.isEmpty() ? null : Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** PostgreSQL processes (postmaster and backends) run with the data directory as working directory. */
	static List<ProcessHandle> processesIn(Path dataDir) {
		Path proc = Path.of("/proc");
		if (!Files.isDirectory(proc) || !Files.isDirectory(dataDir)) {
			return List.of();
		}
		Path real;
		try {
			real = dataDir.toRealPath();
		}
		catch (IOException e) {
			return List.of();
		}
		long self = ProcessHandle.current().pid();
		return ProcessHandle.allProcesses().filter(p -> p.pid() != self).filter(p -> {
			try {
				return Files.readSymbolicLink(proc.resolve(Long.toString(p.pid())).resolve("cwd")).equals(real);
			}
			catch (IOException | UnsupportedOperationException | SecurityException e) {
				return false;
			}
		}).toList();
	}

	private static void waitFor(List<ProcessHandle> processes, int seconds) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		for (ProcessHandle p : processes) {
			try {
				long left = deadline - System.nanoTime();
				if (left > 0) {
					p.onExit().get(left, TimeUnit.NANOSECONDS);
				}
			}
			catch (Exception notYet) {
				// the caller checks isAlive() and escalates
			}
		}
	}

	private static void closeQuietly(DataFolderLock lock) {
		if (lock != null) {
			try {
				lock.close();
			}
			catch (IOException ignored) {
				// nothing held any more
			}
		}
	}

	private static int freePort() throws IOException {
		try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
			return s.getLocalPort();
		}
	}
}
