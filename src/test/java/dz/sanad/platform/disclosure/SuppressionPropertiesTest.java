package dz.sanad.platform.disclosure;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** For random tables: nothing small is shown, nothing hidden can be worked out, the rest is shown as it is. */
class SuppressionPropertiesTest {

	record Input(int k, long[][] values, boolean rowTotals, boolean columnTotals) {
	}

	@Provide
	Arbitrary<Input> tables() {
		Arbitrary<Integer> rows = Arbitraries.integers().between(1, 6);
		Arbitrary<Integer> cols = Arbitraries.integers().between(1, 5);
		// mostly small counts, so that many cells fall under k, some zeros, a few large
		Arbitrary<Long> count = Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 9)),
				net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)),
				net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(10, 500)));
		return Combinators.combine(rows, cols, Arbitraries.integers().between(2, 10), Arbitraries.of(true, false),
				Arbitraries.of(true, false)).flatAs((r, c, k, rt, ct) -> count.array(long[].class).ofSize(r * c)
					.map(flat -> {
						long[][] v = new long[r][c];
						for (int i = 0; i < r * c; i++) {
							v[i / c][i % c] = flat[i];
						}
						return new Input(k, v, rt, ct);
					}));
	}

	static SuppressedTable build(Input in) {
		SuppressedTable.Builder b = SuppressedTable.builder(in.k()).rowTotals(in.rowTotals())
			.columnTotals(in.columnTotals());
		String[] cols = new String[in.values()[0].length];
		for (int j = 0; j < cols.length; j++) {
			cols[j] = "c" + j;
		}
		b.columns(cols);
		for (int i = 0; i < in.values().length; i++) {
			for (int j = 0; j < cols.length; j++) {
				b.add("r" + i, cols[j], in.values()[i][j]);
			}
		}
		return b.build();
	}

	@Property(tries = 400)
	void noHiddenCellCanBeWorkedOutFromTotalsOrOtherCells(@ForAll("tables") Input in) {
		SuppressedTable t = build(in);
		assertThat(Derivation.derivable(t)).as("cells derivable by subtraction").isEmpty();
	}

	@Property(tries = 400)
	void everySmallCountIsHiddenAndEveryShownCountIsTrue(@ForAll("tables") Input in) {
		SuppressedTable t = build(in);
		int r = in.values().length;
		int c = in.values()[0].length;
		long[][] ext = new long[r + 1][c + 1];
		for (int i = 0; i < r; i++) {
			for (int j = 0; j < c; j++) {
				long n = in.values()[i][j];
				ext[i][j] = n;
				ext[i][c] += n;
				ext[r][j] += n;
				ext[r][c] += n;
			}
		}
		for (int i = 0; i <= r; i++) {
			for (int j = 0; j <= c; j++) {
				SuppressedTable.Cell cell = Derivation.at(t, i, j);
				if (cell == null) {
					continue;
				}
				long n = ext[i][j];
				if (n > 0 && n < in.k()) {
					assertThat(cell.suppressed()).as("cell %d,%d = %d under k=%d", i, j, n, in.k()).isTrue();
				}
				if (cell.suppressed()) {
					assertThat(cell.text()).isEqualTo("<" + in.k());
					assertThat(cell.export()).isEqualTo("<" + in.k());
					assertThat(cell.chartValue()).isNull();
				}
				else {
					assertThat(cell.value()).isEqualTo(n);
				}
			}
		}
	}

	@Property(tries = 100)
	void aTableWithoutSmallCountsHidesNothing(@ForAll("tables") Input in) {
		long[][] v = in.values();
		for (long[] row : v) {
			for (int j = 0; j < row.length; j++) {
				row[j] = row[j] == 0 ? 0 : row[j] + in.k();
			}
		}
		assertThat(build(in).hiddenCount()).isZero();
	}
}
