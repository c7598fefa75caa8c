package dz.sanad.people.imports;

import dz.sanad.people.NameNormalizer;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The columns an HR file may have, each recognised by its French or Arabic header (spaces, case, accents, hamza
 * forms ignored). The template writes the first alias of each language.
 */
enum Column {

	MATRICULE("matricule", "رقم التسجيل", "رقم تسجيل المنتسب", "matricule du fonctionnaire", "numéro de matricule",
			"n° matricule", "mat", "الرقم التسلسلي"),
	NIN("nin", "رقم التعريف الوطني", "numero d'identification national", "nni", "numéro national", "رقم التعريف"),
	LAST_NAME_AR("nom (arabe)", "اللقب", "nom ar", "nom arabe", "nom en arabe", "اللقب بالعربية", "اللقب بالعربي"),
	FIRST_NAME_AR("prénom (arabe)", "الاسم", "prenom ar", "prenom arabe", "prénom en arabe", "الاسم بالعربية",
			"الاسم بالعربي"),
	LAST_NAME_LAT("nom (latin)", "اللقب باللاتينية", "nom latin", "nom", "nom fr", "nom français", "nom en latin",
			"nom lat", "اللقب بالفرنسية", "اللقب بالحروف اللاتينية"),
	FIRST_NAME_LAT("prénom (latin)", "الاسم باللاتينية", "prenom latin", "prenom", "prenom fr", "prénom français",
			"prénom en latin", "prenom lat", "الاسم بالفرنسية", "الاسم بالحروف اللاتينية"),
	SEX("sexe", "الجنس", "genre"),
	BIRTH_DATE("date de naissance", "تاريخ الميلاد", "date naissance", "né le", "date de naiss", "ddn", "تاريخ الازدياد"),
	GRADE("grade", "الرتبة"),
	FUNCTION("fonction", "الوظيفة"),
	UNIT("code unité", "رمز الوحدة", "unite", "affectation", "الوحدة"),
	WILAYA("code wilaya", "رمز الولاية", "wilaya", "الولاية"),
	PHONE("téléphone", "الهاتف", "tel", "رقم الهاتف", "mobile", "portable", "الجوال"),
	EMAIL("email", "البريد الإلكتروني", "courriel", "e-mail", "mail", "adresse email"),
	STATUS("statut", "الحالة", "situation"),
	RELATION("lien de parenté", "صلة القرابة", "lien", "relation"),
	DISABILITY("handicap", "إعاقة", "الإعاقة"),
	ORPHAN("orphelin", "يتيم"),
	MARTYR_CHILD("enfant de martyr du devoir", "ابن شهيد الواجب", "enfant de martyr", "enfant de chahid"),
	SCHOOL_LEVEL("niveau scolaire", "المستوى الدراسي");

	static final List<Column> MEMBER_COLUMNS = List.of(MATRICULE, NIN, LAST_NAME_AR, FIRST_NAME_AR, LAST_NAME_LAT,
			FIRST_NAME_LAT, SEX, BIRTH_DATE, GRADE, FUNCTION, UNIT, WILAYA, PHONE, EMAIL, STATUS);

	static final Set<Column> MEMBER_REQUIRED = EnumSet.of(MATRICULE, LAST_NAME_AR, FIRST_NAME_AR, SEX, WILAYA);

	static final List<Column> FAMILY_COLUMNS = List.of(MATRICULE, RELATION, LAST_NAME_AR, FIRST_NAME_AR, LAST_NAME_LAT,
			FIRST_NAME_LAT, SEX, BIRTH_DATE, DISABILITY, ORPHAN, MARTYR_CHILD, SCHOOL_LEVEL);

	static final Set<Column> FAMILY_REQUIRED = EnumSet.of(MATRICULE, RELATION, LAST_NAME_AR, FIRST_NAME_AR, SEX);

	private final String[] aliases;

	Column(String... aliases) {
		this.aliases = aliases;
	}

	String french() {
		return aliases[0];
	}

	/** Every accepted spelling, as the template's alias sheet lists them. */
	List<String> aliases() {
		return List.of(aliases);
	}

	String arabic() {
		return aliases[1];
	}

	static Optional<Column> ofHeader(String header) {
		String key = key(header);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		for (Column c : values()) {
			for (String a : c.aliases) {
				if (key(a).equals(key)) {
					return Optional.of(c);
				}
			}
		}
		return Optional.empty();
	}

	private static String key(String s) {
		if (s == null) {
			return "";
		}
		String t = s.replace("\uFEFF", "").trim();
		// Latin headers fold to letters only; Arabic ones keep their letters, folded, without spaces
		String latin = NameNormalizer.latin(t);
		return latin.isEmpty() ? NameNormalizer.arabic(t).replace(" ", "").replaceAll("[()_\\-.']", "") : latin;
	}
}
