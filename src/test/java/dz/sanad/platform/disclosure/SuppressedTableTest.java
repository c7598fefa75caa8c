package dz.sanad.platform.disclosure;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuppressedTableTest {

	/** Counts by wilaya with the national total: one wilaya of 3 alone hidden would be the total minus the rest. */
	@Test
	void aSingleSmallCellGetsAComplementSoTheNationalTotalDoesNotGiveItAway() {
		SuppressedTable t = SuppressedTable.builder(5).columns("applications")
			.add("16", "applications", 120).add("31", "applications", 3).add("09", "applications", 40)
			.add("25", "applications", 12).build();
		assertThat(t.cell("31", "applications").text()).isEqualTo("<5");
		// the next-smallest cell of the column is hidden with it, the total stays shown
		assertThat(t.cell("25", "applications").text()).isEqualTo("<5");
		assertThat(t.cell("16", "applications").value()).isEqualTo(120);
		assertThat(t.cell("09", "applications").value()).isEqualTo(40);
		assertThat(t.columnTotal("applications").value()).isEqualTo(175);
		assertThat(t.hiddenCount()).isEqualTo(2);
		assertThat(Derivation.derivable(t)).isEmpty();
	}

	@Test
	void zeroIsShownAsZeroAndIsNotUsedAsAComplementWhileAnotherCellCan() {
		SuppressedTable t = SuppressedTable.builder(5).columns("n").add("a", "n", 0).add("b", "n", 2)
			.add("c", "n", 30).add("d", "n", 50).build();
		assertThat(t.cell("a", "n").text()).isEqualTo("0");
		assertThat(t.cell("c", "n").suppressed()).isTrue();
		assertThat(t.cell("d", "n").suppressed()).isFalse();
	}

	@Test
	void aTwoWayTableWithMarginsIsProtectedAcrossRowsAndColumns() {
		SuppressedTable t = SuppressedTable.builder(5).columns("men", "women").rowTotals(true)
			.add("16", "men", 3).add("16", "women", 40).add("31", "men", 22).add("31", "women", 35)
			.add("09", "men", 60).add("09", "women", 61).build();
		assertThat(t.cell("16", "men").suppressed()).isTrue();
		assertThat(t.hiddenCount()).isEqualTo(4);
		assertThat(t.cell("31", "women").suppressed()).isTrue();
		assertThat(Derivation.derivable(t)).isEmpty();
		assertThat(t.grandTotal().value()).isEqualTo(221);
	}

	@Test
	void aSmallTotalIsHiddenToo() {
		SuppressedTable t = SuppressedTable.builder(5).columns("n").add("a", "n", 1).add("b", "n", 2).build();
		assertThat(t.columnTotal("n").suppressed()).isTrue();
		assertThat(t.cell("a", "n").suppressed()).isTrue();
		assertThat(t.cell("b", "n").suppressed()).isTrue();
	}

	@Test
	void theApiFormCarriesTheMarkerNeverTheCountNorZeroNorNull() throws Exception {
		SuppressedTable t = SuppressedTable.builder(10).columns("sessions").add("C1", "sessions", 7)
			.add("C2", "sessions", 8).add("C3", "sessions", 200).build();
		String json = JsonMapper.builder().build().writeValueAsString(t);
		assertThat(json).contains("\"cells\":[\"<10\"]").contains("\"totals\":[215]").doesNotContain("\":7")
			.doesNotContain("null").contains("\"threshold\":10");
		assertThat(t.series("sessions")).containsExactly(null, null, 200L);
	}

	@Test
	void thresholdsAreConfigurableAndHealthFiguresUseTheHigherOne() {
		DisclosureRule rule = new DisclosureRule(5, 10);
		assertThat(rule.threshold(Sensitivity.STANDARD)).isEqualTo(5);
		assertThat(rule.threshold(Sensitivity.HEALTH)).isEqualTo(10);
		SuppressedTable t = rule.table(Sensitivity.HEALTH).columns("n").add("a", "n", 7).add("b", "n", 9)
			.add("c", "n", 50).build();
		assertThat(t.cell("a", "n").text()).isEqualTo("<10");
		assertThat(rule.unsuppressed().columns("n").add("a", "n", 1).build().cell("a", "n").text()).isEqualTo("1");
		assertThatThrownBy(() -> new DisclosureRule(5, 3)).isInstanceOf(IllegalArgumentException.class);
	}
}
