package dz.sanad.training;

/** Kinds of training the agreement names. */
public enum ProgrammeType {

	SPECIALIZED, QUALIFYING, REFRESHER;

	public String messageKey() {
		return "training.type." + name();
	}
}
