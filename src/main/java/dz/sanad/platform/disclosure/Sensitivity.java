package dz.sanad.platform.disclosure;

/** How sensitive a table's figures are: psychological and health figures are held to a higher threshold. */
public enum Sensitivity {
	/** Counts of applications, activities, trainees, concerns: threshold {@code sanad.disclosure.threshold}. */
	STANDARD,
	/** Psychological and health figures: threshold {@code sanad.disclosure.sensitive-threshold}. */
	HEALTH
}
