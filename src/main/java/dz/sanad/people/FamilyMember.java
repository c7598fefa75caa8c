package dz.sanad.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A dependent of a member: spouse, child or dependent parent. */
@Entity
@Table(name = "people_family_member")
public class FamilyMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "member_id", nullable = false)
	private Long memberId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Relation relation;

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

	@Column(nullable = false)
	private boolean disability;

	@Column(nullable = false)
	private boolean orphan;

	@Column(name = "martyr_child", nullable = false)
	private boolean martyrChild;

	@Column(name = "school_level")
	private String schoolLevel;

	@Column(nullable = false)
	private boolean active = true;

	@Version
	private int version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	protected FamilyMember() {
	}

	public FamilyMember(Long memberId, Relation relation, String firstNameAr, String lastNameAr, String sex,
			LocalDate birthDate) {
		this.memberId = memberId;
		this.relation = relation;
		this.firstNameAr = firstNameAr;
		this.lastNameAr = lastNameAr;
		this.sex = sex;
		this.birthDate = birthDate;
	}

	/** Age in whole years on a given day (eligibility is judged on a shift's or session's first day). */
	public int ageOn(LocalDate day) {
		return birthDate == null ? -1 : Period.between(birthDate, day).getYears();
	}

	public boolean isChild() {
		return relation == Relation.CHILD;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("memberId", memberId);
		m.put("relation", relation);
		m.put("firstNameAr", firstNameAr);
		m.put("lastNameAr", lastNameAr);
		m.put("firstNameLat", firstNameLat);
		m.put("lastNameLat", lastNameLat);
		m.put("sex", sex);
		m.put("birthDate", birthDate);
		m.put("disability", disability);
		m.put("orphan", orphan);
		m.put("martyrChild", martyrChild);
		m.put("schoolLevel", schoolLevel);
		m.put("active", active);
		return m;
	}

	public String fullNameAr() {
		return firstNameAr + " " + lastNameAr;
	}

	public String name(Locale locale) {
		return "ar".equals(locale.getLanguage()) || firstNameLat == null ? fullNameAr()
				: firstNameLat + " " + (lastNameLat == null ? "" : lastNameLat.toUpperCase(Locale.ROOT));
	}

	public Long getId() { return id; }
	public Long getMemberId() { return memberId; }
	public Relation getRelation() { return relation; }
	public void setRelation(Relation relation) { this.relation = relation; }
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
	public boolean isDisability() { return disability; }
	public void setDisability(boolean disability) { this.disability = disability; }
	public boolean isOrphan() { return orphan; }
	public void setOrphan(boolean orphan) { this.orphan = orphan; }
	public boolean isMartyrChild() { return martyrChild; }
	public void setMartyrChild(boolean martyrChild) { this.martyrChild = martyrChild; }
	public String getSchoolLevel() { return schoolLevel; }
	public void setSchoolLevel(String schoolLevel) { this.schoolLevel = schoolLevel; }
	public boolean isActive() { return active; }
	public void setActive(boolean active) { this.active = active; this.updatedAt = Instant.now(); }
}
