package dz.sanad.platform;

import dz.sanad.support.IntegrationTest;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every scheduled job runs once across nodes, and a node that starts again drops what it ran before at once. */
@IntegrationTest
class ScheduledJobsTest {

	/** Runs on every node on purpose: each node renews its own leases. */
	private static final String EVERY_NODE = "dz.sanad.platform.JobLeases.beat";

	@Autowired
	JobLeases leases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyScheduledMethodCarriesASchedulerLock() throws Exception {
		ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
		scan.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		List<String> scheduled = new ArrayList<>();
		List<String> unlocked = new ArrayList<>();
		for (var candidate : scan.findCandidateComponents("dz.sanad")) {
			for (Method m : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
				if (m.isAnnotationPresent(Scheduled.class)) {
					String name = m.getDeclaringClass().getName() + "." + m.getName();
					scheduled.add(name);
					if (!m.isAnnotationPresent(SchedulerLock.class) && !name.equals(EVERY_NODE)) {
						unlocked.add(name);
					}
					// ShedLock cannot lock a method returning a value
					assertThat(m.getReturnType()).as(name).isEqualTo(void.class);
				}
			}
		}
		assertThat(scheduled).contains("dz.sanad.activities.PartnershipReminders.daily",
				"dz.sanad.training.FollowUpJob.daily", "dz.sanad.holidays.AllocationJob.expireOverdue", EVERY_NODE);
		assertThat(unlocked).isEmpty();
	}

	@Test
	void aNodeStartingAgainInterruptsWhatItRanBeforeAtOnce() {
		// a young job (a sweep alone would give it time to take its lease) held by this node's previous run
		long mine = jdbc.sql("insert into people_import (file_name, status, created_by) values ('a.xlsx', 'VALIDATING', 'dgsn') returning id")
			.query(Long.class).single();
		// an old job held by another, live node
		long theirs = jdbc.sql("""
				insert into people_import (file_name, status, created_by, created_at)
				values ('b.xlsx', 'COMMITTING', 'dgsn', now() - interval '1 hour') returning id""")
			.query(Long.class).single();
		leases.hold("people_import", mine);
		jdbc.sql("insert into platform_job_lease (kind, job_id, node) values ('people_import', ?, 'another-node')")
			.param(theirs).update();
		leases.onStart();
		assertThat(status(mine)).isEqualTo("FAILED");
		assertThat(jdbc.sql("select failure_key from people_import where id = ?").param(mine).query(String.class)
			.single()).isEqualTo("import.error.interrupted");
		assertThat(status(theirs)).isEqualTo("COMMITTING");
		jdbc.sql("delete from platform_job_lease where job_id = ?").param(theirs).update();
		jdbc.sql("update people_import set status = 'FAILED' where id = ?").param(theirs).update();
	}

	private String status(long id) {
		return jdbc.sql("select status from people_import where id = ?").param(id).query(String.class).single();
	}
}
