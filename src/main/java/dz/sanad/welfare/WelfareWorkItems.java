package dz.sanad.welfare;

import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.WorkItems;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Home page work of welfare: for a handler, the concerns in hand, those about to breach, and the unassigned ones of
 * the queue; for a member, the concerns where a document or an answer is awaited from them.
 */
@Component
class WelfareWorkItems implements WorkItems {

	private final ConcernSearch search;

	private final MemberConcerns members;

	WelfareWorkItems(ConcernSearch search, MemberConcerns members) {
		this.search = search;
		this.members = members;
	}

	@Override
	public List<WorkItem> itemsFor(SanadUser user) {
		List<WorkItem> items = new ArrayList<>();
		if (user.role() == Role.MEMBER) {
			long waiting = members.mine(user).stream().filter(c -> c.getState() == ConcernState.WAITING_MEMBER).count();
			if (waiting > 0) {
				items.add(new WorkItem(waiting, "welfare.work.answer-requested", "/welfare/my"));
			}
			return items;
		}
		if (user.role() != Role.WILAYA_OFFICER && user.role() != Role.DGSN_SOCIAL) {
			return items;
		}
		long pending = search.pendingOf(user.getUsername());
		if (pending > 0) {
			items.add(new WorkItem(pending, "welfare.work.pending", "/welfare/concerns?mine=true"));
		}
		long breaching = search.breachingOpen(user.getUsername());
		if (breaching > 0) {
			items.add(new WorkItem(breaching, "welfare.work.breaching", "/welfare/concerns?mine=true&breaching=true"));
		}
		long unassigned = search.unassignedIn(user);
		if (unassigned > 0) {
			items.add(new WorkItem(unassigned, "welfare.work.unassigned", "/welfare/concerns?state=SUBMITTED"));
		}
		return items;
	}
}
