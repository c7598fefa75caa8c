package dz.sanad.platform;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A message argument translated where the message is shown (Spring resolves {@link MessageSourceResolvable}
 * arguments in the reader's language): "Non autorisé : Publiée → Clôturée", never the codes of the states.
 */
public final class Label {

	private Label() {
	}

	/** The label of a message key, falling back to {@code fallback} when the key is missing. */
	public static MessageSourceResolvable of(String key, String fallback) {
		return new DefaultMessageSourceResolvable(new String[] { key }, fallback);
	}
}
