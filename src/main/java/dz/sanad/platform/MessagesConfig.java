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
		ResourceBundleMessageSource source = new SanadMessageSource();
		source.setBasenames(basenames.toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Languages.ARABIC);
		return source;
	}
}
