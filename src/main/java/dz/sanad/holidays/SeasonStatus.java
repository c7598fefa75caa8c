package dz.sanad.holidays;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** DRAFT (criteria editable) → OPEN (application window) → CLOSED (window over) → ALLOCATED (results out). */
public enum SeasonStatus {
	DRAFT, OPEN, CLOSED, ALLOCATED;

	public String messageKey() {
		return "holidays.season.status." + name();
	}

	/**
	 * The translatable name, for a message argument: resolved in the reader's language where the message is shown
	 * (page or API), so a refused transition never shows the raw code.
	 */
	public MessageSourceResolvable label() {
		return new DefaultMessageSourceResolvable(new String[] { messageKey() }, name());
	}
}
