package dz.sanad.platform.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Primary and complementary cell suppression on a two-way table with its margins.
 * <p>
 * The published table is seen as an extended grid of (rows + 1) × (columns + 1) cells, the last row holding the
 * column totals and the last column the row totals. Every published line (a row when row totals are shown, a
 * column when column totals are shown) is one linear equation: its cells add up to its total. A reader who knows
 * the published cells can solve these equations for the hidden ones. Seen as a graph whose nodes are the lines
 * and whose edges are the hidden cells (a line that carries no equation is merged into one free "ground" node), a
 * hidden cell can be worked out exactly if and only if its edge is a <em>bridge</em>: on a cycle of hidden cells,
 * adding t to every other cell and subtracting it from the rest keeps every total, so none of them is determined;
 * a bridge, on the other hand, is the difference of the totals on one side of it.
 * <p>
 * Primary suppression hides every count 0 &lt; n &lt; k (totals included). Complementary suppression then breaks
 * each bridge by hiding one more cell that closes a cycle through it: first the next-smallest non-zero cell in the
 * same row or column (the standard choice: it loses the least information), else the smallest non-zero cell
 * elsewhere that links both sides, a zero only when nothing else does (a hidden zero protects little: the
 * reader's bound on its partner is then the partner's value). When no single cell closes a cycle yet (the
 * hidden cell is alone in its row or column), the next-smallest cell of its row or column is hidden first. Each
 * step hides one more cell, so it ends; when nothing is left to hide, every published cell is hidden rather than
 * leak one.
 */
final class Suppression {

	private Suppression() {
	}

