package dz.sanad.psychology;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Small-count suppression of the committee's aggregates, without Spring: "<10", and no total gives a cell away. */
class PsychologyFiguresTest {

	static Map<String, Long> group(long... counts) {
		Map<String, Long> m = new LinkedHashMap<>();
		for (int i = 0; i < counts.length; i++) {
			m.put("k" + i, counts[i]);
		}
		return m;
	}

	@Test
	void cellsUnderTenReadLessThanTen() {
		assertThat(PsychologyFigures.suppressed(group(25, 3, 4, 40)))
			.containsExactly(Map.entry("k0", 25L), Map.entry("k1", "<10"), Map.entry("k2", "<10"), Map.entry("k3", 40L));
		assertThat(PsychologyFigures.suppressed(group(10, 0))).containsExactly(Map.entry("k0", 10L), Map.entry("k1", 0L));
	}

	@Test
	void aLoneHiddenCellHidesTheNextSmallestSoTheTotalCannotRevealIt() {
		assertThat(PsychologyFigures.suppressed(group(30, 2, 12)))
			.containsExactly(Map.entry("k0", 30L), Map.entry("k1", "<10"), Map.entry("k2", "<10"));
	}

	@Test
	void aTotalUnderTenIsHiddenToo() {
		assertThat(PsychologyFigures.total(group(3, 4))).isEqualTo("<10");
		assertThat(PsychologyFigures.total(group(0, 0))).isEqualTo(0L);
		assertThat(PsychologyFigures.total(group(8, 4))).isEqualTo(12L);
	}
}
