package dz.sanad.documents;

import dz.sanad.platform.Languages;
import org.springframework.context.MessageSource;

/**
 * Both languages of a bilingual document, whatever the reader's: every PDF template gets it as {@code t}, so an
 * official document writes {@code ${t.ar('key')}} and {@code ${t.fr('key')}} instead of literal text.
 */
public record BilingualTexts(MessageSource messages) {

	public String ar(String key, Object... args) {
		return messages.getMessage(key, args, key, Languages.ARABIC);
	}

	public String fr(String key, Object... args) {
		return messages.getMessage(key, args, key, Languages.FRENCH);
	}
}
