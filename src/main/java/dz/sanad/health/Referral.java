package dz.sanad.health;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.cases.CaseWorkflow;
import dz.sanad.platform.confidential.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A referral to the police hospital (Les Glycines) or another facility: requested → scheduled → seen → report
 * received → closed. It closes only with the facility's feedback (the report, sealed).
 */
@Entity
@Table(name = "health_referral")
public class Referral {

	public enum State {
		REQUESTED, SCHEDULED, SEEN, REPORTED, CLOSED;

		public String messageKey() {
			return "health.referral.state." + name();
		}
	}

	/** The police hospital of the DGSN, the usual destination. */
	public static final String GLYCINES = "Hôpital central de la Sûreté nationale « Les Glycines »";

	static final CaseWorkflow<State> WORKFLOW = CaseWorkflow.of(State.class, State.REQUESTED)
		.allow(State.REQUESTED, State.SCHEDULED)
		.allow(State.SCHEDULED, State.SEEN)
		.allow(State.SEEN, State.REPORTED)
		.allow(State.REPORTED, State.CLOSED)
		.terminal(State.CLOSED)
		.labels("health.referral.state.")
		.build();

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_referral_seq")
	@SequenceGenerator(name = "health_referral_seq", sequenceName = "health_referral_seq", allocationSize = 1)
	private Long id;

	@Column(name = "record_id", nullable = false)
	private Long recordId;

	@Column(name = "centre_id", nullable = false)
	private Long centreId;

	@Column(nullable = false)
	private String facility;

	@Convert(converter = SealedText.class)
	@Column(nullable = false)
	private String reason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State status = State.REQUESTED;

	@Column(name = "scheduled_on")
	private LocalDate scheduledOn;

	@Convert(converter = SealedText.class)
	private String report;

	@Version
	private int version;

	@Column(name = "requested_by", nullable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	protected Referral() {
	}

	Referral(Long recordId, Long centreId, String facility, String reason, String by) {
		if (facility == null || facility.isBlank()) {
			throw BusinessException.onField("facility", "health.error.required");
		}
		if (reason == null || reason.isBlank()) {
			throw BusinessException.onField("reason", "health.error.required");
		}
		this.recordId = recordId;
		this.centreId = centreId;
		this.facility = facility.strip();
		this.reason = reason.strip();
		this.requestedBy = by;
		this.requestedAt = Instant.now();
	}

	void schedule(LocalDate on) {
		if (on == null) {
			throw BusinessException.onField("scheduledOn", "health.error.required");
		}
		move(State.SCHEDULED);
		this.scheduledOn = on;
	}

	void seen() {
		move(State.SEEN);
	}

	/** The facility's feedback arrived: without it there is nothing to close on. */
	void reported(String text) {
		if (text == null || text.isBlank()) {
			throw BusinessException.onField("report", "health.error.report");
		}
		move(State.REPORTED);
		this.report = text.strip();
	}

	void close() {
		if (report == null) {
			throw BusinessException.of("health.error.report");
		}
		move(State.CLOSED);
	}

	private void move(State to) {
		WORKFLOW.check(status, to);
		this.status = to;
	}

	public Long getId() { return id; }
	public Long getRecordId() { return recordId; }
	public Long getCentreId() { return centreId; }
	public String getFacility() { return facility; }
	public String getReason() { return reason; }
	public State getStatus() { return status; }
	public LocalDate getScheduledOn() { return scheduledOn; }
	public String getReport() { return report; }
	public String getRequestedBy() { return requestedBy; }
	public Instant getRequestedAt() { return requestedAt; }
}
