package dz.sanad.organisation;

import java.util.EnumSet;
import java.util.Set;

/** Kinds of unit in the organisation tree, and which kind may sit under which. */
public enum UnitKind {

	MINISTRY, TRAINING_DIRECTORATE, TRAINING_CENTRE, TRAINING_ANTENNA,
	DGSN, DGSN_DIRECTORATE, WILAYA_SERVICE,
	CULTURAL_CENTRE, CHILD_CARE, SPORTS_CLUB, HOLIDAY_CENTRE, SOCIAL_MEDICAL_CENTRE;

	public static final Set<UnitKind> ESTABLISHMENTS = EnumSet.of(CULTURAL_CENTRE, CHILD_CARE, SPORTS_CLUB,
			HOLIDAY_CENTRE, SOCIAL_MEDICAL_CENTRE);

	public boolean isEstablishment() {
		return ESTABLISHMENTS.contains(this);
	}

	/** The kinds a unit of this kind may be placed under (empty: a root). */
	public Set<UnitKind> allowedParents() {
		return switch (this) {
			case MINISTRY, DGSN -> EnumSet.noneOf(UnitKind.class);
			case TRAINING_DIRECTORATE, TRAINING_CENTRE -> EnumSet.of(MINISTRY);
			case TRAINING_ANTENNA -> EnumSet.of(TRAINING_CENTRE);
			case DGSN_DIRECTORATE, WILAYA_SERVICE -> EnumSet.of(DGSN);
			case HOLIDAY_CENTRE, SOCIAL_MEDICAL_CENTRE -> EnumSet.of(WILAYA_SERVICE, DGSN_DIRECTORATE);
			case CULTURAL_CENTRE, CHILD_CARE, SPORTS_CLUB -> EnumSet.of(WILAYA_SERVICE);
		};
	}

	public boolean needsWilaya() {
		return this == WILAYA_SERVICE || this == CULTURAL_CENTRE || this == CHILD_CARE || this == SPORTS_CLUB;
	}

	public String messageKey() {
		return "unit.kind." + name();
	}
}
