package dz.sanad.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** What a person types (or the API sends) to create or edit a member. */
public class MemberForm {

	@NotBlank
	@Size(max = 20)
	private String matricule;

	@Size(max = 18)
	private String nin;

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

	private Grade grade;

	private MemberFunction function;

	private Long unitId;

	@NotBlank
	private String wilayaCode;

	@Size(max = 30)
	private String phone;

	@Size(max = 200)
	private String email;

	public static MemberForm of(Member m) {
		MemberForm f = new MemberForm();
		f.matricule = m.getMatricule();
		f.nin = m.getNin();
		f.firstNameAr = m.getFirstNameAr();
		f.lastNameAr = m.getLastNameAr();
		f.firstNameLat = m.getFirstNameLat();
		f.lastNameLat = m.getLastNameLat();
		f.sex = m.getSex();
		f.birthDate = m.getBirthDate();
		f.grade = m.getGrade();
		f.function = m.getFunction();
		f.unitId = m.getUnitId();
		f.wilayaCode = m.getWilayaCode();
		f.phone = m.getPhone();
		f.email = m.getEmail();
		return f;
	}

	public String getMatricule() { return matricule; }
	public void setMatricule(String v) { this.matricule = v; }
	public String getNin() { return nin; }
	public void setNin(String v) { this.nin = v; }
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
	public Grade getGrade() { return grade; }
	public void setGrade(Grade v) { this.grade = v; }
	public MemberFunction getFunction() { return function; }
	public void setFunction(MemberFunction v) { this.function = v; }
	public Long getUnitId() { return unitId; }
	public void setUnitId(Long v) { this.unitId = v; }
	public String getWilayaCode() { return wilayaCode; }
	public void setWilayaCode(String v) { this.wilayaCode = v; }
	public String getPhone() { return phone; }
	public void setPhone(String v) { this.phone = v; }
	public String getEmail() { return email; }
	public void setEmail(String v) { this.email = v; }
}
