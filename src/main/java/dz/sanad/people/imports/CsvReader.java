package dz.sanad.people.imports;

import dz.sanad.people.imports.SheetReader.Sink;
import dz.sanad.people.imports.SheetReader.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The CSV side of {@link SheetReader}: UTF-8 (with or without BOM) or Windows-1256, one table per file. */
final class CsvReader {

	private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

	private CsvReader() {
	}

	static List<Table> read(Path file, Sink sink) {
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
		Table t = SheetReader.table("csv", records.get(first));
		if (t == null) {
			throw new ImportRejected("import.error.header-missing", SheetReader.headerNames(Column.MEMBER_REQUIRED));
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
}
