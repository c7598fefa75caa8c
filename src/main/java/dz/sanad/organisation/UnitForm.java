package dz.sanad.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator types to create or edit a unit. */
public class UnitForm {

	@NotBlank
	@Size(max = 40)
	@Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*", message = "{unit.error.code-format}")
	private String code;

	@NotNull
	private UnitKind kind;

	@NotBlank
	@Size(max = 200)
	private String nameAr;

	@NotBlank
	@Size(max = 200)
	private String nameFr;

	private Long parentId;

	private String wilayaCode;

	@Size(max = 300)
	private String address;

	@Size(max = 30)
	@Pattern(regexp = "^$|\\+?[0-9 ]{6,20}", message = "{unit.error.phone}")
	private String phone;

	@Email
	@Size(max = 200)
	private String email;

	@Min(0)
	private Integer capacity;

	public static UnitForm of(Unit u) {
		UnitForm f = new UnitForm();
		f.code = u.getCode();
		f.kind = u.getKind();
		f.nameAr = u.getNameAr();
		f.nameFr = u.getNameFr();
		f.parentId = u.getParentId();
		f.wilayaCode = u.getWilayaCode();
		f.address = u.getAddress();
		f.phone = u.getPhone();
		f.email = u.getEmail();
		f.capacity = u.getCapacity();
		return f;
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT); }
	public UnitKind getKind() { return kind; }
	public void setKind(UnitKind kind) { this.kind = kind; }
	public String getNameAr() { return nameAr; }
	public void setNameAr(String nameAr) { this.nameAr = nameAr == null ? null : nameAr.trim(); }
	public String getNameFr() { return nameFr; }
	public void setNameFr(String nameFr) { this.nameFr = nameFr == null ? null : nameFr.trim(); }
	public Long getParentId() { return parentId; }
	public void setParentId(Long parentId) { this.parentId = parentId; }
	public String getWilayaCode() { return wilayaCode; }
	public void setWilayaCode(String wilayaCode) { this.wilayaCode = wilayaCode == null || wilayaCode.isBlank() ? null : wilayaCode; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = blankToNull(address); }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone == null ? null : phone.trim(); }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = blankToNull(email); }
	public Integer getCapacity() { return capacity; }
	public void setCapacity(Integer capacity) { this.capacity = capacity; }

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
