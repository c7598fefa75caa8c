package dz.sanad.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A member of the establishment's staff trained under the agreement, listed on the annual programme: by hand (a
 * free-text reference) or from a training certificate ({@code certificateId}, filled by {@link CertificateListener}).
 * A revoked certificate marks the row rather than deleting it, so the history stays.
 */
@Entity
@Table(name = "activities_programme_staff")
public class TrainedStaff {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "programme_id", nullable = false)
	private Long programmeId;

	@Column(name = "member_id", nullable = false)
	private Long memberId;

	@Column(name = "member_name", nullable = false)
	private String memberName;

	@Column(name = "function_code")
	private String functionCode;

	@Column(name = "training_ref")
	private String trainingRef;

	@Column(name = "trained_on")
	private LocalDate trainedOn;

	@Column(name = "certificate_id")
	private Long certificateId;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_reason")
	private String revokedReason;

	protected TrainedStaff() {
	}

	TrainedStaff(Long programmeId, Long memberId, String memberName, String functionCode, String trainingRef,
			LocalDate trainedOn) {
		this.programmeId = programmeId;
		this.memberId = memberId;
		this.memberName = memberName;
		this.functionCode = functionCode;
		this.trainingRef = trainingRef;
		this.trainedOn = trainedOn;
	}

	/** Records the certificate; false when the row already says exactly that (a re-delivered event). */
	boolean certified(Long certificate, String ref, LocalDate on) {
		if (Objects.equals(certificateId, certificate) && revokedAt == null && Objects.equals(trainingRef, ref)
				&& Objects.equals(trainedOn, on)) {
			return false;
		}
		this.certificateId = certificate;
		this.trainingRef = ref;
		this.trainedOn = on;
		this.revokedAt = null;
		this.revokedReason = null;
		return true;
	}

	/** Marks the row's certificate revoked; false when it already is. */
	boolean revoked(String reason, Instant at) {
		if (revokedAt != null) {
			return false;
		}
		this.revokedAt = at;
		this.revokedReason = reason;
		return true;
	}

	/** Still counts as trained: listed by hand, or with a certificate that was not revoked. */
	public boolean isTrained() {
		return revokedAt == null;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("programmeId", programmeId);
		m.put("memberId", memberId);
		m.put("trainingRef", trainingRef);
		m.put("trainedOn", trainedOn);
		m.put("certificateId", certificateId);
		m.put("revokedAt", revokedAt);
		m.put("revokedReason", revokedReason);
		return m;
	}

	public Long getId() { return id; }
	public Long getProgrammeId() { return programmeId; }
	public Long getMemberId() { return memberId; }
	public String getMemberName() { return memberName; }
	public String getFunctionCode() { return functionCode; }
	public String getTrainingRef() { return trainingRef; }
	public LocalDate getTrainedOn() { return trainedOn; }
	public Long getCertificateId() { return certificateId; }
	public Instant getRevokedAt() { return revokedAt; }
	public String getRevokedReason() { return revokedReason; }
}
