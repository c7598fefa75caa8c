package dz.sanad.psychology.instruments;

import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.WorkItems;
import org.springframework.stereotype.Component;

import java.util.List;

/** Open safety alerts on the home page of whoever may handle them (today's on-call, those told, the lead). */
@Component
class AlertWorkItems implements WorkItems {

	private final SafetyAlerts alerts;

	AlertWorkItems(SafetyAlerts alerts) {
		this.alerts = alerts;
	}

	@Override
	public List<WorkItem> itemsFor(SanadUser user) {
		if (!user.is(Role.PSYCHOLOGIST, Role.PSYCHOLOGY_LEAD)) {
			return List.of();
		}
		long open = alerts.openFor(user).size();
		return open == 0 ? List.of() : List.of(new WorkItem(open, "instruments.work.alerts", "/psychology/alerts"));
	}
}
