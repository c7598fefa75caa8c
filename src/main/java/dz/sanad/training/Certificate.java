package dz.sanad.training;

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

/**
 * A training certificate. Holds a copy of what it certifies (names, programme, centre, dates, hours) so that it
 * reads the same forever, and an unguessable public code for its verification page.
 */
@Entity(name = "TrainingCertificate")
@Table(name = "training_certificate")
public class Certificate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "nomination_id", nullable = false, unique = true)
	private Long nominationId;

	@Column(name = "session_id", nullable = false)
	private Long sessionId;

	@Column(name = "member_id", nullable = false)
	private Long memberId;

	@Column(name = "programme_id", nullable = false)
	private Long programmeId;

	@Column(nullable = false, unique = true)
	private String serial;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(name = "holder_name_ar", nullable = false)
	private String holderNameAr;

	@Column(name = "holder_name_lat")
	private String holderNameLat;

	@Column(name = "programme_ar", nullable = false)
	private String programmeAr;

	@Column(name = "programme_fr", nullable = false)
	private String programmeFr;

	@Column(name = "centre_ar", nullable = false)
	private String centreAr;

	@Column(name = "centre_fr", nullable = false)
	private String centreFr;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(nullable = false)
	private int hours;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt = Instant.now();

	@Column(nullable = false)
	private boolean revoked;

	@Column(name = "revoked_reason")
	private String revokedReason;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Version
	private int version;

	protected Certificate() {
	}

	Certificate(Nomination n, Session s, Programme p, String serial, String code, String holderNameAr,
			String holderNameLat, String centreAr, String centreFr, int hours) {
		this.nominationId = n.getId();
		this.sessionId = s.getId();
		this.memberId = n.getMemberId();
		this.programmeId = p.getId();
		this.serial = serial;
		this.code = code;
		this.holderNameAr = holderNameAr;
		this.holderNameLat = holderNameLat;
		this.programmeAr = p.getTitleAr();
		this.programmeFr = p.getTitleFr();
		this.centreAr = centreAr;
		this.centreFr = centreFr;
		this.startDate = s.getStartDate();
		this.endDate = s.getEndDate();
		this.hours = hours;
	}

	void revoke(String reason) {
		if (revoked) {
			throw BusinessException.of("training.certificate.error.already-revoked");
		}
		if (reason == null || reason.isBlank()) {
			throw BusinessException.onField("reason", "training.certificate.error.reason-required");
		}
		revoked = true;
		revokedReason = reason.trim();
		revokedAt = Instant.now();
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("serial", serial);
		m.put("nominationId", nominationId);
		m.put("memberId", memberId);
		m.put("sessionId", sessionId);
		m.put("revoked", revoked);
		m.put("revokedReason", revokedReason);
		return m;
	}

	public Long getId() { return id; }
	public Long getNominationId() { return nominationId; }
	public Long getSessionId() { return sessionId; }
	public Long getMemberId() { return memberId; }
	public Long getProgrammeId() { return programmeId; }
	public String getSerial() { return serial; }
	public String getCode() { return code; }
	public String getHolderNameAr() { return holderNameAr; }
	public String getHolderNameLat() { return holderNameLat; }
	public String getProgrammeAr() { return programmeAr; }
	public String getProgrammeFr() { return programmeFr; }
	public String getCentreAr() { return centreAr; }
	public String getCentreFr() { return centreFr; }
	public LocalDate getStartDate() { return startDate; }
	public LocalDate getEndDate() { return endDate; }
	public int getHours() { return hours; }
	public Instant getIssuedAt() { return issuedAt; }
	public boolean isRevoked() { return revoked; }
	public String getRevokedReason() { return revokedReason; }
	public Instant getRevokedAt() { return revokedAt; }
}
