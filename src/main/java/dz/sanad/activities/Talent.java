package dz.sanad.activities;

import dz.sanad.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A talented child or member followed by an establishment. A child's record rests on the guardian's consent. */
@Entity
@Table(name = "activities_talent")
public class Talent {

	public enum Status {
		ACTIVE, ARCHIVED;

		public String messageKey() {
			return "act.talent.status." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "wilaya_code", nullable = false)
	private String wilayaCode;

	@Column(name = "domain_id", nullable = false)
	private Long domainId;

	@Column(name = "member_id", nullable = false)
	private Long memberId;

	@Column(name = "family_member_id")
	private Long familyMemberId;

	@Column(name = "name_ar", nullable = false)
	private String nameAr;

	@Column(name = "name_lat")
	private String nameLat;

	@Column(name = "birth_date")
	private LocalDate birthDate;

	@Column(nullable = false)
	private String sex;

	@Column(name = "consent_id")
	private Long consentId;

	private String description;

	private String plan;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.ACTIVE;

	@Version
	private int version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	protected Talent() {
	}

	/** A child needs a recorded consent of the guardian; an adult member consents for themself. */
	Talent(Long unitId, String wilayaCode, Long domainId, Participant p, Long consentId, String description) {
		if (p.isChild() && consentId == null) {
			throw BusinessException.onField("consent", "act.error.consent-required");
		}
		this.unitId = unitId;
		this.wilayaCode = wilayaCode;
		this.domainId = domainId;
		this.memberId = p.memberId();
		this.familyMemberId = p.familyMemberId();
		this.nameAr = p.nameAr();
		this.nameLat = p.nameLat();
		this.birthDate = p.birthDate();
		this.sex = p.sex();
		this.consentId = consentId;
		this.description = description;
	}

	void plan(String plan) {
		if (status != Status.ACTIVE) {
			throw BusinessException.of("act.error.talent-archived");
		}
		this.plan = plan;
	}

	/** Archived when the consent is withdrawn (or the follow-up ends): nothing more is recorded. */
	void archive() {
		if (status != Status.ACTIVE) {
			throw BusinessException.of("act.error.talent-archived");
		}
		status = Status.ARCHIVED;
	}

	void checkActive() {
		if (status != Status.ACTIVE) {
			throw BusinessException.of("act.error.talent-archived");
		}
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("unitId", unitId);
		m.put("domainId", domainId);
		m.put("memberId", memberId);
		m.put("familyMemberId", familyMemberId);
		m.put("consentId", consentId);
		m.put("description", description);
		m.put("plan", plan);
		m.put("status", status);
		return m;
	}

	public String name(java.util.Locale locale) {
		return "ar".equals(locale.getLanguage()) || nameLat == null ? nameAr : nameLat;
	}

	public boolean isChild() {
		return familyMemberId != null;
	}

	public Long getId() { return id; }
	public Long getUnitId() { return unitId; }
	public String getWilayaCode() { return wilayaCode; }
	public Long getDomainId() { return domainId; }
	public Long getMemberId() { return memberId; }
	public Long getFamilyMemberId() { return familyMemberId; }
	public String getNameAr() { return nameAr; }
	public String getNameLat() { return nameLat; }
	public LocalDate getBirthDate() { return birthDate; }
	public String getSex() { return sex; }
	public Long getConsentId() { return consentId; }
	public String getDescription() { return description; }
	public String getPlan() { return plan; }
	public Status getStatus() { return status; }
	public Instant getCreatedAt() { return createdAt; }
}
