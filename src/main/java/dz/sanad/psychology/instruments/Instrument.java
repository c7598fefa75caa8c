package dz.sanad.psychology.instruments;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a validated questionnaire, as published: every item answered on the same scale
 * ({@code minAnswer}..{@code maxAnswer}), scored by {@link ScoringRule}, the total placed in a severity band.
 * {@code wording} holds the published wording per language code ("ar", "fr", "en"); a language without one is not
 * offered. {@code safetyItem} (1-based) is the item whose answer above 0 raises a safety alert (PHQ-9 item 9).
 */
public record Instrument(String code, int version, int itemCount, int minAnswer, int maxAnswer, ScoringRule scoring,
		Integer safetyItem, List<Band> bands, String source, Map<String, Wording> wording) {

	public enum ScoringRule {
		/** The total is the sum of the item answers. */
		SUM
	}

	/** A severity band: totals {@code min}..{@code max} inclusive; {@code key} is its message key. */
	public record Band(int min, int max, String key) {
	}

	/**
	 * The published wording in one language: the instructions, the items in order, the answer labels in answer
	 * order ({@code minAnswer} first), and where that translation was published.
	 */
	public record Wording(String source, String instructions, List<String> items, List<String> options) {
	}

	/** The published wording in the locale's language, if this instrument has a validated version in it. */
	public Optional<Wording> wordingIn(Locale locale) {
		return Optional.ofNullable(wording.get(locale.getLanguage()));
	}

	public boolean offeredIn(Locale locale) {
		return wording.containsKey(locale.getLanguage());
	}

	public int minTotal() {
		return itemCount * minAnswer;
	}

	public int maxTotal() {
		return itemCount * maxAnswer;
	}

	/** The band holding a total (bands cover minTotal..maxTotal without gap or overlap, checked at load). */
	public Band band(int total) {
		return bands.stream().filter(b -> total >= b.min() && total <= b.max()).findFirst()
			.orElseThrow(() -> new IllegalArgumentException(code + " has no band for " + total));
	}

	/** The answer values in order, for a form's radio buttons. */
	public List<Integer> answerValues() {
		return java.util.stream.IntStream.rangeClosed(minAnswer, maxAnswer).boxed().toList();
	}
}
