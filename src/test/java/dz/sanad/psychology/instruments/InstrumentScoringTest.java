package dz.sanad.psychology.instruments;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scoring and bands of the four instruments, without Spring, against the published cut-offs: PHQ-9 5/10/15/20
 * (Kroenke 2001), GAD-7 5/10/15 (Spitzer 2006), PCL-5 33 (National Center for PTSD), K10 20/25/30 (Andrews & Slade
 * 2001); and the safety rule (PHQ-9 item 9 above 0).
 */
class InstrumentScoringTest {

	static final InstrumentLibrary library = new InstrumentLibrary();

	static final Instruments instruments = new Instruments(library);

	/** {@code count} answers of {@code base} whose first ones are raised by one until they sum to {@code total}. */
	static List<Integer> answersSumming(int count, int base, int total) {
		List<Integer> a = new ArrayList<>(Collections.nCopies(count, base));
		int left = total - count * base;
		for (int i = 0; left > 0; i = (i + 1) % count) {
			a.set(i, a.get(i) + 1);
			left--;
		}
		return a;
	}

	@ParameterizedTest(name = "{0} total {1} → {2}")
	@CsvSource({ "PHQ9, 0, minimal", "PHQ9, 4, minimal", "PHQ9, 5, mild", "PHQ9, 9, mild", "PHQ9, 10, moderate",
			"PHQ9, 14, moderate", "PHQ9, 15, moderately-severe", "PHQ9, 19, moderately-severe", "PHQ9, 20, severe",
			"PHQ9, 27, severe", "GAD7, 0, minimal", "GAD7, 4, minimal", "GAD7, 5, mild", "GAD7, 9, mild",
			"GAD7, 10, moderate", "GAD7, 14, moderate", "GAD7, 15, severe", "GAD7, 21, severe", "PCL5, 0, below",
			"PCL5, 32, below", "PCL5, 33, probable", "PCL5, 80, probable", "K10, 10, well", "K10, 19, well",
			"K10, 20, mild", "K10, 24, mild", "K10, 25, moderate", "K10, 29, moderate", "K10, 30, severe",
			"K10, 50, severe" })
	void bandsFollowThePublishedCutOffs(String code, int total, String band) {
		Instrument i = library.get(code);
		// the safety item stays at 0 so only the band is under test (PHQ-9: raise the first items only)
		Score s = instruments.score(code, answersSumming(i.itemCount(), i.minAnswer(), total));
		assertThat(s.total()).isEqualTo(total);
		assertThat(s.bandKey()).isEqualTo("instruments.band." + code.toLowerCase(Locale.ROOT) + "." + band);
	}

	@Test
	void phq9PublishedExampleScoresModerate() {
		// scored as the PHQ-9 form says (column sums): three "several days" (3×1), two "more than half the days"
		// (2×2), one "nearly every day" (1×3) = 10, the published threshold of moderate depression
		Score s = instruments.score("PHQ9", List.of(1, 1, 1, 2, 2, 3, 0, 0, 0));
		assertThat(s).isEqualTo(new Score(10, "instruments.band.phq9.moderate", false));
	}

	@Test
	void k10AnswersAllNoneOfTheTimeScoreTheMinimumTen() {
		assertThat(instruments.score("K10", Collections.nCopies(10, 1)).total()).isEqualTo(10);
		assertThat(instruments.score("K10", Collections.nCopies(10, 5)).total()).isEqualTo(50);
	}

	@ParameterizedTest(name = "PHQ-9 item 9 = {0} → alert {1}")
	@CsvSource({ "0, false", "1, true", "2, true", "3, true" })
	void phq9Item9AboveZeroRaisesTheSafetyAlert(int item9, boolean alert) {
		Score s = instruments.score("PHQ9", List.of(0, 0, 0, 0, 0, 0, 0, 0, item9));
		assertThat(s.safetyAlert()).isEqualTo(alert);
		// a low total does not hide the alert
		assertThat(s.bandKey()).isEqualTo("instruments.band.phq9.minimal");
	}

	@Test
	void onlyPhq9HasASafetyItem() {
		assertThat(instruments.score("GAD7", Collections.nCopies(7, 3)).safetyAlert()).isFalse();
		assertThat(instruments.score("PCL5", Collections.nCopies(20, 4)).safetyAlert()).isFalse();
		assertThat(instruments.score("K10", Collections.nCopies(10, 5)).safetyAlert()).isFalse();
		assertThat(instruments.score("PHQ9", List.of(3, 3, 3, 3, 3, 3, 3, 3, 0)).safetyAlert()).isFalse();
	}

	@Test
	void aWrongNumberOfAnswersIsRefusedOnTheAnswersField() {
		assertThatThrownBy(() -> instruments.score("PHQ9", List.of(0, 1, 2)))
			.isInstanceOfSatisfying(BusinessException.class, e -> {
				assertThat(e.field()).isEqualTo("answers");
				assertThat(e.messageKey()).isEqualTo("instruments.answers.count");
				assertThat(e.args()).containsExactly(9, 3);
			});
		assertThatThrownBy(() -> instruments.score("GAD7", null)).isInstanceOf(BusinessException.class);
	}

	@Test
	void outOfScaleAndMissingAnswersAreRefusedItemByItem() {
		List<Integer> answers = new ArrayList<>(List.of(0, 4, 0, 0, 0, 0, -1, 0, 0));
		answers.set(2, null);
		assertThatThrownBy(() -> instruments.score("PHQ9", answers))
			.isInstanceOfSatisfying(BusinessException.class, e -> {
				assertThat(e.all()).extracting(BusinessException::messageKey).containsExactly(
						"instruments.answers.range", "instruments.answers.missing", "instruments.answers.range");
				assertThat(e.all().get(0).args()).containsExactly(2, 0, 3);
				assertThat(e.all()).allSatisfy(x -> assertThat(x.field()).isEqualTo("answers"));
			});
		// K10 answers run 1..5: a 0 is out of scale, never read as "none of the time"
		assertThatThrownBy(() -> instruments.score("K10", Collections.nCopies(10, 0)))
			.isInstanceOf(BusinessException.class);
	}

	@Test
	void anUnknownInstrumentIsRefused() {
		assertThatThrownBy(() -> instruments.score("BDI", List.of(0)))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.messageKey()).isEqualTo("instruments.unknown"));
	}

	@Test
	void aLanguageIsOfferedOnlyWithAPublishedWording() {
		assertThat(library.offeredIn(Languages.ENGLISH)).extracting(Instrument::code)
			.containsExactlyInAnyOrder("PHQ9", "GAD7", "PCL5", "K10");
		assertThat(library.offeredIn(Languages.FRENCH)).extracting(Instrument::code).containsExactly("PHQ9");
		assertThat(library.offeredIn(Languages.ARABIC)).isEmpty();
		assertThat(library.get("PHQ9").wordingIn(Languages.FRENCH).orElseThrow().items()).hasSize(9);
		assertThat(library.all()).allSatisfy(i -> assertThat(i.source()).isNotBlank());
	}

	@Test
	void aDataFileThatBreaksTheModelStopsTheLibrary() {
		assertThatThrownBy(() -> new InstrumentLibrary("classpath*:instruments-broken/*.json"))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("bands");
	}
}
