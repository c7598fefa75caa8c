package dz.sanad.holidays;

/** Plain data, no framework: also read by the allocation benchmark. */
final class DefaultCriteria {

	private DefaultCriteria() {
	}

	/** The directorate's starting template for a new season's criteria; every weight is then its to change. */
	static final Object[][] ROWS = {
			{ "MARTYR_CHILD", CriterionSource.MARTYR_CHILD, "ابن شهيد الواجب", "Enfant de martyr du devoir", 50 },
			{ "ORPHAN", CriterionSource.ORPHAN, "يتيم", "Orphelin", 30 },
			{ "DISABILITY", CriterionSource.DISABILITY, "إعاقة", "Handicap", 25 },
			{ "LOWER_GRADE", CriterionSource.LOWER_GRADE, "الرتبة الأدنى", "Grade inférieur", 2 },
			{ "FIRST_TIME", CriterionSource.FIRST_TIME, "المشاركة الأولى", "Première participation", 15 },
			{ "YEARS_SINCE_LAST", CriterionSource.YEARS_SINCE_LAST, "السنوات منذ آخر مشاركة",
					"Années depuis la dernière participation", 3 },
			{ "CHILDREN_COUNT", CriterionSource.CHILDREN_COUNT, "عدد الأطفال", "Nombre d'enfants", 2 } };
}
