package dz.sanad.psychology;

import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.WorkItems;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The lead's records awaiting a psychologist; a psychologist's appointments today (indexed counts). */
@Component
class PsychologyWorkItems implements WorkItems {

	private final Caseload caseload;

	private final Appointments appointments;

	PsychologyWorkItems(Caseload caseload, Appointments appointments) {
		this.caseload = caseload;
		this.appointments = appointments;
	}

	@Override
	public List<WorkItem> itemsFor(SanadUser user) {
		List<WorkItem> items = new ArrayList<>();
		if (user.role() == Role.PSYCHOLOGY_LEAD) {
			long n = caseload.unassignedCount();
			if (n > 0) {
				items.add(new WorkItem(n, "psychology.work.unassigned", "/psychology/caseload?state=NEW"));
			}
		}
		if (user.role() == Role.PSYCHOLOGIST) {
			long n = appointments.todayCount(user);
			if (n > 0) {
				items.add(new WorkItem(n, "psychology.work.today", "/psychology/agenda"));
			}
		}
		return items;
	}
}
