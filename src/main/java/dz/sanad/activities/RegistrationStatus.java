package dz.sanad.activities;

import dz.sanad.platform.Label;
import org.springframework.context.MessageSourceResolvable;

/** CONFIRMED holds a place; WAITING is in line (promoted in order when a place frees); CANCELLED is gone. */
public enum RegistrationStatus {
	CONFIRMED, WAITING, CANCELLED;

	public String messageKey() {
		return "act.reg.status." + name();
	}

	/** The state's name in the reader's language, as a message argument. */
	public MessageSourceResolvable label() {
		return Label.of(messageKey(), name());
	}
}
