package dz.sanad.platform.cases;

/** A case as the engine knows it: the module's case type name and the id of the module's own record. */
public record CaseRef(String type, long id) implements java.io.Serializable {

	public static CaseRef of(String type, long id) {
		return new CaseRef(type, id);
	}
}
