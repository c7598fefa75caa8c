package dz.sanad.training;

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
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A member nominated to a session, and the ministry's decision on it. */
@Entity(name = "TrainingNomination")
@Table(name = "training_nomination")
public class Nomination {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "session_id", nullable = false)
	private Long sessionId;

	@Column(name = "member_id", nullable = false)
	private Long memberId;

	@Column(name = "wilaya_code", nullable = false)
	private String wilayaCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NominationStatus status = NominationStatus.PENDING;

	private String reason;

	@Column(name = "wait_rank")
	private Integer waitRank;

	@Column(name = "nominated_by", nullable = false)
	private String nominatedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "decided_at")
	private Instant decidedAt;

	/** Set when the session closes, by the completion rule. */
	private Boolean completed;

	@Column(name = "attendance_rate")
	private Double attendanceRate;

	@Column(name = "post_score")
	private Double postScore;

	@Version
	private int version;

	protected Nomination() {
	}

	public Nomination(Long sessionId, Long memberId, String wilayaCode, String nominatedBy) {
		this.sessionId = sessionId;
		this.memberId = memberId;
		this.wilayaCode = wilayaCode;
		this.nominatedBy = nominatedBy;
	}

	void accept() {
		require(status == NominationStatus.PENDING || status == NominationStatus.WAITLISTED, "accept");
		status = NominationStatus.ACCEPTED;
		waitRank = null;
		decidedAt = Instant.now();
	}

	void waitlist(int rank) {
		require(status == NominationStatus.PENDING, "accept");
		status = NominationStatus.WAITLISTED;
		waitRank = rank;
		decidedAt = Instant.now();
	}

	void refuse(String reason) {
		require(status == NominationStatus.PENDING || status == NominationStatus.WAITLISTED, "refuse");
		if (reason == null || reason.isBlank()) {
			throw BusinessException.onField("reason", "training.nomination.error.reason-required");
		}
		status = NominationStatus.REFUSED;
		this.reason = reason.trim();
		waitRank = null;
		decidedAt = Instant.now();
	}

	void withdraw(String reason) {
		require(status.isLive(), "withdraw");
		status = NominationStatus.WITHDRAWN;
		this.reason = reason == null || reason.isBlank() ? null : reason.trim();
		waitRank = null;
		decidedAt = Instant.now();
	}

	void complete(double attendanceRate, Double postScore, boolean completed) {
		this.attendanceRate = attendanceRate;
		this.postScore = postScore;
		this.completed = completed;
	}

	private void require(boolean ok, String action) {
		if (!ok) {
			throw BusinessException.of("training.nomination.error.illegal",
					new DefaultMessageSourceResolvable("training.nomination.action." + action),
					new DefaultMessageSourceResolvable(status.messageKey()));
		}
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("sessionId", sessionId);
		m.put("memberId", memberId);
		m.put("wilayaCode", wilayaCode);
		m.put("status", status);
		m.put("reason", reason);
		m.put("waitRank", waitRank);
		m.put("completed", completed);
		m.put("attendanceRate", attendanceRate);
		m.put("postScore", postScore);
		return m;
	}

	public Long getId() { return id; }
	public Long getSessionId() { return sessionId; }
	public Long getMemberId() { return memberId; }
	public String getWilayaCode() { return wilayaCode; }
	public NominationStatus getStatus() { return status; }
	public String getReason() { return reason; }
	public Integer getWaitRank() { return waitRank; }
	public String getNominatedBy() { return nominatedBy; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getDecidedAt() { return decidedAt; }
	public Boolean getCompleted() { return completed; }
	public Double getAttendanceRate() { return attendanceRate; }
	public Double getPostScore() { return postScore; }
}
