package dz.sanad.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

@Component
@Order(100)
class DemoDataRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

	private final DemoMode demoMode;

	private final List<DemoDataContributor> contributors;

	private final JdbcClient jdbc;

	DemoDataRunner(DemoMode demoMode, List<DemoDataContributor> contributors, JdbcClient jdbc) {
		this.demoMode = demoMode;
		this.contributors = contributors;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.isEnabled()) {
			return;
		}
		contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).forEach(c -> {
			boolean done = jdbc.sql("select count(*) from platform_demo_seed where contributor = ?")
				.param(c.name()).query(Integer.class).single() > 0;
			if (done) {
				return;
			}
			long start = System.nanoTime();
			c.seed(demoMode.scale());
			jdbc.sql("insert into platform_demo_seed (contributor, scale) values (?, ?)")
				.params(c.name(), demoMode.scale().name()).update();
			log.info("Demo data '{}' ({}) seeded in {} ms", c.name(), demoMode.scale(),
					(System.nanoTime() - start) / 1_000_000);
		});
	}
}