	/**
	 * @param v the extended grid (last row: column totals, last column: row totals)
	 * @param published which cells are shown at all
	 * @param rowEquation for each of the rows + 1 rows, whether it carries an equation
	 * @param colEquation for each of the columns + 1 columns, likewise
	 * @return which cells are hidden
	 */
	static boolean[][] suppress(long[][] v, boolean[][] published, boolean[] rowEquation, boolean[] colEquation,
			int k) {
		int rows = v.length;
		int cols = v[0].length;
		boolean[][] hidden = new boolean[rows][cols];
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < cols; j++) {
				hidden[i][j] = published[i][j] && v[i][j] > 0 && v[i][j] < k;
			}
		}
		Graph g = new Graph(rows, cols, rowEquation, colEquation);
		while (true) {
			int[] bridge = g.firstBridge(hidden, published);
			if (bridge == null) {
				return hidden;
			}
			int[] pick = complement(v, published, hidden, g, bridge[0], bridge[1]);
			if (pick == null) {
				for (int i = 0; i < rows; i++) {
					for (int j = 0; j < cols; j++) {
						hidden[i][j] |= published[i][j];
					}
				}
				return hidden;
			}
			hidden[pick[0]][pick[1]] = true;
		}
	}

	/** The best cell that closes a cycle through the hidden cell (bi, bj): one end on each side of it. */
	private static int[] complement(long[][] v, boolean[][] published, boolean[][] hidden, Graph g, int bi, int bj) {
		boolean[] sideA = g.reach(hidden, published, g.rowNode(bi), bi, bj);
		boolean[] sideB = g.reach(hidden, published, g.colNode(bj), bi, bj);
		int[] best = null;
		long[] bestRank = null;
		for (int i = 0; i < v.length; i++) {
			for (int j = 0; j < v[0].length; j++) {
				if (!published[i][j] || hidden[i][j]) {
					continue;
				}
				int a = g.rowNode(i);
				int b = g.colNode(j);
				if (!(sideA[a] && sideB[b]) && !(sideB[a] && sideA[b])) {
					continue;
				}
				long[] rank = { v[i][j] == 0 ? 1 : 0, i == bi || j == bj ? 0 : 1, v[i][j], i, j };
				if (bestRank == null || Arrays.compare(rank, bestRank) < 0) {
					bestRank = rank;
					best = new int[] { i, j };
				}
			}
		}
		if (best != null) {
			return best;
		}
		// no single cell closes a cycle yet (one side is the bridge's own row or column alone): hide the
		// next-smallest cell of its row or column, which grows that side; a later step closes the cycle
		for (int i = 0; i < v.length; i++) {
			for (int j = 0; j < v[0].length; j++) {
				if (published[i][j] && !hidden[i][j] && (i == bi || j == bj)) {
					long[] rank = { v[i][j] == 0 ? 1 : 0, v[i][j], i, j };
					if (bestRank == null || Arrays.compare(rank, bestRank) < 0) {
						bestRank = rank;
						best = new int[] { i, j };
					}
				}
			}
		}
		return best;
	}

	/** Lines as nodes (lines without an equation merged into the ground node), hidden cells as edges. */
	static final class Graph {

		final int rows;

		final int cols;

		final boolean[] rowEquation;

		final boolean[] colEquation;

		final int ground;

		Graph(int rows, int cols, boolean[] rowEquation, boolean[] colEquation) {
			this.rows = rows;
			this.cols = cols;
			this.rowEquation = rowEquation;
			this.colEquation = colEquation;
			this.ground = rows + cols;
		}

		int rowNode(int i) {
			return rowEquation[i] ? i : ground;
		}

		int colNode(int j) {
			return colEquation[j] ? rows + j : ground;
		}

		private List<int[]> edges(boolean[][] hidden, boolean[][] published) {
			List<int[]> edges = new ArrayList<>();
			for (int i = 0; i < rows; i++) {
				for (int j = 0; j < cols; j++) {
					if (hidden[i][j] && published[i][j] && rowNode(i) != colNode(j)) {
						edges.add(new int[] { i, j });
					}
				}
			}
			return edges;
		}

		/** Nodes reachable from start over hidden cells, leaving out the cell (si, sj). */
		boolean[] reach(boolean[][] hidden, boolean[][] published, int start, int si, int sj) {
			List<int[]> edges = edges(hidden, published);
			List<List<Integer>> adj = adjacency(edges);
			boolean[] seen = new boolean[ground + 1];
			ArrayDeque<Integer> todo = new ArrayDeque<>();
			seen[start] = true;
			todo.add(start);
			while (!todo.isEmpty()) {
				int n = todo.poll();
				for (int e : adj.get(n)) {
					int[] c = edges.get(e);
					if (c[0] == si && c[1] == sj) {
						continue;
					}
					int other = other(c, n);
					if (!seen[other]) {
						seen[other] = true;
						todo.add(other);
					}
				}
			}
			return seen;
		}

		private List<List<Integer>> adjacency(List<int[]> edges) {
			List<List<Integer>> adj = new ArrayList<>();
			for (int n = 0; n <= ground; n++) {
				adj.add(new ArrayList<>());
			}
			for (int e = 0; e < edges.size(); e++) {
				adj.get(rowNode(edges.get(e)[0])).add(e);
				adj.get(colNode(edges.get(e)[1])).add(e);
			}
			return adj;
		}

		private int other(int[] cell, int node) {
			int a = rowNode(cell[0]);
			return a == node ? colNode(cell[1]) : a;
		}

		/** A hidden cell that is a bridge (so exactly derivable), or null; Tarjan's low-link, edges by id. */
		int[] firstBridge(boolean[][] hidden, boolean[][] published) {
			List<int[]> edges = edges(hidden, published);
			List<List<Integer>> adj = adjacency(edges);
			int[] order = new int[ground + 1];
			int[] low = new int[ground + 1];
			Arrays.fill(order, -1);
			int[] counter = { 0 };
			for (int n = 0; n <= ground; n++) {
				if (order[n] < 0) {
					int[] found = dfs(n, -1, edges, adj, order, low, counter);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}

		private int[] dfs(int n, int viaEdge, List<int[]> edges, List<List<Integer>> adj, int[] order, int[] low,
				int[] counter) {
			order[n] = low[n] = counter[0]++;
			for (int e : adj.get(n)) {
				if (e == viaEdge) {
					continue;
				}
				int m = other(edges.get(e), n);
				if (order[m] < 0) {
					int[] found = dfs(m, e, edges, adj, order, low, counter);
					if (found != null) {
						return found;
					}
					low[n] = Math.min(low[n], low[m]);
					if (low[m] > order[n]) {
						return edges.get(e);
					}
				}
				else {
					low[n] = Math.min(low[n], order[m]);
				}
			}
			return null;
		}
	}
}
