package dz.sanad.activities;

import dz.sanad.platform.Label;
import org.springframework.context.MessageSourceResolvable;

/** DRAFT → PUBLISHED (open for registration) → CLOSED; DRAFT or PUBLISHED → CANCELLED. */
public enum ActivityStatus {
	DRAFT, PUBLISHED, CLOSED, CANCELLED;

	public String messageKey() {
		return "act.status." + name();
	}

	/** The state's name in the reader's language, as a message argument. */
	public MessageSourceResolvable label() {
		return Label.of(messageKey(), name());
	}
}
