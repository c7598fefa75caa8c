package dz.sanad.people;

/** The declared purposes for which Sanad processes a person's data (Law 18-07, art. 7). */
public enum ConsentPurpose {
	SOCIAL_ACTIVITIES, HOLIDAYS, TRAINING, CHILD_CARE, HEALTH_CARE, PSYCHOLOGICAL_FOLLOW_UP, PHOTOS_PUBLICATION,
	/** Disclosure of a welfare concern to the ministry's social services (a referral). */
	SOCIAL_REFERRAL;

	public String messageKey() {
		return "consent.purpose." + name();
	}
}
