package dz.sanad.psychology.instruments;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.confidential.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A safety alert (PHQ-9 item 9 above 0): raised with the administration, handled once by a psychologist who says
 * how (sealed: it may describe the person). Two psychologists handling it at once: the second is refused by the
 * version check.
 */
@Entity
@Table(name = "psy_safety_alert")
class SafetyAlert {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long administrationId;

	private long recordId;

	private Instant raisedAt;

	private String raisedBy;

	/** The usernames told at once, comma-separated (empty when nobody was on call: the lead's queue shows it). */
	private String notified;

	private String handledBy;

	private Instant handledAt;

	@Convert(converter = SealedText.class)
	@Column(name = "handling")
	private String handling;

	@Version
	private int version;

	protected SafetyAlert() {
	}

	SafetyAlert(long administrationId, long recordId, String raisedBy, Instant at, List<String> notified) {
		this.administrationId = administrationId;
		this.recordId = recordId;
		this.raisedBy = raisedBy;
		this.raisedAt = at;
		this.notified = String.join(",", notified);
	}

	void handle(String by, Instant at, String how) {
		if (handledAt != null) {
			throw BusinessException.of("instruments.alert.already", handledBy);
		}
		if (how == null || how.isBlank()) {
			throw BusinessException.onField("handling", "instruments.alert.handling.required");
		}
		if (how.length() > 2000) {
			throw BusinessException.onField("handling", "instruments.alert.handling.long", 2000);
		}
		this.handledBy = by;
		this.handledAt = at;
		this.handling = how.strip();
	}

	Long getId() {
		return id;
	}

	List<String> notified() {
		return notified.isEmpty() ? List.of() : Arrays.asList(notified.split(","));
	}

	SafetyAlerts.View view(boolean withHandling) {
		return new SafetyAlerts.View(id, administrationId, recordId, raisedAt, raisedBy, notified(), handledBy,
				handledAt, withHandling ? handling : null);
	}
}
