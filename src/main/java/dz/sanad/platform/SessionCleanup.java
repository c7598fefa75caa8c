package dz.sanad.platform;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions once a minute on one node, instead of Spring Session's own cleanup on every node
 * (switched off with {@code spring.session.jdbc.cleanup-cron: "-"}).
 */
@Component
class SessionCleanup {

	private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

	SessionCleanup(ObjectProvider<JdbcIndexedSessionRepository> sessions) {
		this.sessions = sessions;
	}

	@Scheduled(cron = "0 * * * * *")
	@SchedulerLock(name = "platform.session-cleanup", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
	public void cleanUp() {
		sessions.ifAvailable(JdbcIndexedSessionRepository::cleanUpExpiredSessions);
	}
}
