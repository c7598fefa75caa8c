package dz.sanad.psychology.instruments;

import dz.sanad.platform.BusinessException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * Automatic scoring of a completed questionnaire with the current version of the instrument. Incomplete or
 * out-of-scale answers are refused on the field {@code answers} (item by item), never scored as zero: a missing
 * answer would lower the total and could hide a safety answer.
 */
@Service
public class Instruments {

	public static final String FIELD = "answers";

	private final InstrumentLibrary library;

	Instruments(InstrumentLibrary library) {
		this.library = library;
	}

	public Score score(String code, List<Integer> answers) {
		return score(library.find(code)
			.orElseThrow(() -> BusinessException.onField("instrument", "instruments.unknown", String.valueOf(code))),
				answers);
	}

	/** Scores with a given version (the one an administration was recorded with). */
	public static Score score(Instrument instrument, List<Integer> answers) {
		validate(instrument, answers);
		int total = switch (instrument.scoring()) {
			case SUM -> answers.stream().mapToInt(Integer::intValue).sum();
		};
		Integer safety = instrument.safetyItem();
		boolean alert = safety != null && answers.get(safety - 1) > 0;
		return new Score(total, instrument.band(total).key(), alert);
	}

	static void validate(Instrument instrument, List<Integer> answers) {
		int count = answers == null ? 0 : answers.size();
		if (count != instrument.itemCount()) {
			throw BusinessException.onField(FIELD, "instruments.answers.count", instrument.itemCount(), count);
		}
		List<BusinessException> wrong = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			Integer a = answers.get(n);
			if (a == null) {
				wrong.add(BusinessException.onField(FIELD, "instruments.answers.missing", n + 1));
			}
			else if (a < instrument.minAnswer() || a > instrument.maxAnswer()) {
				wrong.add(BusinessException.onField(FIELD, "instruments.answers.range", n + 1, instrument.minAnswer(),
						instrument.maxAnswer()));
			}
		}
		if (!wrong.isEmpty()) {
			throw BusinessException.allOf(wrong);
		}
	}
}
