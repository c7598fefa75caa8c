package dz.sanad.people.imports;

import dz.sanad.people.Grade;
import dz.sanad.people.MemberFunction;
import dz.sanad.people.Relation;
import dz.sanad.platform.Xlsx;
import dz.sanad.territory.Territory;
import dz.sanad.territory.Wilaya;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** The spreadsheets an import offers for download: the empty template and the report of rejected rows. */
@Component
class ImportSheets {

	private final ImportJobs jobs;

	private final Territory territory;

	private final MessageSource messages;

	ImportSheets(ImportJobs jobs, Territory territory, MessageSource messages) {
		this.jobs = jobs;
		this.territory = territory;
		this.messages = messages;
	}

	/** The rejected rows as they were in the file, plus a column saying what is wrong, in the reader's language. */
	void errorsXlsx(long id, Locale locale, OutputStream out) throws IOException {
		jobs.get(id);
		Workbook wb = new Workbook(out, "Sanad", "1.0");
		Worksheet ws = wb.newWorksheet("errors");
		if ("ar".equals(locale.getLanguage())) {
			ws.rightToLeft();
		}
		String[] head = { msg("import.errors.sheet", locale), msg("import.errors.row", locale),
				msg("import.errors.field", locale), msg("import.errors.message", locale) };
		for (int c = 0; c < head.length; c++) {
			ws.value(0, c, head[c]);
			ws.style(0, c).bold().set();
		}
		int r = 1;
		for (ImportError e : jobs.errors(id, ImportPass.MAX_KEPT_ERRORS)) {
			ws.value(r, 0, e.sheet());
			ws.value(r, 1, e.rowNo());
			ws.value(r, 2, e.field() == null ? "" : msg("import.column." + e.field(), locale));
			ws.value(r, 3, messages.getMessage(e.messageKey(), new Object[] { e.messageArg() }, e.messageKey(), locale));
			for (int c = 0; c < e.raw().size(); c++) {
				ws.value(r, 4 + c, Xlsx.safeText(e.raw().get(c)));
			}
			r++;
		}
		ws.freezePane(0, 1);
		wb.finish();
	}

	/** An empty file with the expected headers (French and Arabic) and a sheet listing the accepted codes. */
	void template(Locale locale, OutputStream out) throws IOException {
		boolean ar = "ar".equals(locale.getLanguage());
		Workbook wb = new Workbook(out, "Sanad", "1.0");
		Worksheet m = wb.newWorksheet(ar ? "المنتسبون" : "membres");
		Worksheet f = wb.newWorksheet(ar ? "العائلات" : "familles");
		Worksheet codes = wb.newWorksheet("codes");
		Worksheet aliases = wb.newWorksheet(ar ? "العناوين المقبولة" : "alias");
		for (Worksheet w : List.of(m, f, codes, aliases)) {
			if (ar) {
				w.rightToLeft();
			}
		}
		header(m, Column.MEMBER_COLUMNS, ar);
		header(f, Column.FAMILY_COLUMNS, ar);
		m.value(1, 0, "M-16-9999");
		m.value(1, 1, "119900160000000001");
		m.value(1, 2, "بن علي");
		m.value(1, 3, "كريم");
		m.value(1, 4, "Benali");
		m.value(1, 5, "Karim");
		m.value(1, 6, "M");
		m.value(1, 7, "14/03/1990");
		m.value(1, 8, Grade.BRIGADIER.name());
		m.value(1, 9, MemberFunction.OPERATIONAL.name());
		m.value(1, 10, "CCL-16-1");
		m.value(1, 11, "16");
		m.value(1, 12, "0550123456");
		f.value(1, 0, "M-16-9999");
		f.value(1, 1, Relation.CHILD.name());
		f.value(1, 2, "بن علي");
		f.value(1, 3, "ياسين");
		f.value(1, 6, "M");
		f.value(1, 7, "20/05/2015");
		f.value(1, 8, "0");
		f.value(1, 9, "0");
		f.value(1, 10, "0");
		f.value(1, 11, "PRIMARY");
		int r = 0;
		codes.value(r, 0, msg("import.codes.kind", locale));
		codes.value(r, 1, msg("import.codes.code", locale));
		codes.value(r++, 2, msg("import.codes.label", locale));
		for (Grade g : Grade.values()) {
			codes.value(r, 0, msg("member.grade", locale));
			codes.value(r, 1, g.name());
			codes.value(r++, 2, msg(g.messageKey(), locale));
		}
		for (MemberFunction g : MemberFunction.values()) {
			codes.value(r, 0, msg("member.function", locale));
			codes.value(r, 1, g.name());
			codes.value(r++, 2, msg(g.messageKey(), locale));
		}
		for (Relation g : Relation.values()) {
			codes.value(r, 0, msg("family.relation", locale));
			codes.value(r, 1, g.name());
			codes.value(r++, 2, msg(g.messageKey(), locale));
		}
		for (Wilaya w : territory.wilayas()) {
			codes.value(r, 0, msg("member.wilaya", locale));
			codes.value(r, 1, w.getCode());
			codes.value(r++, 2, ar ? w.getNameAr() : w.getNameFr());
		}
		aliases.value(0, 0, msg("import.aliases.column", locale));
		aliases.value(0, 1, msg("import.aliases.accepted", locale));
		int a = 1;
		for (Column c : Column.values()) {
			aliases.value(a, 0, ar ? c.arabic() : c.french());
			aliases.value(a++, 1, String.join(" | ", c.aliases()));
		}
		aliases.width(1, 120);
		wb.finish();
	}

	private static void header(Worksheet ws, List<Column> cols, boolean ar) {
		for (int c = 0; c < cols.size(); c++) {
			ws.value(0, c, ar ? cols.get(c).arabic() : cols.get(c).french());
			ws.style(0, c).bold().set();
			ws.width(c, 18);
		}
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
