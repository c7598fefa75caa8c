package dz.sanad.activities;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dz.sanad.SanadApplication;
import dz.sanad.platform.JobLeases;
import dz.sanad.support.FreePort;
import dz.sanad.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dz.sanad.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/**
 * Two nodes on one database: node A is this test's application context (with its embedded PostgreSQL and demo
 * data), node B a second application started on A's database. Scheduled jobs run once, a job of a dead node is
 * marked interrupted by the other (never one of a live node), and the /verify rate limit counts across both.
 */
@IntegrationTest
class TwoNodesTest {

	static final int SMTP_PORT = FreePort.get();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("sanad.node.name", () -> "node-a");
		// long enough that nothing in this test outlives a lock, and no periodic sweep runs behind its back
		registry.add("sanad.activities.reminder-lock-at-least", () -> "PT10M");
		registry.add("sanad.jobs.sweep", () -> "PT1H");
	}

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static ConfigurableApplicationContext nodeB;

	@Autowired
	Environment env;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PartnershipReminders remindersA;

	@Autowired
	JobLeases leasesA;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void startNodeB() {
		if (nodeB == null) {
			// command-line arguments: they win over application.yml (builder properties would not)
			nodeB = new SpringApplicationBuilder(SanadApplication.class).run(
					"--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
					"--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
					"--spring.datasource.password=",
					"--sanad.demo.enabled=false", "--server.port=0", "--sanad.node.name=node-b",
					"--spring.mail.host=localhost", "--spring.mail.port=" + SMTP_PORT,
					"--sanad.activities.reminder-lock-at-least=PT10M", "--sanad.jobs.sweep=PT1H");
		}
	}

	@AfterAll
	static void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
		}
	}

	@Test
	void theDailyReminderFiredOnBothNodesAtOnceSendsEachMailOnce() throws Exception {
		PartnershipReminders remindersB = nodeB.getBean(PartnershipReminders.class);
		List<Long> due = jdbc.sql("select id from activities_partnership where reminder_sent_on is null")
			.query(Long.class).list();
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<?>> runs = new ArrayList<>();
		for (PartnershipReminders node : List.of(remindersA, remindersB)) {
			runs.add(pool.submit(() -> {
				go.await();
				node.daily();
				return null;
			}));
		}
		go.countDown();
		for (Future<?> f : runs) {
			f.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
		List<Long> reminded = jdbc.sql("select id from activities_partnership where reminder_sent_on is not null")
			.query(Long.class).list();
		reminded.retainAll(due);
		assertThat(reminded).isNotEmpty(); // "Ateliers de lecture pour enfants" ends in 20 days
		assertThat(jdbc.sql("select locked_by from shedlock where name = 'activities.partnership-reminders'")
			.query(String.class).single()).isNotBlank();
		awaitRemindersHandled();
		List<String> subjects = new ArrayList<>();
		for (MimeMessage m : mail.getReceivedMessages()) {
			if (m.getSubject().contains("تنتهي")) {
				subjects.add(m.getSubject());
			}
		}
		assertThat(subjects).hasSize(reminded.size()).doesNotHaveDuplicates();
		assertThat(String.join("\n", subjects)).contains("Ateliers de lecture pour enfants");

		// even with the reminders unclaimed again, neither node runs the job while the lock holds
		for (Long id : reminded) {
			jdbc.sql("update activities_partnership set reminder_sent_on = null where id = ?").param(id).update();
		}
		remindersB.daily();
		remindersA.daily();
		for (Long id : reminded) {
			assertThat(jdbc.sql("select count(*) from activities_partnership where id = ? and reminder_sent_on is not null")
				.param(id).query(Integer.class).single()).isZero();
		}
	}

	@Test
	void aJobOfADeadNodeIsInterruptedByTheOtherNeverOneOfALiveNode() throws Exception {
		JobLeases leasesB = nodeB.getBean(JobLeases.class);
		long importId = jdbc.sql("""
				insert into people_import (file_name, status, created_by, created_at)
				values ('agents.xlsx', 'COMMITTING', 'dgsn', now() - interval '1 hour') returning id""")
			.query(Long.class).single();
		long runId = jdbc.sql("""
				insert into holiday_run (season_id, status, seed, started_by, started_at)
				values ((select min(id) from holiday_season), 'RUNNING', 1, 'dgsn', now() - interval '1 hour') returning id""")
			.query(Long.class).single();
		long sessionId = jdbc.sql("select min(id) from training_session").query(Long.class).single();
		long batchId = jdbc.sql("""
				insert into training_job (kind, session_id, started_by, status, started_at)
				values ('CERTIFICATES', ?, 'ministry', 'RUNNING', now() - interval '1 hour') returning id""")
			.param(sessionId).query(Long.class).single();
		leasesA.hold("people_import", importId);
		leasesA.hold("holiday_run", runId);
		leasesA.hold("training_job", batchId);

		// node A lives (its beats are fresh): however old its jobs, node B leaves them alone
		leasesB.sweep();
		assertThat(stateOf("people_import", importId)).isEqualTo("COMMITTING");
		assertThat(stateOf("holiday_run", runId)).isEqualTo("RUNNING");
		assertThat(stateOf("training_job", batchId)).isEqualTo("RUNNING");

		// the node running them dies: its beats stop
		jdbc.sql("update platform_job_lease set node = 'node-dead', beat_at = now() - interval '1 hour' where node = 'node-a'")
			.update();
		assertThat(leasesB.sweep()).isGreaterThanOrEqualTo(3);
		assertThat(stateOf("people_import", importId)).isEqualTo("FAILED");
		assertThat(stateOf("holiday_run", runId)).isEqualTo("INTERRUPTED");
		assertThat(stateOf("training_job", batchId)).isEqualTo("INTERRUPTED");
		assertThat(jdbc.sql("select count(*) from platform_job_lease").query(Integer.class).single()).isZero();

		// each job's page says so, in the reader's language
		mvc.perform(get("/people/imports/" + importId).param("lang", "fr").with(as(users, "dgsn")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("le serveur qui le traitait s’est arrêté")));
		mvc.perform(get("/holidays/runs/" + runId).param("lang", "ar").with(as(users, "dgsn")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("توقفت عملية التوزيع لأن الخادم الذي كان يحسبها توقف")));
		mvc.perform(get("/training/sessions/" + sessionId + "/certificates/jobs/" + batchId).param("lang", "en")
			.with(as(users, "ministry")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the server generating the certificates stopped")));
	}

	@Test
	void theVerificationLimitIsCountedAcrossNodes() throws Exception {
		String b = "http://127.0.0.1:" + nodeB.getEnvironment().getProperty("local.server.port");
		HttpClient http = HttpClient.newHttpClient();
		int admitted = 0;
		int last = 0;
		while (admitted <= 100) {
			last = http.send(HttpRequest.newBuilder(URI.create(b + "/verify/bbbbbbbbbbbbbbbbbbbbbbbbbb")).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode();
			if (last == 429) {
				break;
			}
			assertThat(last).isEqualTo(404);
			admitted++;
		}
		assertThat(last).isEqualTo(429);
		assertThat(admitted).isEqualTo(30); // sanad.training.verify-per-minute
		assertThat(jdbc.sql("select count(*) from platform_rate_hit where name = 'training.verify' and key = '127.0.0.1'")
			.query(Integer.class).single()).isEqualTo(admitted);
		// the same address on node A is refused too, with the translated page
		mvc.perform(get("/verify/bbbbbbbbbbbbbbbbbbbbbbbbbb").param("lang", "fr").with(r -> {
			r.setRemoteAddr("127.0.0.1");
			return r;
		})).andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Trop de vérifications depuis votre adresse")));
		mvc.perform(get("/verify/bbbbbbbbbbbbbbbbbbbbbbbbbb").param("lang", "ar").with(r -> {
			r.setRemoteAddr("127.0.0.1");
			return r;
		})).andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("محاولات تحقق كثيرة من عنوانك")));
	}

	private String stateOf(String table, long id) {
		return jdbc.sql("select status from " + table + " where id = ?").param(id).query(String.class).single();
	}

	/** Waits until every reminder event was handled (its publication completed), on whichever node sent it. */
	private void awaitRemindersHandled() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			int open = jdbc.sql("""
					select count(*) from event_publication
					where event_type like '%PartnershipExpiring' and completion_date is null""")
				.query(Integer.class).single();
			int all = jdbc.sql("select count(*) from event_publication where event_type like '%PartnershipExpiring'")
				.query(Integer.class).single();
			if (all > 0 && open == 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the reminder mails were not all handled within a minute");
	}
}
