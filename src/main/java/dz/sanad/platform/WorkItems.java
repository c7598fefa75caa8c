package dz.sanad.platform;

import java.util.List;

/**
 * Implemented by each module that has work waiting for the signed-in user: the home page lists every item a
 * contributor returns (count, sentence, link). Contributors must count cheaply (an indexed count in the user's
 * scope, never a scan of national tables) and return nothing when the count is zero or the role is not theirs.
 */
public interface WorkItems {

	List<WorkItem> itemsFor(SanadUser user);

	/**
	 * A count of things awaiting the user, the message key of its sentence ({0} is the count, {1}… the optional
	 * arguments, e.g. a name and a deadline) and its page.
	 */
	record WorkItem(long count, String messageKey, String href, List<Object> args) {

		public WorkItem(long count, String messageKey, String href) {
			this(count, messageKey, href, List.of());
		}

		/** The sentence's arguments: the count, then the others. */
		public Object[] arguments() {
			Object[] all = new Object[args.size() + 1];
			all[0] = count;
			for (int i = 0; i < args.size(); i++) {
				all[i + 1] = args.get(i);
			}
			return all;
		}
	}
}
