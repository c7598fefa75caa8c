package dz.sanad.people;

import dz.sanad.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A member of the national security (منتسب). The Arabic name is authoritative; the Latin one is as on the ID card. */
@Entity
@Table(name = "people_member")
public class Member {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String matricule;

	private String nin;

	@Column(name = "first_name_ar", nullable = false)
	private String firstNameAr;

	@Column(name = "last_name_ar", nullable = false)
	private String lastNameAr;

	@Column(name = "first_name_lat")
	private String firstNameLat;

	@Column(name = "last_name_lat")
	private String lastNameLat;

	@Column(nullable = false)
	private String sex;

	@Column(name = "birth_date")
	private LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	@Enumerated(EnumType.STRING)
	@Column(name = "function_code")
	private MemberFunction function;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "wilaya_code", nullable = false)
	private String wilayaCode;

	private String phone;

	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MemberStatus status = MemberStatus.ACTIVE;

	/** Died in the line of duty: the children keep their rights as children of a police martyr. */
	@Column(nullable = false)
	private boolean martyr;

	@Column(name = "search_ar", nullable = false)
	private String searchAr = "";

	@Column(name = "search_lat", nullable = false)
	private String searchLat = "";

	@Version
	private int version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	protected Member() {
	}

	public Member(String matricule, String firstNameAr, String lastNameAr, String sex, String wilayaCode) {
		this.matricule = matricule;
		this.firstNameAr = firstNameAr;
		this.lastNameAr = lastNameAr;
		this.sex = sex;
		this.wilayaCode = wilayaCode;
	}

	@PrePersist
	@PreUpdate
	void normalise() {
		searchAr = NameNormalizer.arabicFull(firstNameAr, lastNameAr);
		searchLat = NameNormalizer.latinFull(firstNameLat, lastNameLat);
		updatedAt = Instant.now();
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("matricule", matricule);
		m.put("nin", nin);
		m.put("firstNameAr", firstNameAr);
		m.put("lastNameAr", lastNameAr);
		m.put("firstNameLat", firstNameLat);
		m.put("lastNameLat", lastNameLat);
		m.put("sex", sex);
		m.put("birthDate", birthDate);
		m.put("grade", grade);
		m.put("function", function);
		m.put("unitId", unitId);
		m.put("wilayaCode", wilayaCode);
		m.put("phone", phone);
		m.put("email", email);
		m.put("status", status);
		m.put("martyr", martyr);
		return m;
	}

	public String fullNameAr() {
		return firstNameAr + " " + lastNameAr;
	}

	public String fullNameLat() {
		return firstNameLat == null ? "" : firstNameLat + " " + (lastNameLat == null ? "" : lastNameLat.toUpperCase(Locale.ROOT));
	}

	/** The name in the reader's language: Arabic for Arabic, Latin otherwise (Arabic when no Latin name). */
	public String name(Locale locale) {
		return "ar".equals(locale.getLanguage()) || firstNameLat == null ? fullNameAr() : fullNameLat();
	}

	/** Leaves active service (retired or deceased); only an active member can leave. */
	public void leave(MemberStatus newStatus, boolean diedOnDuty) {
		if (status != MemberStatus.ACTIVE) {
			throw BusinessException.onField("status", "member.error.not-active");
		}
		if (newStatus == null || newStatus == MemberStatus.ACTIVE) {
			throw BusinessException.onField("status", "member.error.status-required");
		}
		this.status = newStatus;
		this.martyr = newStatus == MemberStatus.DECEASED && diedOnDuty;
	}

	/** Back to active service (an HR error corrected); a deceased member cannot come back. */
	public void reactivate() {
		if (status == MemberStatus.ACTIVE) {
			throw BusinessException.onField("status", "member.error.already-active");
		}
		if (status == MemberStatus.DECEASED) {
			throw BusinessException.onField("status", "member.error.deceased");
		}
		this.status = MemberStatus.ACTIVE;
	}

	public boolean isActive() {
		return status == MemberStatus.ACTIVE;
	}

	public void setMatricule(String matricule) { this.matricule = matricule; }
	public Long getId() { return id; }
	public String getMatricule() { return matricule; }
	public String getNin() { return nin; }
	public void setNin(String nin) { this.nin = nin; }
	public String getFirstNameAr() { return firstNameAr; }
	public void setFirstNameAr(String v) { this.firstNameAr = v; }
	public String getLastNameAr() { return lastNameAr; }
	public void setLastNameAr(String v) { this.lastNameAr = v; }
	public String getFirstNameLat() { return firstNameLat; }
	public void setFirstNameLat(String v) { this.firstNameLat = v; }
	public String getLastNameLat() { return lastNameLat; }
	public void setLastNameLat(String v) { this.lastNameLat = v; }
	public String getSex() { return sex; }
	public void setSex(String sex) { this.sex = sex; }
	public LocalDate getBirthDate() { return birthDate; }
	public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
	public Grade getGrade() { return grade; }
	public void setGrade(Grade grade) { this.grade = grade; }
	public MemberFunction getFunction() { return function; }
	public void setFunction(MemberFunction function) { this.function = function; }
	public Long getUnitId() { return unitId; }
	public void setUnitId(Long unitId) { this.unitId = unitId; }
	public String getWilayaCode() { return wilayaCode; }
	public void setWilayaCode(String wilayaCode) { this.wilayaCode = wilayaCode; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public MemberStatus getStatus() { return status; }
	public void setStatus(MemberStatus status) { this.status = status; }
	public boolean isMartyr() { return martyr; }
	public void setMartyr(boolean martyr) { this.martyr = martyr; }
	public String getSearchAr() { return searchAr; }
	public String getSearchLat() { return searchLat; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getUpdatedAt() { return updatedAt; }
}
