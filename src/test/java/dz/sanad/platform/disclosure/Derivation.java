package dz.sanad.platform.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader can work out from a published table, computed independently of {@link Suppression}: the hidden
 * cells are the unknowns of the linear system "each shown line adds up to its shown total"; a hidden cell is
 * determined exactly when removing its unknown lowers the rank of the system (its unit vector lies in the row
 * space). Plain Gaussian elimination on small integer matrices.
 */
public final class Derivation {

	private Derivation() {
	}

	/** The hidden cells (row, column; -1 = the totals line/column) that can be worked out exactly. */
	public static List<int[]> derivable(SuppressedTable t) {
		int r = t.rows().size();
		int c = t.columnKeys().size();
		// unknowns: hidden cells of the extended grid
		List<int[]> unknowns = new ArrayList<>();
		for (int i = 0; i <= r; i++) {
			for (int j = 0; j <= c; j++) {
				SuppressedTable.Cell cell = at(t, i, j);
				if (cell != null && cell.suppressed()) {
					unknowns.add(new int[] { i, j });
				}
			}
		}
		List<double[]> equations = new ArrayList<>();
		if (t.hasRowTotals()) {
			for (int i = 0; i < r; i++) {
				equations.add(line(unknowns, i, -1, c));
			}
			if (t.hasColumnTotals()) {
				equations.add(line(unknowns, r, -1, c));
			}
		}
		if (t.hasColumnTotals()) {
			for (int j = 0; j < c; j++) {
				equations.add(line(unknowns, -1, j, r));
			}
			if (t.hasRowTotals()) {
				equations.add(line(unknowns, -1, c, r));
			}
		}
		int full = rank(equations, -1);
		List<int[]> out = new ArrayList<>();
		for (int u = 0; u < unknowns.size(); u++) {
			if (rank(equations, u) < full) {
				out.add(unknowns.get(u));
			}
		}
		return out;
	}

	/** The coefficients of one line's equation: +1 for its hidden cells, -1 for its hidden total. */
	private static double[] line(List<int[]> unknowns, int row, int col, int totalIndex) {
		double[] eq = new double[unknowns.size()];
		for (int u = 0; u < unknowns.size(); u++) {
			int[] x = unknowns.get(u);
			boolean onLine = row >= 0 ? x[0] == row : x[1] == col;
			if (onLine) {
				int along = row >= 0 ? x[1] : x[0];
				eq[u] = along == totalIndex ? -1 : 1;
			}
		}
		return eq;
	}

	static SuppressedTable.Cell at(SuppressedTable t, int i, int j) {
		int r = t.rows().size();
		int c = t.columnKeys().size();
		if (i < r && j < c) {
			return t.rows().get(i).cells().get(j);
		}
		if (i < r) {
			return t.rows().get(i).total();
		}
		if (j < c) {
			return t.hasColumnTotals() ? t.columnTotals().get(j) : null;
		}
		return t.grandTotal();
	}

	private static int rank(List<double[]> rows, int without) {
		int n = rows.isEmpty() ? 0 : rows.get(0).length;
		List<double[]> m = new ArrayList<>();
		for (double[] row : rows) {
			double[] copy = row.clone();
			if (without >= 0) {
				copy[without] = 0;
			}
			m.add(copy);
		}
		int rank = 0;
		for (int col = 0; col < n && rank < m.size(); col++) {
			int pivot = -1;
			for (int i = rank; i < m.size(); i++) {
				if (Math.abs(m.get(i)[col]) > 1e-9 && (pivot < 0 || Math.abs(m.get(i)[col]) > Math.abs(m.get(pivot)[col]))) {
					pivot = i;
				}
			}
			if (pivot < 0) {
				continue;
			}
			double[] p = m.get(pivot);
			m.set(pivot, m.get(rank));
			m.set(rank, p);
			for (int i = 0; i < m.size(); i++) {
				if (i != rank && Math.abs(m.get(i)[col]) > 1e-9) {
					double f = m.get(i)[col] / p[col];
					for (int x = 0; x < n; x++) {
						m.get(i)[x] -= f * p[x];
					}
				}
			}
			rank++;
		}
		return rank;
	}
}
