package dz.sanad.people.imports;

import dz.sanad.people.MemberStatus;
import dz.sanad.people.NameNormalizer;
import dz.sanad.people.PersonRules;
import dz.sanad.people.Relation;

import java.time.LocalDate;
import java.util.List;

/**
 * The checks of single cells of an HR row, shared by the member and family rows of an {@link ImportPass}: each
 * returns the value read (or null) and adds a problem {field, message key, argument} when the cell is wrong.
 */
final class ImportCells {

	private ImportCells() {
	}

	static void problem(List<String[]> problems, Column field, String key, String arg) {
		problems.add(new String[] { field.name(), key, arg });
	}

	static String get(String[] v, Column c) {
		return v[c.ordinal()];
	}

	static String name(String[] v, Column c, boolean required, List<String[]> p) {
		String s = get(v, c);
		if (s == null) {
			if (required) {
				problem(p, c, "import.error.required", null);
			}
			return null;
		}
		if (s.length() > 100) {
			problem(p, c, "import.error.too-long", "100");
		}
		return s;
	}

	static String sex(String[] v, List<String[]> p) {
		String s = get(v, Column.SEX);
		if (s == null) {
			problem(p, Column.SEX, "import.error.required", null);
			return null;
		}
		String sex = PersonRules.sex(s).orElse(null);
		if (sex == null) {
			problem(p, Column.SEX, "import.error.sex", s);
		}
		return sex;
	}

	static LocalDate date(String[] v, List<String[]> p) {
		String s = get(v, Column.BIRTH_DATE);
		if (s == null) {
			return null;
		}
		LocalDate d = PersonRules.date(s).orElse(null);
		if (d == null) {
			problem(p, Column.BIRTH_DATE, "import.error.date", s);
		}
		return d;
	}

	static <E extends Enum<E>> E code(String[] v, Column c, Class<E> type, List<String[]> p) {
		String s = get(v, c);
		if (s == null) {
			return null;
		}
		E e = PersonRules.code(type, s).orElse(null);
		if (e == null) {
			problem(p, c, "import.error.code", s);
		}
		return e;
	}

	static MemberStatus status(String[] v, List<String[]> p) {
		String s = get(v, Column.STATUS);
		if (s == null) {
			return MemberStatus.ACTIVE;
		}
		MemberStatus st = switch (NameNormalizer.latin(s).isEmpty() ? NameNormalizer.arabic(s) : NameNormalizer.latin(s)) {
			case "active", "actif", "activite", "نشط", "في الخدمه" -> MemberStatus.ACTIVE;
			case "retired", "retraite", "متقاعد" -> MemberStatus.RETIRED;
			case "deceased", "decede", "متوفي", "متوفى" -> MemberStatus.DECEASED;
			default -> null;
		};
		if (st == null) {
			problem(p, Column.STATUS, "import.error.code", s);
		}
		return st;
	}

	static Relation relation(String s) {
		if (s == null) {
			return null;
		}
		String latin = NameNormalizer.latin(s);
		String k = latin.isEmpty() ? NameNormalizer.arabic(s) : latin;
		return switch (k) {
			case "spouse", "conjoint", "conjointe", "epoux", "epouse", "زوج", "زوجه" -> Relation.SPOUSE;
			case "child", "enfant", "fils", "fille", "ابن", "ابنه", "بنت" -> Relation.CHILD;
			case "parent", "pere", "mere", "اب", "ام" -> Relation.PARENT;
			default -> null;
		};
	}

	static boolean flag(String[] v, Column c, List<String[]> p) {
		Boolean b = PersonRules.yesNo(get(v, c)).orElse(null);
		if (b == null) {
			problem(p, c, "import.error.yes-no", get(v, c));
			return false;
		}
		return b;
	}
}
