package dz.sanad.platform;

import dz.sanad.support.FreePort;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An external PostgreSQL stopped under the running application: readiness goes DOWN and every request gets a
 * translated 503 (page or JSON), never a 500; once the database is back, readiness is UP again and pages answer,
 * without restarting the application.
 */
@SpringBootTest(properties = { "sanad.demo.enabled=false", "sanad.admin.username=outageadmin",
		"sanad.admin.password=Kestrel-harbour-lantern-91", "spring.datasource.hikari.connection-timeout=1000" })
@AutoConfigureMockMvc
class DatabaseOutageTest {

	static final Path DIR = tempDir();

	static final int PORT = FreePort.get();

	static EmbeddedPostgres pg = start();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Autowired
	MockMvc mvc;

	static Path tempDir() {
		try {
			return Files.createTempDirectory("sanad-outage");
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().setDataDirectory(DIR).setCleanDataDirectory(false).setPort(PORT)
				.setServerConfig("fsync", "off").start();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@AfterAll
	static void stop() throws IOException {
		pg.close();
	}

	@Test
	void anOutageAnswers503TranslatedAndTheApplicationRecoversByItself() throws Exception {
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/login").param("lang", "fr")).andExpect(status().isOk());

		pg.close();
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.status").value("DOWN"));
		mvc.perform(get("/login").param("lang", "fr")).andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(content().string(containsString("Service momentanément indisponible")))
			.andExpect(content().string(not(containsString("Exception"))));
		mvc.perform(get("/").param("lang", "ar")).andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("الخدمة غير متاحة مؤقتًا")))
			.andExpect(content().string(containsString("dir=\"rtl\"")));
		mvc.perform(get("/api/people/members").param("lang", "fr")).andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.message").value(containsString("injoignable")));

		pg = start();
		// the pool reconnects in the background; readiness follows within a few seconds
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
				mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
					.andExpect(jsonPath("$.status").value("UP")));
		mvc.perform(get("/login").param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("<form")));
	}
}
