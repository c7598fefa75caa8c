package dz.sanad.people.imports;

import java.util.List;

/** One problem in one row of an HR file: the sheet, the row number as the spreadsheet shows it, the field, why. */
public record ImportError(String sheet, int rowNo, String field, String messageKey, String messageArg,
		List<String> raw) {
}
