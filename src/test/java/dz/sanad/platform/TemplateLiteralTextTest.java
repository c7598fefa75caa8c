package dz.sanad.platform;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No user-visible text is written literally in a template: every word a reader sees comes from the bundles, so it
 * exists in Arabic, French and English. Text inside an element whose content Thymeleaf replaces ({@code th:text},
 * {@code th:utext}, {@code th:replace}…) is a designer's placeholder and never shown; attributes a reader sees
 * (placeholder, title, aria-label, alt) need their {@code th:} twin.
 */
class TemplateLiteralTextTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:remove", "th:errors", "sec:authentication");

	/** Attributes whose value a reader sees: a literal substitution (|…|) in them may hold only expressions. */
	private static final Set<String> SHOWN_EXPRESSIONS = Set.of("th:text", "th:utext", "th:title", "th:placeholder",
			"th:aria-label", "th:alt", "th:value");

	/** Thymeleaf expressions inside a literal substitution: what is left once they are removed is literal. */
	private static final Pattern EXPRESSION = Pattern.compile("[$#*@]\\{[^}]*}");

	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt");

	/** A word: two letters in a row (single letters and symbols such as "×", "—", "#" are not language). */
	private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

	@Test
	void templatesShowOnlyTranslatedText() throws IOException {
		List<String> literals = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Document doc = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
				for (Element e : doc.getAllElements()) {
					if (e.tagName().equals("script") || e.tagName().equals("style")) {
						continue;
					}
					String own = e.ownText().strip();
					if (!placeholderContent(e) && WORD.matcher(own).find()) {
						literals.add(TEMPLATES.relativize(file) + " <" + e.tagName() + ">: " + own);
					}
					for (String attribute : SHOWN_EXPRESSIONS) {
						String value = e.attr(attribute).strip();
						if (value.startsWith("|") && WORD.matcher(EXPRESSION.matcher(value).replaceAll("")).find()) {
							literals.add(TEMPLATES.relativize(file) + " " + attribute + "=\"" + value + "\"");
						}
					}
					for (String attribute : VISIBLE_ATTRIBUTES) {
						if (e.hasAttr(attribute) && !e.hasAttr("th:" + attribute) && !e.hasAttr("th:attr")
								&& WORD.matcher(e.attr(attribute)).find()) {
							literals.add(TEMPLATES.relativize(file) + " " + attribute + "=\"" + e.attr(attribute) + "\"");
						}
					}
				}
			}
		}
		assertThat(literals).as("literal text in templates (put it in the bundles)").isEmpty();
	}

	/** Browsers' number inputs refuse Arabic-Indic digits (٠١٢…), which every number field must accept. */
	@Test
	void numbersAreTypedInTextFieldsWithANumericKeyboard() throws IOException {
		List<String> numberInputs = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Document doc = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
				for (Element e : doc.select("input")) {
					if (!e.attr("type").equals("number") && !e.attr("th:type").equals("number")) {
						continue;
					}
					numberInputs.add(TEMPLATES.relativize(file) + " #" + e.attr("id") + e.attr("name"));
				}
			}
		}
		assertThat(numberInputs).as("use type=\"text\" inputmode=\"numeric\" (or decimal)").isEmpty();
	}

	/** Whether this element or one around it has its content replaced by Thymeleaf. */
	private static boolean placeholderContent(Element e) {
		for (Element x = e; x != null; x = x.parent()) {
			for (String a : REPLACING) {
				if (x.hasAttr(a)) {
					return true;
				}
			}
		}
		return false;
	}
}
