package dz.sanad.platform;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The logged-in user of the current request. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<SanadUser> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof SanadUser u) {
			return Optional.of(u);
		}
		return Optional.empty();
	}

	public static SanadUser get() {
		return find().orElseThrow(() -> new AccessDeniedException("not authenticated"));
	}

	/** Who to record in the audit trail: the username, or "system" for background work. */
	public static String name() {
		return find().map(SanadUser::getUsername).orElse("system");
	}
}
