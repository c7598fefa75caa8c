package dz.sanad.platform;

import jakarta.servlet.http.HttpServletResponse;
import dz.sanad.platform.disclosure.SuppressedTable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Streams any list to an xlsx file (fastexcel: constant memory), with translated headers, right-to-left sheets for
 * Arabic, formula-injection escaping, and an {@link ExportPerformed} event for the audit trail.
 */
@Component
public class Xlsx {

	/** A column: its message key and how to get the cell from a row. */
	public record Column<T>(String headerKey, Function<T, Object> value) {
	}

	public static <T> Column<T> col(String headerKey, Function<T, Object> value) {
		return new Column<>(headerKey, value);
	}

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	Xlsx(MessageSource messages, ApplicationEventPublisher events) {
		this.messages = messages;
		this.events = events;
	}

	public <T> void export(HttpServletResponse response, String fileBaseName, List<Column<T>> columns,
			Stream<T> rows, String filters) {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		String name = fileBaseName + "-" + LocalDate.now() + ".xlsx";
		response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
				+ java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
		try {
			int count = write(response.getOutputStream(), fileBaseName, columns, rows);
			events.publishEvent(new ExportPerformed(fileBaseName, count, filters));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public <T> int write(OutputStream out, String sheetName, List<Column<T>> columns, Stream<T> rows)
			throws IOException {
		var locale = LocaleContextHolder.getLocale();
		Workbook wb = new Workbook(out, "Sanad", "1.0");
		Worksheet ws = wb.newWorksheet(sheetName(sheetName, locale));
		if ("ar".equals(locale.getLanguage())) {
			ws.rightToLeft();
		}
		for (int c = 0; c < columns.size(); c++) {
			ws.value(0, c, messages.getMessage(columns.get(c).headerKey(), null, columns.get(c).headerKey(), locale));
			ws.style(0, c).bold().set();
		}
		int[] r = { 0 };
		try (rows) {
			rows.forEach(row -> {
				r[0]++;
				for (int c = 0; c < columns.size(); c++) {
					set(ws, r[0], c, columns.get(c).value().apply(row), locale);
				}
				if (r[0] % 1000 == 0) {
					try {
						ws.flush();
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				}
			});
		}
		ws.freezePane(0, 1);
		wb.finish();
		return r[0];
	}

	/**
	 * A table under the disclosure rule: one line per row (its label under {@code rowHeaderKey}), then the totals
	 * line; a hidden cell is written as its "&lt;k" marker, never blank or 0.
	 */
	public void export(HttpServletResponse response, String fileBaseName, String rowHeaderKey, SuppressedTable table,
			String filters) {
		List<Column<SuppressedTable.Row>> columns = new ArrayList<>();
		columns.add(col(rowHeaderKey, SuppressedTable.Row::label));
		for (int i = 0; i < table.columnKeys().size(); i++) {
			int c = i;
			columns.add(col(table.columnKeys().get(c), r -> r.cells().get(c).export()));
		}
		if (table.hasRowTotals()) {
			columns.add(col("disclosure.total", r -> r.total().export()));
		}
		String total = messages.getMessage("disclosure.total", null, LocaleContextHolder.getLocale());
		export(response, fileBaseName, columns, table.rowsWithTotal(total).stream(), filters);
	}

	/**
	 * Values, not codes: an enum becomes its translated label (its {@code messageKey()}), a boolean a word, an
	 * instant the local date and time in Algiers.
	 */
	private void set(Worksheet ws, int r, int c, Object v, Locale locale) {
		if (v == null) {
			return;
		}
		if (v instanceof Boolean b) {
			ws.value(r, c, messages.getMessage(b ? "common.yes" : "common.no", null, locale));
			return;
		}
		if (v instanceof Enum<?> e) {
			ws.value(r, c, label(e, locale));
			return;
		}
		if (v instanceof Instant i) {
			v = i.atZone(Formats.ZONE).toLocalDateTime();
		}
		else if (v instanceof OffsetDateTime o) {
			v = o.atZoneSameInstant(Formats.ZONE).toLocalDateTime();
		}
		if (v instanceof Number n) {
			ws.value(r, c, n);
		}
		else if (v instanceof LocalDate d) {
			ws.value(r, c, d);
			ws.style(r, c).format("dd/mm/yyyy").set();
		}
		else if (v instanceof LocalDateTime d) {
			ws.value(r, c, d);
			ws.style(r, c).format("dd/mm/yyyy hh:mm").set();
		}
		else if (v instanceof TemporalAccessor t) {
			ws.value(r, c, t.toString());
		}
		else {
			ws.value(r, c, safeText(v.toString()));
		}
	}

	private String label(Enum<?> e, Locale locale) {
		try {
			Object key = e.getClass().getMethod("messageKey").invoke(e);
			return messages.getMessage(key.toString(), null, e.name(), locale);
		}
		catch (ReflectiveOperationException ex) {
			return e.name();
		}
	}

	/** The sheet's name in the reader's language ({@code xlsx.sheet.<base>}, a trailing id left out of the key). */
	private String sheetName(String base, Locale locale) {
		String key = "xlsx.sheet." + base.replaceAll("-[^-]*\\d[^-]*$", "").replaceAll("-$", "");
		String name = messages.getMessage(key, null, base, locale).replaceAll("[\\[\\]:*?/\\\\]", " ");
		return name.length() > 31 ? name.substring(0, 31) : name;
	}

	/** Neutralises spreadsheet formula injection: text starting with = + - @ (or tab/CR) is prefixed by a quote. */
	public static String safeText(String s) {
		if (!s.isEmpty()) {
			char first = s.charAt(0);
			if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
				return "'" + s;
			}
		}
		return s;
	}
}
