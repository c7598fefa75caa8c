package dz.sanad.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

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
}
