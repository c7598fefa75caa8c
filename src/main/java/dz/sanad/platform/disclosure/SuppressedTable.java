package dz.sanad.platform.disclosure;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of counts as readers of aggregates may see it, the one form pages (fragment
 * {@code fragments/disclosure :: table}), xlsx ({@code Xlsx.export(…, SuppressedTable, …)}), PDFs (the same
 * fragment) and the JSON API (this object serialised) all use. Rows and columns are keyed; row totals, column
 * totals and the grand total are the sums of the cells and are suppressed like them (see {@link Suppression}).
 * A hidden cell reads "&lt;k" everywhere, never 0 or blank, and its count never leaves this object.
 */
public final class SuppressedTable {

	/** One cell as shown: a number, or hidden with its marker. */
	public record Cell(boolean suppressed, Long value, String marker) {

		/** The text of the cell ("&lt;5" or the count, Latin digits). */
		public String text() {
			return suppressed ? marker : String.valueOf(value);
		}

		/** What an export or the API carries: the count as a number, or the marker as text. */
		@JsonValue
		public Object export() {
			return suppressed ? marker : value;
		}

		/** For charts: the count, or null (a gap, never a bar of 0). */
		public Long chartValue() {
			return suppressed ? null : value;
		}
	}

	/** A row of the table: its key, its display label, its cells and (when shown) its total. */
	public record Row(String key, String label, List<Cell> cells, Cell total) {
	}

	private final int threshold;

	private final List<String> columnKeys;

	private final List<Row> rows;

	private final List<Cell> columnTotals;

	private final Cell grandTotal;

	private final boolean rowTotals;

	private final int hiddenCount;

	private SuppressedTable(int threshold, List<String> columnKeys, List<Row> rows, List<Cell> columnTotals,
			Cell grandTotal, boolean rowTotals, int hiddenCount) {
		this.threshold = threshold;
		this.columnKeys = columnKeys;
		this.rows = rows;
		this.columnTotals = columnTotals;
		this.grandTotal = grandTotal;
		this.rowTotals = rowTotals;
		this.hiddenCount = hiddenCount;
	}

	public static Builder builder(int threshold) {
		return new Builder(threshold);
	}

	public int threshold() {
		return threshold;
	}

	public String marker() {
		return "<" + threshold;
	}

	/** Message keys of the columns. */
	public List<String> columnKeys() {
		return columnKeys;
	}

	public List<Row> rows() {
		return rows;
	}

	public boolean hasRowTotals() {
		return rowTotals;
	}

	public boolean hasColumnTotals() {
		return columnTotals != null;
	}

	/** The totals row (one per column), or null when column totals are not shown. */
	public List<Cell> columnTotals() {
		return columnTotals;
	}

	/** The grand total when both margins are shown, else null. */
	public Cell grandTotal() {
		return grandTotal;
	}

	/** How many cells are hidden (primary and complementary). */
	public int hiddenCount() {
		return hiddenCount;
	}

	public Cell cell(String rowKey, String columnKey) {
		int c = columnKeys.indexOf(columnKey);
		return rows.stream().filter(r -> r.key().equals(rowKey)).findFirst()
			.map(r -> r.cells().get(c)).orElseThrow(() -> new IllegalArgumentException(rowKey + "/" + columnKey));
	}

	/** The total of a column (or of the only column), as shown. */
	public Cell columnTotal(String columnKey) {
		if (columnTotals == null) {
			throw new IllegalStateException("column totals are not shown");
		}
		return columnTotals.get(columnKeys.indexOf(columnKey));
	}

	/** A column's cells in row order, for a chart: null where hidden. */
	public List<Long> series(String columnKey) {
		int c = columnKeys.indexOf(columnKey);
		return rows.stream().map(r -> r.cells().get(c).chartValue()).toList();
	}

	/** The rows, and the totals row labelled {@code totalLabel} when column totals are shown (for exports). */
	public List<Row> rowsWithTotal(String totalLabel) {
		if (columnTotals == null) {
			return rows;
		}
		List<Row> all = new ArrayList<>(rows);
		all.add(new Row("", totalLabel, columnTotals, grandTotal));
		return all;
	}

