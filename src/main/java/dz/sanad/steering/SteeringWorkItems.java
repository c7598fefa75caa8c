package dz.sanad.steering;

import dz.sanad.platform.Dates;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.WorkItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** The committee's actions past their due date, on their owners' home page (an indexed count). */
@Component
class SteeringWorkItems implements WorkItems {

	private final JdbcClient jdbc;

	SteeringWorkItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<WorkItem> itemsFor(SanadUser user) {
		if (user.role() != dz.sanad.platform.Role.COMMITTEE) {
			return List.of();
		}
		long overdue = jdbc.sql("select count(*) from steering_outcome where kind = 'ACTION' and status = 'OPEN' and owner_username = ? and due_on < ?")
			.param(user.getUsername()).param(Dates.today()).query(Long.class).single();
		return overdue == 0 ? List.of() : List.of(new WorkItem(overdue, "steering.work.overdue", "/steering/actions"));
	}
}
