package dz.sanad.platform;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * Every {@code @Scheduled} job carries a {@code @SchedulerLock}: the node that takes the job's row in the
 * {@code shedlock} table runs it, the others skip that turn. Times are PostgreSQL's ({@code usingDbTime}), so
 * nodes with drifting clocks agree on when a lock ends.
 */
@Configuration(proxyBeanMethods = false)
// outermost advice: a job's lock is taken before its transaction begins and kept until that has committed
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", order = Ordered.HIGHEST_PRECEDENCE)
class SchedulerLockConfig {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}
}
