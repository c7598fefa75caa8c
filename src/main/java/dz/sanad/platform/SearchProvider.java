package dz.sanad.platform;

import java.util.List;

/**
 * Implemented by each module whose records staff look up from the header's search box: members by name or
 * matricule, training sessions, activities, holiday applications. A provider returns only what the signed-in user
 * may open, within scope (an out-of-scope record never appears, not even as a count), and nothing when the role
 * is not one of its pages' readers. Each query must be served by an index: the box is used all day.
 */
public interface SearchProvider {

	/** At most {@code limit} results for {@code q} (trimmed; two characters at least, or a number), best first. */
	List<Result> search(SanadUser user, String q, int limit);

	/**
	 * One result: the message key naming its kind (the group heading), its title and a detail line already in the
	 * reader's language, and the page it opens.
	 */
	record Result(String kindKey, String title, String detail, String href) {
	}
}
