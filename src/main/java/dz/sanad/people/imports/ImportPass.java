package dz.sanad.people.imports;

import dz.sanad.people.Grade;
import dz.sanad.people.MemberFunction;
import dz.sanad.people.MemberStatus;
import dz.sanad.people.NameNormalizer;
import dz.sanad.people.PersonRules;
import dz.sanad.people.Relation;
import dz.sanad.people.imports.SheetReader.Kind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dz.sanad.people.imports.ImportCells.code;
import static dz.sanad.people.imports.ImportCells.date;
import static dz.sanad.people.imports.ImportCells.flag;
import static dz.sanad.people.imports.ImportCells.get;
import static dz.sanad.people.imports.ImportCells.name;
import static dz.sanad.people.imports.ImportCells.problem;
import static dz.sanad.people.imports.ImportCells.relation;
import static dz.sanad.people.imports.ImportCells.sex;
import static dz.sanad.people.imports.ImportCells.status;

/**
 * One reading of an HR file: every row checked (formats, codes, duplicates inside the file and against the
 * database); in a commit, every good row also handed to a {@link Writer}. Errors are collected per row.
 */
final class ImportPass implements SheetReader.Sink {

	/** What the database already holds, loaded once per pass. */
	record Reference(Map<String, UnitRef> units, Set<String> wilayas, Map<String, String> ninOwners,
			Set<String> matricules) {
	}

	record UnitRef(long id, String wilayaCode, boolean active) {
	}

	record MemberRow(String matricule, String nin, String firstNameAr, String lastNameAr, String firstNameLat,
			String lastNameLat, String sex, LocalDate birthDate, Grade grade, MemberFunction function, Long unitId,
			String wilayaCode, String phone, String email, MemberStatus status) {

		String searchAr() {
			return NameNormalizer.arabicFull(firstNameAr, lastNameAr);
		}

		String searchLat() {
			return NameNormalizer.latinFull(firstNameLat, lastNameLat);
		}
	}

	record FamilyRow(String matricule, Relation relation, String firstNameAr, String lastNameAr, String firstNameLat,
			String lastNameLat, String sex, LocalDate birthDate, boolean disability, boolean orphan,
			boolean martyrChild, String schoolLevel) {
	}

	interface Writer {

		void member(MemberRow row);

		void family(FamilyRow row);
	}

	interface Progress {

		void rows(long done);
	}

	static final int MAX_KEPT_ERRORS = 5000;

	private final Reference ref;

	private final Writer writer;

	private final Progress progress;

	private final Map<String, Integer> fileMatricules = new HashMap<>();

	private final Map<String, String> fileNins = new HashMap<>();

	/** Fingerprints of the family rows seen, in a primitive set (a million boxed Longs would weigh ~60 MB). */
	private final LongSet familyKeys = new LongSet();

	/** Relation cells repeat: each distinct text is folded once. */
	private final Map<String, Optional<Relation>> relations = new HashMap<>();

	final List<ImportError> errors = new ArrayList<>();

	int memberRows;

	int familyRows;

	int errorRows;

	/** Headers matching no column, "sheet: header" joined, or null. */
	String ignoredColumns;

	private long done;

	private final LocalDate today = LocalDate.now();

	ImportPass(Reference ref, Writer writer, Progress progress) {
		this.ref = ref;
		this.writer = writer;
		this.progress = progress;
	}

	@Override
	public void row(Kind kind, String sheet, int rowNo, String[] v, List<String> raw) {
		List<String[]> problems = new ArrayList<>(2);
		if (kind == Kind.MEMBERS) {
			memberRows++;
			MemberRow row = member(v, rowNo, problems);
			// once a row is bad the file cannot be committed: checking goes on, writing stops
			if (problems.isEmpty() && writer != null && errorRows == 0) {
				writer.member(row);
			}
		}
		else {
			familyRows++;
			FamilyRow row = family(v, problems);
			if (problems.isEmpty() && writer != null && errorRows == 0) {
				writer.family(row);
			}
		}
		if (!problems.isEmpty()) {
			errorRows++;
			for (String[] p : problems) {
				if (errors.size() < MAX_KEPT_ERRORS) {
					errors.add(new ImportError(sheet, rowNo, p[0], p[1], p[2], raw));
				}
			}
		}
		if (++done % 5000 == 0 && progress != null) {
			progress.rows(done);
		}
	}

	long done() {
		return done;
	}

