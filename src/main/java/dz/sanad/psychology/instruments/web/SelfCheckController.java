package dz.sanad.psychology.instruments.web;

import dz.sanad.psychology.instruments.Instrument;
import dz.sanad.psychology.instruments.InstrumentLibrary;
import dz.sanad.psychology.instruments.SelfCheckCounts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The public self-check page (no login): the questionnaire in its published wording, scored by
 * {@code static/js/selfcheck.js} in the browser. When the page's language has no published validated version of
 * the instrument, the page says so and shows a published one (French first, then English) marked with its language.
 */
@Controller
class SelfCheckController {

	static final List<String> FALLBACK = List.of("fr", "en");

	private final InstrumentLibrary library;

	private final MessageSource messages;

	private final JsonMapper json;

	SelfCheckController(InstrumentLibrary library, MessageSource messages, JsonMapper json) {
		this.library = library;
		this.messages = messages;
		this.json = json;
	}

	/** What the page shows of one instrument: the wording, its language, and the band labels for the script. */
	record Shown(Instrument instrument, Instrument.Wording wording, String language, boolean inPageLanguage,
			String bandsJson) {
	}

	@GetMapping("/self-check")
	String page(@RequestParam(required = false) String instrument, Locale locale, Model model) {
		String code = instrument != null && SelfCheckCounts.OFFERED.contains(instrument) ? instrument : "PHQ9";
		Instrument i = library.get(code);
		String language = language(i, locale);
		model.addAttribute("shown", new Shown(i, i.wording().get(language), language,
				language.equals(locale.getLanguage()), bandsJson(i, locale)));
		model.addAttribute("codes", List.of("PHQ9", "GAD7"));
		return "public/self-check";
	}

	/** The page's language when the instrument has a published version in it, else French, else English. */
	static String language(Instrument i, Locale locale) {
		return i.offeredIn(locale) ? locale.getLanguage()
				: FALLBACK.stream().filter(i.wording()::containsKey).findFirst().orElseThrow();
	}

	record BandShown(int min, int max, String key, String label, String guidance) {
	}

	/** The bands with their labels and guidance in the page's language, as JSON for the script. */
	private String bandsJson(Instrument i, Locale locale) {
		List<BandShown> bands = new ArrayList<>();
		for (int n = 0; n < i.bands().size(); n++) {
			Instrument.Band b = i.bands().get(n);
			bands.add(new BandShown(b.min(), b.max(), b.key(), messages.getMessage(b.key(), null, locale),
					messages.getMessage("instruments.selfcheck.guidance." + step(n), null, locale)));
		}
		return json.writeValueAsString(bands);
	}

	/** Guidance in three steps for both instruments: below 5, 5 to 9, 10 and above (the "moderate" cut-off). */
	static String step(int bandIndex) {
		return switch (bandIndex) {
			case 0 -> "low";
			case 1 -> "middle";
			default -> "high";
		};
	}
}
