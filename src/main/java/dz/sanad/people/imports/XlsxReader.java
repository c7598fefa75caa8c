package dz.sanad.people.imports;

import dz.sanad.people.imports.SheetReader.Kind;
import dz.sanad.people.imports.SheetReader.Sink;
import dz.sanad.people.imports.SheetReader.Table;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The xlsx side of {@link SheetReader}: zip-bomb check, then tables found by their header rows on any sheet. */
final class XlsxReader {

	/** Sheets beyond this uncompressed size, or compressed more than this ratio, are treated as zip bombs. */
	static final long MAX_UNCOMPRESSED = 1_500L * 1024 * 1024;

	static final long MAX_RATIO = 100;

	private XlsxReader() {
	}

	static List<Table> read(Path file, Sink sink) {
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
						Table t = SheetReader.table(sheet.getName(), headers);
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
				throw new ImportRejected("import.error.header-missing", SheetReader.headerNames(Column.MEMBER_REQUIRED));
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
			LoggerFactory.getLogger(XlsxReader.class).info("unreadable xlsx: {}", e.toString());
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
		try (ZipFile zip = new ZipFile(file.toFile())) {
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
}
