package dz.sanad.psychology.instruments;

import dz.sanad.platform.confidential.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One questionnaire given within a psychological record; the answers are sealed at rest. */
@Entity
@Table(name = "psy_administration")
class Administration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long recordId;

	private String instrumentCode;

	private int instrumentVersion;

	/** The answers in item order, "0,1,3,…" before sealing. */
	@Convert(converter = SealedText.class)
	@Column(name = "answers")
	private String answers;

	private int total;

	private String bandKey;

	private boolean safetyAlert;

	private Instant administeredAt;

	private String administeredBy;

	protected Administration() {
	}

	Administration(long recordId, Instrument instrument, List<Integer> answers, Score score, String by, Instant at) {
		this.recordId = recordId;
		this.instrumentCode = instrument.code();
		this.instrumentVersion = instrument.version();
		this.answers = answers.stream().map(String::valueOf).collect(Collectors.joining(","));
		this.total = score.total();
		this.bandKey = score.bandKey();
		this.safetyAlert = score.safetyAlert();
		this.administeredBy = by;
		this.administeredAt = at;
	}

	Long getId() {
		return id;
	}

	long getRecordId() {
		return recordId;
	}

	List<Integer> answers() {
		return Arrays.stream(answers.split(",")).map(Integer::valueOf).toList();
	}

	Administrations.Result result() {
		return new Administrations.Result(id, recordId, instrumentCode, instrumentVersion, total, bandKey, safetyAlert,
				administeredAt, administeredBy);
	}
}
