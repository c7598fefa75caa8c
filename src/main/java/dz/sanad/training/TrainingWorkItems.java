package dz.sanad.training;

import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.WorkItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** Home page work of training: the nominations waiting for the ministry's decision. */
@Component
class TrainingWorkItems implements WorkItems {

	private final JdbcClient jdbc;

	TrainingWorkItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<WorkItem> itemsFor(SanadUser user) {
		if (!user.is(Role.TRAINING_MANAGER)) {
			return List.of();
		}
		// partial index training_nomination_pending (V207): the count never scans decided nominations
		long pending = jdbc.sql("select count(*) from training_nomination where status = 'PENDING'")
			.query(Long.class).single();
		return List.of(new WorkItem(pending, "training.work.pending", "/training/sessions?state=OPEN"));
	}
}
