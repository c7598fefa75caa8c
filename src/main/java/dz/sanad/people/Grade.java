package dz.sanad.people;

/** DGSN grades, lowest first: {@link #rank()} orders them (allocation rules favour lower grades). */
public enum Grade {

	AGENT, BRIGADIER, BRIGADIER_CHEF, INSPECTEUR, INSPECTEUR_PRINCIPAL, LIEUTENANT, COMMISSAIRE,
	COMMISSAIRE_PRINCIPAL, COMMISSAIRE_DIVISIONNAIRE, CONTROLEUR;

	public int rank() {
		return ordinal() + 1;
	}

	public String messageKey() {
		return "grade." + name();
	}
}
