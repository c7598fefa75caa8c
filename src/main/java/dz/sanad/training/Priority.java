package dz.sanad.training;

/** How urgent a training need is for the unit that submits it. */
public enum Priority {

	HIGH, MEDIUM, LOW;

	public String messageKey() {
		return "training.priority." + name();
	}
}
