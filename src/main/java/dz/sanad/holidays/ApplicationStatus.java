package dz.sanad.holidays;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * SUBMITTED → (allocation) PLACED or WAITING; PLACED → CONFIRMED, or EXPIRED when the confirmation deadline passes;
 * WAITING → PLACED when a place frees up; anything still alive → WITHDRAWN.
 */
public enum ApplicationStatus {
	SUBMITTED, PLACED, CONFIRMED, WAITING, WITHDRAWN, EXPIRED;

	public boolean holdsPlace() {
		return this == PLACED || this == CONFIRMED;
	}

	public String messageKey() {
		return "holidays.application.status." + name();
	}

	/**
	 * The translatable name, for a message argument: resolved in the reader's language where the message is shown
	 * (page or API), so a refused transition never shows the raw code.
	 */
	public MessageSourceResolvable label() {
		return new DefaultMessageSourceResolvable(new String[] { messageKey() }, name());
	}
}
