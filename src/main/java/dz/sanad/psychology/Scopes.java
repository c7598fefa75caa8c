package dz.sanad.psychology;

import java.util.List;

/** The case consent scopes of the psychology domain, as kept by the platform's {@code CaseConsents}. */
public final class Scopes {

	public static final String DOMAIN = "psychology";

	public static final String FOLLOW_UP = "FOLLOW_UP";

	public static final String SHARE_PHYSICIAN = "SHARE_PHYSICIAN";

	public static final String REFER_MINISTRY = "REFER_MINISTRY";

	public static final String ANONYMOUS_STATS = "ANONYMOUS_STATS";

	public static final List<String> ALL = List.of(FOLLOW_UP, SHARE_PHYSICIAN, REFER_MINISTRY, ANONYMOUS_STATS);

	private Scopes() {
	}
}
