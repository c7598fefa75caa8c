package dz.sanad.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** A family member as typed in the member's page or sent to the API. */
public class FamilyForm {

	@NotNull
	private Relation relation;

	@NotBlank
	@Size(max = 100)
	private String firstNameAr;

	@NotBlank
	@Size(max = 100)
	private String lastNameAr;

	@Size(max = 100)
	private String firstNameLat;

	@Size(max = 100)
	private String lastNameLat;

	@NotBlank
	private String sex;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	private boolean disability;

	private boolean orphan;

	private boolean martyrChild;

	@Size(max = 40)
	private String schoolLevel;

	public static FamilyForm of(FamilyMember f) {
		FamilyForm x = new FamilyForm();
		x.relation = f.getRelation();
		x.firstNameAr = f.getFirstNameAr();
		x.lastNameAr = f.getLastNameAr();
		x.firstNameLat = f.getFirstNameLat();
		x.lastNameLat = f.getLastNameLat();
		x.sex = f.getSex();
		x.birthDate = f.getBirthDate();
		x.disability = f.isDisability();
		x.orphan = f.isOrphan();
		x.martyrChild = f.isMartyrChild();
		x.schoolLevel = f.getSchoolLevel();
		return x;
	}

	public Relation getRelation() { return relation; }
	public void setRelation(Relation v) { this.relation = v; }
	public String getFirstNameAr() { return firstNameAr; }
	public void setFirstNameAr(String v) { this.firstNameAr = v; }
	public String getLastNameAr() { return lastNameAr; }
	public void setLastNameAr(String v) { this.lastNameAr = v; }
	public String getFirstNameLat() { return firstNameLat; }
	public void setFirstNameLat(String v) { this.firstNameLat = v; }
	public String getLastNameLat() { return lastNameLat; }
	public void setLastNameLat(String v) { this.lastNameLat = v; }
	public String getSex() { return sex; }
	public void setSex(String v) { this.sex = v; }
	public LocalDate getBirthDate() { return birthDate; }
	public void setBirthDate(LocalDate v) { this.birthDate = v; }
	public boolean isDisability() { return disability; }
	public void setDisability(boolean v) { this.disability = v; }
	public boolean isOrphan() { return orphan; }
	public void setOrphan(boolean v) { this.orphan = v; }
	public boolean isMartyrChild() { return martyrChild; }
	public void setMartyrChild(boolean v) { this.martyrChild = v; }
	public String getSchoolLevel() { return schoolLevel; }
	public void setSchoolLevel(String v) { this.schoolLevel = v; }
}
