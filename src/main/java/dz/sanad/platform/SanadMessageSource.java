package dz.sanad.platform;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

/**
 * Sanad's message bundles: apostrophes stay literal in every language ("l'unité"), and a message with a
 * {@code {0, plural, …}} argument is formatted by ICU so counts agree with their number («شهادتان», «3 شهادات»,
 * «12 شهادة»), with Latin digits. Used by the application ({@code MessagesConfig}) and by tests that render
 * documents without a Spring context.
 */
public class SanadMessageSource extends ResourceBundleMessageSource {

	@Override
	protected java.text.MessageFormat createMessageFormat(String msg, Locale locale) {
		return super.createMessageFormat(msg.replace("'", "''"), locale);
	}

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code != null && args != null && args.length > 0 && locale != null) {
			String raw = resolveCodeWithoutArguments(code, locale);
			if (raw != null && raw.contains(", plural,")) {
				ULocale latn = ULocale.forLocale(locale).setKeywordValue("numbers", "latn");
				return new MessageFormat(raw.replace("'", "''"), latn).format(resolveArguments(args, locale));
			}
		}
		return super.getMessageInternal(code, args, locale);
	}
}
