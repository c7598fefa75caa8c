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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
		try {
			Files.createDirectories(dataDir.getParent());
			stopStaleServer(dataDir);
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
			((org.springframework.beans.factory.support.DefaultListableBeanFactory) context.getBeanFactory())
				.registerDisposableBean("sanadEmbeddedPostgresCloser", (DisposableBean) () -> {
					log.info("Stopping embedded PostgreSQL");
					pg.close();
				});
		}
		catch (IOException e) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir
					+ " (set SPRING_DATASOURCE_URL to use an external one)", e);
		}
	}

	/** After a kill -9 the postmaster may outlive the JVM and keep the data directory: stop it first. */
	static void stopStaleServer(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			Files.deleteIfExists(pidFile);
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException e) {
			Files.deleteIfExists(pidFile);
			return;
		}
		ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true))
			.ifPresent(p -> {
				log.warn("Stopping a stale embedded PostgreSQL (pid {}) left by an earlier run", pid);
				p.destroy(); // SIGTERM = smart shutdown; postmaster then exits once clients are gone
				try {
					p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (Exception timeout) {
					p.destroyForcibly();
				}
			});
		Files.deleteIfExists(pidFile);
	}

	private static int freePort() throws IOException {
		try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
			return s.getLocalPort();
		}
	}
}
