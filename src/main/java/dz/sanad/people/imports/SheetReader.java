package dz.sanad.people.imports;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Reads an HR file — xlsx (any number of sheets, members and families told apart by their headers) or CSV (UTF-8
 * with or without BOM, or Windows-1256) — and hands every data row to a {@link Sink}, values indexed by
 * {@link Column}. Refuses, before any row is handed over, what is not a usable spreadsheet.
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

	/** Sheets beyond this uncompressed size, or compressed more than this ratio, are treated as zip bombs. */
	static final long MAX_UNCOMPRESSED = 1_500L * 1024 * 1024;

	static final long MAX_RATIO = 100;

	private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

	private SheetReader() {
	}

	/** Reads members first, then families (so that a family row may refer to a member of the same file). */
	static List<Table> read(Path file, Sink sink) {
		byte[] head = head(file);
		if (head.length == 0) {
			throw new ImportRejected("import.error.empty", null);
		}
		if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) { // a zip archive, as every xlsx is
			return readXlsx(file, sink);
		}
		if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0) || looksBinary(head)) { // old binary .xls, or any binary
			throw new ImportRejected("import.error.not-spreadsheet", null);
		}
		return readCsv(file, sink);
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

	// ---- xlsx

	private static List<Table> readXlsx(Path file, Sink sink) {
		checkZip(file);
		try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
			List<Sheet> sheets = wb.getSheets().toList();
			List<Table> tables = new ArrayList<>();
			List<Sheet> tableSheets = new ArrayList<>();
			for (Sheet sheet : sheets) {
				try (Stream<Row> rows = sheet.openStream()) {
					Iterator<Row> it = rows.iterator();
					while (it.hasNext()) {
						Row r = it.next();
						List<String> headers = headerTexts(r, sheet.getName());
						if (headers.stream().allMatch(String::isBlank)) {
							continue;
						}
						Table t = table(sheet.getName(), headers);
						if (t != null) {
							tables.add(t);
							tableSheets.add(sheet);
						}
						break;
					}
				}
			}
			if (tables.isEmpty()) {
				if (sheets.stream().allMatch(s -> isEmpty(s))) {
					throw new ImportRejected("import.error.empty", null);
				}
				throw new ImportRejected("import.error.header-missing", headerNames(Column.MEMBER_REQUIRED));
			}
			int[] data = { 0 };
			for (Kind kind : Kind.values()) {
				for (int i = 0; i < tables.size(); i++) {
					Table t = tables.get(i);
					if (t.kind() != kind) {
						continue;
					}
					try (Stream<Row> rows = tableSheets.get(i).openStream()) {
						boolean[] header = { true };
						rows.forEach(r -> {
							if (header[0]) {
								header[0] = r.stream().allMatch(c -> c == null || c.getType() == CellType.EMPTY);
								return; // skips blank lines above the header, then the header itself
							}
							String[] values = new String[Column.values().length];
							List<String> raw = new ArrayList<>(t.columns().length);
							boolean any = false;
							for (int c = 0; c < t.columns().length; c++) {
								String v = cell(r, c, t.columns()[c], t.sheet());
								raw.add(v == null ? "" : v);
								if (v != null && !v.isBlank()) {
									any = true;
									if (t.columns()[c] != null) {
										values[t.columns()[c].ordinal()] = v.trim();
									}
								}
							}
							if (any) {
								data[0]++;
								sink.row(kind, t.sheet(), r.getRowNum(), values, raw);
							}
						});
					}
				}
			}
			if (data[0] == 0) {
				throw new ImportRejected("import.error.empty", null);
			}
			return tables;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof ImportRejected r) {
				throw r;
			}
			org.slf4j.LoggerFactory.getLogger(SheetReader.class).info("unreadable xlsx: {}", e.toString());
			throw new ImportRejected("import.error.not-spreadsheet", null);
		}
	}

	private static boolean isEmpty(Sheet s) {
		try (Stream<Row> rows = s.openStream()) {
			return rows.allMatch(r -> r.stream().allMatch(c -> c == null || c.getType() == CellType.EMPTY));
		}
		catch (IOException e) {
			return true;
		}
	}

	private static List<String> headerTexts(Row r, String sheet) {
		List<String> h = new ArrayList<>();
		for (int c = 0; c < r.getCellCount(); c++) {
			String v = cell(r, c, null, sheet);
			h.add(v == null ? "" : v.trim());
		}
		return h;
	}

	private static String cell(Row r, int c, Column column, String sheet) {
		Cell cell = c < r.getCellCount() ? r.getCell(c) : null;
		if (cell == null) {
			return null;
		}
		switch (cell.getType()) {
			case FORMULA, ERROR -> throw new ImportRejected("import.error.formula",
					sheet + "!" + cell.getAddress());
			case EMPTY -> {
				return null;
			}
			case BOOLEAN -> {
				return Boolean.TRUE.equals(cell.asBoolean()) ? "1" : "0";
			}
			case NUMBER -> {
				if (column == Column.BIRTH_DATE) {
					return cell.asDate().toLocalDate().toString();
				}
				BigDecimal n = cell.asNumber();
				String s = n.stripTrailingZeros().toPlainString();
				return column == Column.WILAYA && s.length() == 1 ? "0" + s : s;
			}
			default -> {
				return cell.getText();
			}
		}
	}

	/** Walks the archive once, counting inflated bytes, so that a bomb is stopped before any XML is parsed. */
	private static void checkZip(Path file) {
		long compressed;
		try {
			compressed = Files.size(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		long total = 0;
		long limit = Math.min(MAX_UNCOMPRESSED, Math.max(compressed, 1 << 20) * MAX_RATIO);
		byte[] buf = new byte[64 * 1024];
		// ZipFile reads the central directory (the writers of xlsx files use data descriptors that ZipInputStream
		// rejects); the inflated bytes are counted for real, whatever sizes the directory claims
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			if (zip.getEntry("xl/workbook.xml") == null) {
				throw new ImportRejected("import.error.not-spreadsheet", null);
			}
			var entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry e = entries.nextElement();
				if (e.getSize() > limit) {
					throw new ImportRejected("import.error.zip-bomb", null);
				}
				try (InputStream in = zip.getInputStream(e)) {
					int n;
					while ((n = in.read(buf)) > 0) {
						total += n;
						if (total > limit) {
							throw new ImportRejected("import.error.zip-bomb", null);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new ImportRejected("import.error.not-spreadsheet", null);
		}
	}

	// ---- csv

	private static List<Table> readCsv(Path file, Sink sink) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String text = decode(bytes);
		List<List<String>> records = parseCsv(text);
		int first = 0;
		while (first < records.size() && records.get(first).stream().allMatch(String::isBlank)) {
			first++;
		}
		if (first >= records.size()) {
			throw new ImportRejected("import.error.empty", null);
		}
		Table t = table("csv", records.get(first));
		if (t == null) {
			throw new ImportRejected("import.error.header-missing", headerNames(Column.MEMBER_REQUIRED));
		}
		int data = 0;
		for (int i = first + 1; i < records.size(); i++) {
			List<String> rec = records.get(i);
			if (rec.stream().allMatch(String::isBlank)) {
				continue;
			}
			String[] values = new String[Column.values().length];
			for (int c = 0; c < Math.min(rec.size(), t.columns().length); c++) {
				String v = rec.get(c);
				if (v.startsWith("=")) {
					throw new ImportRejected("import.error.formula", "csv!" + (i + 1) + ":" + (c + 1));
				}
				if (t.columns()[c] != null && !v.isBlank()) {
					values[t.columns()[c].ordinal()] = v.trim();
				}
			}
			data++;
			sink.row(t.kind(), t.sheet(), i + 1, values, rec);
		}
		if (data == 0) {
			throw new ImportRejected("import.error.empty", null);
		}
		return List.of(t);
	}

	/** UTF-8 when there is a BOM or the bytes are valid UTF-8; otherwise the Windows Arabic code page. */
	static String decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
			return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException e) {
			return new String(bytes, WINDOWS_1256);
		}
	}

	/** RFC 4180 records; the separator (; , or tab) is the most frequent one on the first line. */
	static List<List<String>> parseCsv(String text) {
		int eol = text.indexOf('\n');
		String firstLine = eol < 0 ? text : text.substring(0, eol);
		char sep = ',';
		long best = firstLine.chars().filter(ch -> ch == ',').count();
		for (char candidate : new char[] { ';', '\t' }) {
			long n = firstLine.chars().filter(ch -> ch == candidate).count();
			if (n > best) {
				best = n;
				sep = candidate;
			}
		}
		List<List<String>> records = new ArrayList<>();
		List<String> rec = new ArrayList<>();
		StringBuilder cur = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cur.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					cur.append(ch);
				}
			}
			else if (ch == '"' && cur.length() == 0) {
				quoted = true;
			}
			else if (ch == sep) {
				rec.add(cur.toString());
				cur.setLength(0);
			}
			else if (ch == '\n' || ch == '\r') {
				if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				rec.add(cur.toString());
				cur.setLength(0);
				records.add(rec);
				rec = new ArrayList<>();
			}
			else {
				cur.append(ch);
			}
		}
		if (cur.length() > 0 || !rec.isEmpty()) {
			rec.add(cur.toString());
			records.add(rec);
		}
		return records;
	}

	// ---- headers

	/** The table a header row describes, or null when it is no HR table; refuses one missing a required header. */
	private static Table table(String sheet, List<String> headers) {
		Column[] cols = new Column[headers.size()];
		java.util.EnumSet<Column> found = java.util.EnumSet.noneOf(Column.class);
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

	private static String headerNames(java.util.Collection<Column> cols) {
		return String.join(", ", cols.stream().map(c -> c.french() + " / " + c.arabic()).toList());
	}
}
