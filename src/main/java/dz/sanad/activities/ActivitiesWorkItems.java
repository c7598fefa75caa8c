package dz.sanad.activities;

import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.WorkItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Home page work of an establishment head: people on the waiting lists of its activities, and athletes whose
 * medical certificate has expired (partial indexes of V403 keep both counts cheap).
 */
@Component
class ActivitiesWorkItems implements WorkItems {

	private final JdbcClient jdbc;

	private final ScopeGuard guard;

	ActivitiesWorkItems(JdbcClient jdbc, ScopeGuard guard) {
		this.jdbc = jdbc;
		this.guard = guard;
	}

	@Override
	public List<WorkItem> itemsFor(SanadUser user) {
		if (!user.is(Role.ESTABLISHMENT_HEAD)) {
			return List.of();
		}
		List<Long> units = guard.unitIds();
		if (units == null || units.isEmpty()) {
			return List.of();
		}
		List<WorkItem> items = new ArrayList<>();
		long waiting = jdbc.sql("select count(*) from activities_registration where status = 'WAITING' and unit_id in (:units)")
			.param("units", units).query(Long.class).single();
		items.add(new WorkItem(waiting, "act.work.waiting", "/activities"));
		long expired = jdbc.sql("""
				select count(*) from activities_athlete a join activities_club_section s on s.id = a.section_id
				where a.active and a.medical_valid_until < current_date and s.unit_id in (:units)""")
			.param("units", units).query(Long.class).single();
		items.add(new WorkItem(expired, "act.work.medical", "/activities/clubs"));
		return items;
	}
}
