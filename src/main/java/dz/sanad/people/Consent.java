package dz.sanad.people;

import dz.sanad.platform.BusinessException;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A consent to a processing purpose, for a member or one of their family (who gave it, when, for what scope), until
 * withdrawn. A minor's consent is always given by a guardian.
 */
@Entity
@Table(name = "people_consent")
public class Consent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "member_id", nullable = false)
	private Long memberId;

	@Column(name = "family_member_id")
	private Long familyMemberId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ConsentPurpose purpose;

	private String scope;

	@Column(name = "given_by", nullable = false)
	private String givenBy;

	@Column(nullable = false)
	private boolean guardian;

	@Column(name = "given_at", nullable = false)
	private LocalDate givenAt;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt = Instant.now();

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "withdrawn_by")
	private String withdrawnBy;

	@Column(name = "withdrawal_reason")
	private String withdrawalReason;

	@Version
	private int version;

	protected Consent() {
	}

	Consent(Long memberId, Long familyMemberId, ConsentPurpose purpose, String scope, String givenBy, boolean guardian,
			LocalDate givenAt, String recordedBy) {
		this.memberId = memberId;
		this.familyMemberId = familyMemberId;
		this.purpose = purpose;
		this.scope = scope;
		this.givenBy = givenBy;
		this.guardian = guardian;
		this.givenAt = givenAt;
		this.recordedBy = recordedBy;
	}

	/** Withdrawal is final: a new consent is a new record. */
	void withdraw(String by, String reason) {
		if (withdrawnAt != null) {
			throw BusinessException.of("consent.error.already-withdrawn");
		}
		withdrawnAt = Instant.now();
		withdrawnBy = by;
		withdrawalReason = reason;
	}

	public boolean isActive() {
		return withdrawnAt == null;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("memberId", memberId);
		m.put("familyMemberId", familyMemberId);
		m.put("purpose", purpose);
		m.put("scope", scope);
		m.put("givenBy", givenBy);
		m.put("guardian", guardian);
		m.put("givenAt", givenAt);
		m.put("recordedBy", recordedBy);
		m.put("withdrawnAt", withdrawnAt);
		m.put("withdrawnBy", withdrawnBy);
		m.put("withdrawalReason", withdrawalReason);
		return m;
	}

	public Long getId() { return id; }
	public Long getMemberId() { return memberId; }
	public Long getFamilyMemberId() { return familyMemberId; }
	public ConsentPurpose getPurpose() { return purpose; }
	public String getScope() { return scope; }
	public String getGivenBy() { return givenBy; }
	public boolean isGuardian() { return guardian; }
	public LocalDate getGivenAt() { return givenAt; }
	public String getRecordedBy() { return recordedBy; }
	public Instant getRecordedAt() { return recordedAt; }
	public Instant getWithdrawnAt() { return withdrawnAt; }
	public String getWithdrawnBy() { return withdrawnBy; }
	public String getWithdrawalReason() { return withdrawalReason; }
}
