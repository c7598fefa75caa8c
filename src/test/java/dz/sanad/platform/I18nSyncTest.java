package dz.sanad.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key exists in Arabic, French and English, and every key a template names literally
 * ({@code #{some.key}}) is defined (petclinic's I18nPropertiesSyncTest is the model). Keys built at run time
 * ({@code #{'prefix.' + ${value}}}) are checked by the pages' own tests.
 */
class I18nSyncTest {

	static final Path RESOURCES = Path.of("src/main/resources");

	static final List<String> LANGUAGES = List.of("ar", "fr", "en");

	/** Each bundle by its base name: messages, i18n/people, i18n/training, … */
	static List<String> bundles() throws IOException {
		List<String> bases = new ArrayList<>(List.of("messages"));
		try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
			files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_fr.properties"))
				.map(n -> "i18n/" + n.substring(0, n.length() - "_fr.properties".length())).sorted()
				.forEach(bases::add);
		}
		return bases;
	}

	static Set<String> keys(String base, String lang) throws IOException {
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(RESOURCES.resolve(base + "_" + lang + ".properties"),
				StandardCharsets.UTF_8)) {
			p.load(r);
		}
		Set<String> keys = new TreeSet<>(p.stringPropertyNames());
		p.forEach((k, v) -> assertThat(v.toString().strip()).as("%s_%s: %s is empty", base, lang, k).isNotEmpty());
		return keys;
	}

	@Test
	void everyKeyIsInTheThreeLanguages() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String base : bundles()) {
			Set<String> all = new TreeSet<>();
			for (String lang : LANGUAGES) {
				all.addAll(keys(base, lang));
			}
			for (String lang : LANGUAGES) {
				Set<String> missing = new TreeSet<>(all);
				missing.removeAll(keys(base, lang));
				missing.forEach(k -> problems.add(base + "_" + lang + " lacks " + k));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyKeyATemplateNamesIsDefined() throws IOException {
		Set<String> defined = new HashSet<>();
		for (String base : bundles()) {
			defined.addAll(keys(base, "fr"));
		}
		Pattern literal = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.\\-]*)[}(]");
		List<String> problems = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path t : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher m = literal.matcher(Files.readString(t));
				while (m.find()) {
					if (!defined.contains(m.group(1))) {
						problems.add(RESOURCES.resolve("templates").relativize(t) + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}
}
