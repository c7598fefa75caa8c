package dz.sanad.people.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an HR file — xlsx (any number of sheets, members and families told apart by their headers) or CSV (UTF-8
 * with or without BOM, or Windows-1256) — and hands every data row to a {@link Sink}, values indexed by
 * {@link Column}. Refuses, before any row is handed over, what is not a usable spreadsheet.
 * The formats themselves are read by {@link XlsxReader} and {@link CsvReader}.
 */
final class SheetReader {

	enum Kind {
		MEMBERS, FAMILY
	}

	interface Sink {

		void row(Kind kind, String sheet, int rowNo, String[] values, List<String> raw);
	}

	/** A recognised table: its kind and which column of the file feeds which field. */
	record Table(Kind kind, String sheet, Column[] columns, List<String> headers) {

		/** The non-blank headers of this table that name no known column (their data is not read). */
		List<String> ignored() {
			List<String> out = new ArrayList<>();
			for (int i = 0; i < columns.length; i++) {
				if (columns[i] == null && headers.get(i) != null && !headers.get(i).isBlank()) {
					out.add(headers.get(i).replace("\uFEFF", "").trim());
				}
			}
			return out;
		}
	}

	private SheetReader() {
	}

	/** Reads members first, then families (so that a family row may refer to a member of the same file). */
	static List<Table> read(Path file, Sink sink) {
		byte[] head = head(file);
		if (head.length == 0) {
			throw new ImportRejected("import.error.empty", null);
		}
		if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) { // a zip archive, as every xlsx is
			return XlsxReader.read(file, sink);
		}
		if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0) || looksBinary(head)) { // old binary .xls, or any binary
			throw new ImportRejected("import.error.not-spreadsheet", null);
		}
		return CsvReader.read(file, sink);
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(8192);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean startsWith(byte[] head, int... magic) {
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((head[i] & 0xff) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean looksBinary(byte[] head) {
		if (head.length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
			return true;
		}
		int controls = 0;
		for (byte b : head) {
			if (b == 0) {
				return true;
			}
			if (b > 0 && b < 9 || b > 13 && b < 32) {
				controls++;
			}
		}
		return controls > head.length / 20;
	}

	// ---- headers

	/** The table a header row describes, or null when it is no HR table; refuses one missing a required header. */
	static Table table(String sheet, List<String> headers) {
		Column[] cols = new Column[headers.size()];
		EnumSet<Column> found = EnumSet.noneOf(Column.class);
		for (int i = 0; i < headers.size(); i++) {
			Column c = Column.ofHeader(headers.get(i)).orElse(null);
			if (c != null && found.add(c)) {
				cols[i] = c;
			}
		}
		Kind kind;
		Set<Column> required;
		if (found.contains(Column.RELATION)) {
			kind = Kind.FAMILY;
			required = Column.FAMILY_REQUIRED;
		}
		else if (found.size() >= 2) {
			kind = Kind.MEMBERS;
			required = Column.MEMBER_REQUIRED;
		}
		else {
			return null;
		}
		List<Column> missing = required.stream().filter(c -> !found.contains(c)).toList();
		if (!missing.isEmpty()) {
			throw new ImportRejected("import.error.header-missing", headerNames(missing));
		}
		return new Table(kind, sheet, cols, headers);
	}

	static String headerNames(Collection<Column> cols) {
		return String.join(", ", cols.stream().map(c -> c.french() + " / " + c.arabic()).toList());
	}
}