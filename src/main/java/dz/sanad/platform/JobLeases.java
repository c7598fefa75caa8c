package dz.sanad.platform;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Background jobs in progress hold a lease: a row naming the node that runs them, whose beat that node renews while
 * it lives. When a node dies its beats stop; once they are older than {@code sanad.jobs.stale-after}, whichever node
 * sweeps next has the job's module mark it interrupted (with its translated message). A job on a live node is never
 * touched, however long it runs. A node that starts again under the same name knows at once that the leases it held
 * before are dead.
 */
@Component
public class JobLeases {

	/** A module's kind of background job, which the sweep may find abandoned. */
	public interface Interruptible {

		/** The lease kind, e.g. the job table's name. */
		String kind();

		/** Jobs still queued or running, created before {@code cutoff} (younger ones may not hold a lease yet). */
		List<Long> runningCreatedBefore(Instant cutoff);

		/** Marks the job interrupted if it is still queued or running; nothing otherwise. */
		void interrupt(long id);
	}

	private static final Logger log = LoggerFactory.getLogger(JobLeases.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<Interruptible> kinds;

	private final String node;

	private final Duration staleAfter;

	JobLeases(JdbcClient jdbc, ObjectProvider<Interruptible> kinds, @Value("${sanad.node.name:}") String node,
			@Value("${server.port:8080}") String port, @Value("${sanad.jobs.stale-after:PT2M}") Duration staleAfter) {
		this.jdbc = jdbc;
		this.kinds = kinds;
		this.node = StringUtils.hasText(node) ? node : host() + ":" + port;
		this.staleAfter = staleAfter;
	}

	/** This node's name in leases (and in the log): {@code sanad.node.name}, by default host and port. */
	public String node() {
		return node;
	}

	/** Takes (or renews) the lease of a job this node runs; in the caller's transaction if there is one. */
	public void hold(String kind, long id) {
		jdbc.sql("""
				insert into platform_job_lease (kind, job_id, node) values (?, ?, ?)
				on conflict (kind, job_id) do update set node = excluded.node, beat_at = now()""")
			.params(kind, id, node).update();
	}

	/** The job ended, however: its lease goes. */
	public void release(String kind, long id) {
		jdbc.sql("delete from platform_job_lease where kind = ? and job_id = ?").params(kind, id).update();
	}

	/** Every node beats for its own jobs. */
	@Scheduled(fixedDelayString = "${sanad.jobs.heartbeat:PT20S}")
	void beat() {
		jdbc.sql("update platform_job_lease set beat_at = now() where node = ?").param(node).update();
	}

	/** At start-up this node runs nothing yet: what it held before died with its previous run. */
	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		List<String[]> mine = jdbc.sql("select kind, job_id from platform_job_lease where node = ?").param(node)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		for (String[] lease : mine) {
			interrupt(lease[0], Long.parseLong(lease[1]));
		}
		sweep();
	}

	/** The periodic sweep, once across nodes. */
	@Scheduled(fixedDelayString = "${sanad.jobs.sweep:PT1M}", initialDelayString = "${sanad.jobs.sweep:PT1M}")
	@SchedulerLock(name = "platform.job-sweep", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
	public void scheduledSweep() {
		sweep();
	}

	/**
	 * Marks interrupted every queued or running job without a live lease; returns how many. Idempotent: two nodes
	 * sweeping at once mark each job once (the modules' updates only touch running jobs).
	 */
	public int sweep() {
		Instant cutoff = jdbc.sql("select now()").query(Timestamp.class).single().toInstant().minus(staleAfter);
		jdbc.sql("delete from platform_job_lease where beat_at < ?").param(Timestamp.from(cutoff)).update();
		int n = 0;
		for (Interruptible kind : kinds) {
			// running jobs first, leases second: a job's lease is taken before it is marked running, so a job
			// that starts between the two reads is seen with its lease
			List<Long> running = kind.runningCreatedBefore(cutoff);
			Set<Long> live = new HashSet<>(jdbc.sql("select job_id from platform_job_lease where kind = ?")
				.param(kind.kind()).query(Long.class).list());
			for (Long id : running) {
				if (!live.contains(id)) {
					interrupt(kind.kind(), id);
					n++;
				}
			}
		}
		return n;
	}

	private void interrupt(String kind, long id) {
		for (Interruptible k : kinds) {
			if (k.kind().equals(kind)) {
				log.warn("Background job {} {} lost its node: marked interrupted", kind, id);
				k.interrupt(id);
			}
		}
		release(kind, id);
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			return "localhost";
		}
	}
}
