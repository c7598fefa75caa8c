package dz.sanad.platform;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

/**
 * Sliding-window rate limits kept in PostgreSQL, so every node counts the same requests (the approach of the login
 * throttle). A transaction-scoped advisory lock on the limit and key serialises concurrent requests of one client,
 * from whatever node, so the limit is exact; other clients are never blocked.
 */
@Component
public class RateLimit {

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	RateLimit(JdbcClient jdbc, PlatformTransactionManager txm) {
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(txm);
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Admits and counts the request when {@code key} made fewer than {@code max} requests under this limit's
	 * {@code name} in the last {@code window}; refuses it (and counts nothing) otherwise.
	 */
	public boolean tryAcquire(String name, String key, int max, Duration window) {
		String k = key == null ? "" : key.length() > 100 ? key.substring(0, 100) : key;
		Boolean admitted = tx.execute(st -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtextextended(? || '|' || ?, 0))").params(name, k)
				.query((rs, n) -> 1).list();
			long seconds = Math.max(1, window.toSeconds());
			jdbc.sql("delete from platform_rate_hit where name = ? and key = ? and hit_at <= now() - make_interval(secs => ?)")
				.params(name, k, seconds).update();
			long used = jdbc.sql("select count(*) from platform_rate_hit where name = ? and key = ?").params(name, k)
				.query(Long.class).single();
			if (used >= max) {
				return false;
			}
			jdbc.sql("insert into platform_rate_hit (name, key) values (?, ?)").params(name, k).update();
			return true;
		});
		return Boolean.TRUE.equals(admitted);
	}

	/** Whether {@code key} already used up this limit in the last {@code window} (counts nothing). */
	public boolean exhausted(String name, String key, int max, Duration window) {
		String k = key == null ? "" : key.length() > 100 ? key.substring(0, 100) : key;
		return jdbc.sql("select count(*) from platform_rate_hit where name = ? and key = ? "
				+ "and hit_at > now() - make_interval(secs => ?)")
			.params(name, k, Math.max(1, window.toSeconds())).query(Long.class).single() >= max;
	}

	/** Clients that never came back leave rows behind; an hour is longer than any window. Once across nodes. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	@SchedulerLock(name = "platform.rate-limit-purge", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5M")
	public void purge() {
		jdbc.sql("delete from platform_rate_hit where hit_at < now() - interval '1 hour'").update();
	}
}
