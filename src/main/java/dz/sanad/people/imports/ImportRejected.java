package dz.sanad.people.imports;

/** The whole file is refused (not a spreadsheet, empty, header missing, too big, zip bomb, formulas): nothing written. */
class ImportRejected extends RuntimeException {

	final String key;

	final String arg;

	ImportRejected(String key, String arg) {
		super(key + (arg == null ? "" : " " + arg));
		this.key = key;
		this.arg = arg;
	}
}
