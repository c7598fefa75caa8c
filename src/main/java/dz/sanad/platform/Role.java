package dz.sanad.platform;

/** The roles of DOMAIN.md. An account has exactly one, with a scope (a unit of the organisation tree). */
public enum Role {

	ADMIN(true), TRAINING_MANAGER(true), CENTRE_COORDINATOR(false), TRAINER(false), DGSN_SOCIAL(true),
	WILAYA_OFFICER(false), ESTABLISHMENT_HEAD(false), MEMBER(false), PSYCHOLOGIST(false), HEALTH_OFFICER(false),
	COMMITTEE(true), DPO(true), PSYCHOLOGY_LEAD(true), PHYSICIAN(false);

	private final boolean national;

	Role(boolean national) {
		this.national = national;
	}

	/** National roles see every unit; the others only their scope unit and what lies below it. */
	public boolean isNational() {
		return national;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}
}
