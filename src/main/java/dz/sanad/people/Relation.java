package dz.sanad.people;

public enum Relation {
	SPOUSE, CHILD, PARENT;

	public String messageKey() {
		return "relation." + name();
	}
}
