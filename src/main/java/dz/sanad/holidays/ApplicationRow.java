package dz.sanad.holidays;

/** An application with the names a page shows. */
public record ApplicationRow(Application app, String matricule, String memberName, String childName,
		String childSex, Integer age, ShiftView placed) {
}
