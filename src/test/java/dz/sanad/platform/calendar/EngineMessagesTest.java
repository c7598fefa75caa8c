package dz.sanad.platform.calendar;

import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar's and the case engine's messages exist in the three languages, Arabic written in Arabic. */
class EngineMessagesTest {

	static Properties bundle(String lang) throws Exception {
		Properties p = new Properties();
		try (var in = new InputStreamReader(EngineMessagesTest.class.getResourceAsStream("/messages_" + lang + ".properties"),
				StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}

	static Set<String> ours(Properties p) {
		return p.stringPropertyNames().stream()
			.filter(k -> k.startsWith("calendar.") || k.startsWith("holiday.") || k.startsWith("case.")
					|| k.equals("nav.calendar"))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void everyKeyInTheThreeLanguages() throws Exception {
		Properties ar = bundle("ar");
		Properties fr = bundle("fr");
		Properties en = bundle("en");
		assertThat(ours(en)).hasSizeGreaterThan(40).isEqualTo(ours(fr)).isEqualTo(ours(ar));
		for (Holiday h : AlgerianHolidays.of(2026)) {
			assertThat(ar.getProperty(h.key())).as(h.key()).matches(".*[\\u0600-\\u06FF].*");
			assertThat(fr.getProperty(h.key())).as(h.key()).isNotBlank();
		}
		for (String k : ours(ar)) {
			assertThat(ar.getProperty(k)).as(k).matches("(?s).*[\\u0600-\\u06FF].*");
		}
	}
}
