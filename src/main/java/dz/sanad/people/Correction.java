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
import java.util.LinkedHashMap;
import java.util.Map;

/** A member's request to correct their record or a family member's: PENDING, then ACCEPTED or REFUSED with a reason. */
@Entity
@Table(name = "people_correction")
public class Correction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "member_id", nullable = false)
	private Long memberId;

	@Column(name = "family_member_id")
	private Long familyMemberId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CorrectionField field;

	@Column(name = "current_value")
	private String currentValue;

	@Column(name = "requested_value", nullable = false)
	private String requestedValue;

	private String comment;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CorrectionStatus status = CorrectionStatus.PENDING;

	@Column(name = "requested_by", nullable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt = Instant.now();

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	private String reason;

	@Version
	private int version;

	protected Correction() {
	}

	Correction(Long memberId, Long familyMemberId, CorrectionField field, String currentValue, String requestedValue,
			String comment, String requestedBy) {
		this.memberId = memberId;
		this.familyMemberId = familyMemberId;
		this.field = field;
		this.currentValue = currentValue;
		this.requestedValue = requestedValue;
		this.comment = comment;
		this.requestedBy = requestedBy;
	}

	void accept(String by, String note) {
		decide(CorrectionStatus.ACCEPTED, by, note);
	}

	void refuse(String by, String why) {
		if (why == null || why.isBlank()) {
			throw BusinessException.onField("reason", "correction.error.reason-required");
		}
		decide(CorrectionStatus.REFUSED, by, why);
	}

	private void decide(CorrectionStatus to, String by, String why) {
		if (status != CorrectionStatus.PENDING) {
			throw BusinessException.of("correction.error.already-decided");
		}
		status = to;
		decidedBy = by;
		decidedAt = Instant.now();
		reason = why == null || why.isBlank() ? null : why.trim();
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("memberId", memberId);
		m.put("familyMemberId", familyMemberId);
		m.put("field", field);
		m.put("currentValue", currentValue);
		m.put("requestedValue", requestedValue);
		m.put("comment", comment);
		m.put("status", status);
		m.put("requestedBy", requestedBy);
		m.put("decidedBy", decidedBy);
		m.put("decidedAt", decidedAt);
		m.put("reason", reason);
		return m;
	}

	public Long getId() { return id; }
	public Long getMemberId() { return memberId; }
	public Long getFamilyMemberId() { return familyMemberId; }
	public CorrectionField getField() { return field; }
	public String getCurrentValue() { return currentValue; }
	public String getRequestedValue() { return requestedValue; }
	public String getComment() { return comment; }
	public CorrectionStatus getStatus() { return status; }
	public String getRequestedBy() { return requestedBy; }
	public Instant getRequestedAt() { return requestedAt; }
	public String getDecidedBy() { return decidedBy; }
	public Instant getDecidedAt() { return decidedAt; }
	public String getReason() { return reason; }
}
