package dz.sanad.health;

import dz.sanad.platform.confidential.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

/** One entry of a person's problem list: a code of the reference list, its status and onset, a sealed note. */
@Entity
@Table(name = "health_problem")
public class Problem {

	public enum Status {
		ACTIVE, CHRONIC, RESOLVED;

		public String messageKey() {
			return "health.problem.status." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "record_id", nullable = false)
	private Long recordId;

	@Column(nullable = false)
	private String code;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	private LocalDate onset;

	@Convert(converter = SealedText.class)
	private String note;

	@Version
	private int version;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected Problem() {
	}

	Problem(Long recordId, String code, Status status, LocalDate onset, String note, String by) {
		this.recordId = recordId;
		this.code = code;
		this.status = status;
		this.onset = onset;
		this.note = note;
		this.recordedBy = by;
		this.recordedAt = Instant.now();
	}

	void changeStatus(Status to) {
		this.status = to;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", code);
		m.put("status", status);
		m.put("onset", onset);
		m.put("note", note);
		return m;
	}

	public Long getId() { return id; }
	public Long getRecordId() { return recordId; }
	public String getCode() { return code; }
	public Status getStatus() { return status; }
	public LocalDate getOnset() { return onset; }
	public String getNote() { return note; }
	public Instant getRecordedAt() { return recordedAt; }
}
