package dz.sanad.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Translations: {@code messages_*.properties} for the platform plus every module's {@code i18n/<module>_*.properties},
 * found on the classpath, so a new module's bundle needs no configuration. UTF-8, Arabic as the fallback.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

	@Bean
	MessageSource messageSource() {
		Set<String> basenames = new LinkedHashSet<>();
		basenames.add("messages");
		try {
			Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
			Arrays.stream(bundles).map(Resource::getFilename).filter(n -> n != null && n.matches(".+_[a-z]{2}\\.properties"))
				.map(n -> "i18n/" + n.substring(0, n.lastIndexOf('_')))
				.sorted()
				.forEach(basenames::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ResourceBundleMessageSource source = new ResourceBundleMessageSource() {
			// French and English use apostrophes everywhere ("l'unité"): keep them literal instead of letting
			// MessageFormat read them as quotes whenever a message has arguments
			@Override
			protected java.text.MessageFormat createMessageFormat(String msg, java.util.Locale locale) {
				return super.createMessageFormat(msg.replace("'", "''"), locale);
			}

			// counts agree in number with ICU plural rules («شهادتان», «3 شهادات», «12 شهادة»): a message whose
			// text has a "{0, plural, ...}" argument is formatted by ICU's MessageFormat, with Latin digits
			@Override
			protected String getMessageInternal(String code, Object[] args, java.util.Locale locale) {
				if (code != null && args != null && args.length > 0 && locale != null) {
					String raw = resolveCodeWithoutArguments(code, locale);
					if (raw != null && raw.contains(", plural,")) {
						com.ibm.icu.util.ULocale latn = com.ibm.icu.util.ULocale.forLocale(locale)
							.setKeywordValue("numbers", "latn");
						return new com.ibm.icu.text.MessageFormat(raw.replace("'", "''"), latn)
							.format(resolveArguments(args, locale));
					}
				}
				return super.getMessageInternal(code, args, locale);
			}
		};
		source.setBasenames(basenames.toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Languages.ARABIC);
		return source;
	}
}
