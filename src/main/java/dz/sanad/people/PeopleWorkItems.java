package dz.sanad.people;

import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.WorkItems;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.util.List;

/** Home page work of people: the correction requests pending in the officer's scope. */
@Component
class PeopleWorkItems implements WorkItems {

	private final PeopleCorrections corrections;

	PeopleWorkItems(PeopleCorrections corrections) {
		this.corrections = corrections;
	}

	@Override
	public List<WorkItem> itemsFor(SanadUser user) {
		if (!user.is(Role.WILAYA_OFFICER, Role.ADMIN)) {
			return List.of();
		}
		long pending = corrections.search(user, new PeopleCorrections.Filter(CorrectionStatus.PENDING, null),
				PageRequest.of(0, 1)).getTotalElements();
		return List.of(new WorkItem(pending, "home.work.corrections", "/people/corrections?status=PENDING"));
	}
}