	private MemberRow member(String[] v, int rowNo, List<String[]> p) {
		String matricule = get(v, Column.MATRICULE);
		if (matricule == null) {
			problem(p, Column.MATRICULE, "import.error.required", null);
		}
		else if (!PersonRules.validMatricule(matricule)) {
			problem(p, Column.MATRICULE, "import.error.matricule", matricule);
		}
		else {
			Integer first = fileMatricules.putIfAbsent(matricule, rowNo);
			if (first != null) {
				problem(p, Column.MATRICULE, "import.error.duplicate-in-file", String.valueOf(first));
			}
		}
		String nin = get(v, Column.NIN);
		if (nin != null) {
			if (!PersonRules.validNin(nin)) {
				problem(p, Column.NIN, "import.error.nin", nin);
			}
			else {
				String other = fileNins.putIfAbsent(nin, String.valueOf(matricule));
				if (other != null) {
					problem(p, Column.NIN, "import.error.nin-duplicate-in-file", other);
				}
				String owner = ref.ninOwners().get(nin);
				if (owner != null && !owner.equals(matricule)) {
					problem(p, Column.NIN, "import.error.nin-taken", owner);
				}
			}
		}
		String firstAr = name(v, Column.FIRST_NAME_AR, true, p);
		String lastAr = name(v, Column.LAST_NAME_AR, true, p);
		String firstLat = name(v, Column.FIRST_NAME_LAT, false, p);
		String lastLat = name(v, Column.LAST_NAME_LAT, false, p);
		String sex = sex(v, p);
		LocalDate birth = date(v, p);
		if (birth != null && (birth.isAfter(today.minusYears(18)) || birth.isBefore(LocalDate.of(1920, 1, 1)))) {
			problem(p, Column.BIRTH_DATE, "import.error.birth-date", get(v, Column.BIRTH_DATE));
		}
		Grade grade = code(v, Column.GRADE, Grade.class, p);
		MemberFunction function = code(v, Column.FUNCTION, MemberFunction.class, p);
		MemberStatus status = status(v, p);
		String wilaya = get(v, Column.WILAYA);
		if (wilaya == null) {
			problem(p, Column.WILAYA, "import.error.required", null);
		}
		else {
			wilaya = wilaya.length() == 1 ? "0" + wilaya : wilaya;
			if (!ref.wilayas().contains(wilaya)) {
				problem(p, Column.WILAYA, "import.error.wilaya", wilaya);
			}
		}
		Long unitId = null;
		String unitCode = get(v, Column.UNIT);
		if (unitCode != null) {
			UnitRef u = ref.units().get(unitCode.toUpperCase(Locale.ROOT));
			if (u == null || !u.active()) {
				problem(p, Column.UNIT, "import.error.unit", unitCode);
			}
			else if (u.wilayaCode() != null && wilaya != null && !u.wilayaCode().equals(wilaya)) {
				problem(p, Column.UNIT, "import.error.unit-wilaya", unitCode);
			}
			else {
				unitId = u.id();
			}
		}
		String phone = get(v, Column.PHONE);
		if (phone != null) {
			String e164 = PersonRules.e164(phone).orElse(null);
			if (e164 == null) {
				problem(p, Column.PHONE, "import.error.phone", phone);
			}
			phone = e164;
		}
		String email = get(v, Column.EMAIL);
		if (email != null && !PersonRules.validEmail(email)) {
			problem(p, Column.EMAIL, "import.error.email", email);
		}
		return p.isEmpty() ? new MemberRow(matricule, nin, firstAr, lastAr, firstLat, lastLat, sex, birth, grade,
				function, unitId, wilaya, phone, email, status) : null;
	}

	private FamilyRow family(String[] v, List<String[]> p) {
		String matricule = get(v, Column.MATRICULE);
		if (matricule == null) {
			problem(p, Column.MATRICULE, "import.error.required", null);
		}
		else if (!fileMatricules.containsKey(matricule) && !ref.matricules().contains(matricule)) {
			problem(p, Column.MATRICULE, "import.error.member-unknown", matricule);
		}
		String rel = get(v, Column.RELATION);
		Relation relation = rel == null ? null : relations.computeIfAbsent(rel, r -> Optional.ofNullable(relation(r))).orElse(null);
		if (relation == null) {
			problem(p, Column.RELATION, get(v, Column.RELATION) == null ? "import.error.required"
					: "import.error.relation", get(v, Column.RELATION));
		}
		String firstAr = name(v, Column.FIRST_NAME_AR, true, p);
		String lastAr = name(v, Column.LAST_NAME_AR, true, p);
		String firstLat = name(v, Column.FIRST_NAME_LAT, false, p);
		String lastLat = name(v, Column.LAST_NAME_LAT, false, p);
		String sex = sex(v, p);
		LocalDate birth = date(v, p);
		if (birth != null && birth.isAfter(today)) {
			problem(p, Column.BIRTH_DATE, "import.error.birth-date", get(v, Column.BIRTH_DATE));
		}
		if (relation == Relation.CHILD && birth == null && get(v, Column.BIRTH_DATE) == null) {
			problem(p, Column.BIRTH_DATE, "import.error.required", null);
		}
		boolean disability = flag(v, Column.DISABILITY, p);
		boolean orphan = flag(v, Column.ORPHAN, p);
		boolean martyr = flag(v, Column.MARTYR_CHILD, p);
		String school = get(v, Column.SCHOOL_LEVEL);
		if (relation != null && relation != Relation.CHILD && (martyr || school != null)) {
			problem(p, Column.RELATION, "import.error.child-only", null);
		}
		if (p.isEmpty()) {
			// the database's key for a family member (see V101): same member, relation, Arabic first name, birth date
			long key = LongSet.fnv64(matricule + '|' + relation + '|' + firstAr + '|' + birth);
			if (!familyKeys.add(key)) {
				problem(p, Column.FIRST_NAME_AR, "import.error.family-duplicate-in-file", firstAr);
				return null;
			}
			return new FamilyRow(matricule, relation, firstAr, lastAr, firstLat, lastLat, sex, birth, disability,
					orphan, martyr, school);
		}
		return null;
	}
}
