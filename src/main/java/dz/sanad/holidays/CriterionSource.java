package dz.sanad.holidays;

/**
 * Where a criterion's value comes from. The directorate picks criteria and weights per season; MANUAL criteria are
 * ones it adds itself, whose value (0..10) is recorded on each application.
 */
public enum CriterionSource {
	MARTYR_CHILD, ORPHAN, DISABILITY, LOWER_GRADE, FIRST_TIME, YEARS_SINCE_LAST, CHILDREN_COUNT, MANUAL;

	public String messageKey() {
		return "holidays.criterion.source." + name();
	}
}
