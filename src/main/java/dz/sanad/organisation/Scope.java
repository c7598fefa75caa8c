package dz.sanad.organisation;

/**
 * What a user may reach in the organisation tree: everything (national roles) or one unit and all below it.
 * {@code path} is the scope unit's materialised path; {@code wilayaCode} its wilaya, if any.
 */
public record Scope(boolean national, Long unitId, String path, String wilayaCode) {

	public static final Scope NATIONAL = new Scope(true, null, "/", null);

	public static final Scope NOTHING = new Scope(false, null, "/nothing/", null);

	public boolean contains(Unit unit) {
		return unit != null && (national || unit.getPath().startsWith(path));
	}
}
