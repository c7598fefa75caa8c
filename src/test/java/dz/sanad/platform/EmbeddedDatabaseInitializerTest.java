package dz.sanad.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** After a kill -9, a stale postmaster.pid (and a surviving postmaster) must not stop the next start. */
class EmbeddedDatabaseInitializerTest {

	@Test
	void stopsASurvivingPostmasterAndRemovesItsPidFile(@TempDir Path dir) throws Exception {
		// a stand-in "postgres" process: a copy of sleep named postgres
		Path fake = dir.resolve("postgres");
		Files.copy(Path.of("/bin/sleep"), fake);
		fake.toFile().setExecutable(true);
		Process p = new ProcessBuilder(fake.toString(), "300").start();
		Files.writeString(dir.resolve("postmaster.pid"), p.pid() + "\n" + dir + "\n");

		EmbeddedDatabaseInitializer.stopStaleServer(dir);

		assertThat(p.waitFor(5, TimeUnit.SECONDS)).isTrue();
		assertThat(dir.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void leavesUnrelatedProcessesAlone(@TempDir Path dir) throws Exception {
		Process p = new ProcessBuilder("sleep", "300").start();
		try {
			Files.writeString(dir.resolve("postmaster.pid"), p.pid() + "\n");
			EmbeddedDatabaseInitializer.stopStaleServer(dir);
			assertThat(p.isAlive()).isTrue();
			assertThat(dir.resolve("postmaster.pid")).doesNotExist();
		}
		finally {
			p.destroyForcibly();
		}
	}

	@Test
	void ignoresAPidFileOfADeadProcess(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("postmaster.pid"), "999999999\n");
		EmbeddedDatabaseInitializer.stopStaleServer(dir);
		assertThat(dir.resolve("postmaster.pid")).doesNotExist();
	}

	/** Starts the embedded database the way the application does, on {@code dir}, in a bare context. */
	private static GenericApplicationContext start(Path dir) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
				Map.of("sanad.embedded.data-dir", dir.toString(), "sanad.embedded.shared-buffers", "16MB")));
		new EmbeddedDatabaseInitializer().initialize(context);
		return context;
	}

	private static EmbeddedPostgres pg(GenericApplicationContext context) {
		return (EmbeddedPostgres) context.getBeanFactory().getSingleton("sanadEmbeddedPostgres");
	}

	private static long count(GenericApplicationContext context) throws Exception {
		try (Connection c = pg(context).getPostgresDatabase().getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select count(*) from t")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	@Test
	void startsAgainAfterTheOwnerAndItsPostmasterAreKilledMidWrite(@TempDir Path tmp) throws Exception {
		Path dir = tmp.resolve("postgres");
		GenericApplicationContext first = start(dir);
		try (Connection c = pg(first).getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("create table t(id serial primary key, v text)");
			s.execute("insert into t(v) select 'committed' from generate_series(1, 100)");
			s.execute("checkpoint"); // durable whatever the test's fsync/synchronous_commit settings
		}
		long postmaster = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
		AtomicBoolean writing = new AtomicBoolean(true);
		Connection writer = pg(first).getPostgresDatabase().getConnection();
		Thread loop = new Thread(() -> {
			try (Statement s = writer.createStatement()) {
				while (writing.get()) {
					s.execute("insert into t(v) select 'loop' from generate_series(1, 1000)");
				}
			}
			catch (Exception killed) {
				// the server went away under the loop
			}
		});
		loop.start();
		while (count(first) < 2000) {
			Thread.onSpinWait();
		}
		// the owning JVM "dies": its folder lock goes with it, and the postmaster is killed hard mid-write
		((DataFolderLock) first.getBeanFactory().getSingleton("sanadDataFolderLock")).close();
		ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
		writing.set(false);
		loop.join();
		writer.close();
		try {
			pg(first).close(); // releases zonky's own in-JVM lock, as the dead JVM would (its server is gone already)
		}
		catch (Exception alreadyDead) {
			// pg_ctl finds no server
		}

		GenericApplicationContext second = start(dir);
		try {
			// tests run with fsync off, so the loop's last commits may be lost; what was checkpointed never is
			assertThat(count(second)).isGreaterThanOrEqualTo(100);
			assertThat(EmbeddedDatabaseInitializer.processesIn(dir)).isNotEmpty(); // the new instance only
		}
		finally {
			pg(second).close();
			((DataFolderLock) second.getBeanFactory().getSingleton("sanadDataFolderLock")).close();
		}
	}

	@Test
	void aSecondStartOnAFolderInUseRefusesAndLeavesTheFirstWorking(@TempDir Path tmp) throws Exception {
		Path dir = tmp.resolve("postgres");
		GenericApplicationContext first = start(dir);
		try (Connection c = pg(first).getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("create table t(id int)");
			s.execute("insert into t values (1)");

			assertThatThrownBy(() -> start(dir)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Sanad is already running with this data folder")
				.hasMessageContaining("pid " + ProcessHandle.current().pid())
				.hasMessageContaining("port " + pg(first).getPort());

			s.execute("insert into t values (2)");
			assertThat(count(first)).isEqualTo(2);
		}
		finally {
			pg(first).close();
			((DataFolderLock) first.getBeanFactory().getSingleton("sanadDataFolderLock")).close();
		}
	}
}