	/** The API form: threshold, column keys, rows of numbers or markers, totals. */
	@JsonValue
	public Map<String, Object> json() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("threshold", threshold);
		m.put("marker", marker());
		m.put("columns", columnKeys);
		List<Map<String, Object>> rs = new ArrayList<>();
		for (Row r : rows) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("key", r.key());
			row.put("label", r.label());
			row.put("cells", r.cells().stream().map(Cell::export).toList());
			if (r.total() != null) {
				row.put("total", r.total().export());
			}
			rs.add(row);
		}
		m.put("rows", rs);
		if (columnTotals != null) {
			m.put("totals", columnTotals.stream().map(Cell::export).toList());
		}
		if (grandTotal != null) {
			m.put("grandTotal", grandTotal.export());
		}
		return m;
	}

	/** Collects keyed counts, then suppresses on {@link #build()}. */
	public static final class Builder {

		private final int threshold;

		private final List<String> columns = new ArrayList<>();

		private final Map<String, String> rowLabels = new LinkedHashMap<>();

		private final Map<String, Map<String, Long>> values = new LinkedHashMap<>();

		private boolean rowTotals;

		private boolean columnTotals = true;

		private Builder(int threshold) {
			this.threshold = threshold;
		}

		/** The columns, by message key, in order. */
		public Builder columns(String... messageKeys) {
			columns.addAll(List.of(messageKeys));
			return this;
		}

		/** A row, in order of the calls; its label is the text shown (a wilaya code, a centre's name…). */
		public Builder row(String key, String label) {
			rowLabels.putIfAbsent(key, label);
			values.computeIfAbsent(key, x -> new LinkedHashMap<>());
			return this;
		}

		/** Adds n to a cell (rows are created on first use, labelled by their key). */
		public Builder add(String rowKey, String columnKey, long n) {
			if (n < 0) {
				throw new IllegalArgumentException("counts are never negative");
			}
			if (!columns.contains(columnKey)) {
				throw new IllegalArgumentException("unknown column " + columnKey);
			}
			row(rowKey, rowKey);
			values.get(rowKey).merge(columnKey, n, Long::sum);
			return this;
		}

		/** Show a total per row (meaningful when the columns add up: e.g. men and women). */
		public Builder rowTotals(boolean shown) {
			this.rowTotals = shown;
			return this;
		}

		/** Show a total per column (on by default: the national total of a table by wilaya). */
		public Builder columnTotals(boolean shown) {
			this.columnTotals = shown;
			return this;
		}

		public SuppressedTable build() {
			if (columns.isEmpty()) {
				throw new IllegalStateException("a table needs a column");
			}
			List<String> keys = new ArrayList<>(values.keySet());
			int r = keys.size();
			int c = columns.size();
			long[][] v = new long[r + 1][c + 1];
			for (int i = 0; i < r; i++) {
				for (int j = 0; j < c; j++) {
					long n = values.get(keys.get(i)).getOrDefault(columns.get(j), 0L);
					v[i][j] = n;
					v[i][c] += n;
					v[r][j] += n;
					v[r][c] += n;
				}
			}
			boolean[][] published = new boolean[r + 1][c + 1];
			for (int i = 0; i <= r; i++) {
				for (int j = 0; j <= c; j++) {
					boolean totalRow = i == r;
					boolean totalCol = j == c;
					published[i][j] = totalRow && totalCol ? rowTotals && columnTotals
							: totalRow ? columnTotals : !totalCol || rowTotals;
				}
			}
			boolean[] rowEq = new boolean[r + 1];
			boolean[] colEq = new boolean[c + 1];
			for (int i = 0; i < r; i++) {
				rowEq[i] = rowTotals;
			}
			rowEq[r] = rowTotals && columnTotals;
			for (int j = 0; j < c; j++) {
				colEq[j] = columnTotals;
			}
			colEq[c] = rowTotals && columnTotals;
			boolean[][] hidden = Suppression.suppress(v, published, rowEq, colEq, threshold);
			String marker = "<" + threshold;
			int count = 0;
			for (int i = 0; i <= r; i++) {
				for (int j = 0; j <= c; j++) {
					count += published[i][j] && hidden[i][j] ? 1 : 0;
				}
			}
			List<Row> rows = new ArrayList<>();
			for (int i = 0; i < r; i++) {
				List<Cell> cells = new ArrayList<>();
				for (int j = 0; j < c; j++) {
					cells.add(cell(v[i][j], hidden[i][j], marker));
				}
				rows.add(new Row(keys.get(i), rowLabels.get(keys.get(i)), List.copyOf(cells),
						rowTotals ? cell(v[i][c], hidden[i][c], marker) : null));
			}
			List<Cell> totals = null;
			if (columnTotals) {
				totals = new ArrayList<>();
				for (int j = 0; j < c; j++) {
					totals.add(cell(v[r][j], hidden[r][j], marker));
				}
				totals = List.copyOf(totals);
			}
			Cell grand = rowTotals && columnTotals ? cell(v[r][c], hidden[r][c], marker) : null;
			return new SuppressedTable(threshold, List.copyOf(columns), List.copyOf(rows), totals, grand, rowTotals,
					count);
		}

		private static Cell cell(long n, boolean hidden, String marker) {
			return hidden ? new Cell(true, null, marker) : new Cell(false, n, marker);
		}
	}
}
