package dz.sanad.health;

import dz.sanad.platform.BusinessException;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A visit at a social-medical centre: who saw the person, vitals, and the sealed diagnosis, prescription and notes. */
@Entity
@Table(name = "health_visit")
public class Visit {

	public enum Type {
		CONSULTATION, VACCINATION, CHRONIC, CAMPAIGN, SCHOOL;

		public String messageKey() {
			return "health.visit.type." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "record_id", nullable = false)
	private Long recordId;

	@Column(name = "centre_id", nullable = false)
	private Long centreId;

	@Column(nullable = false)
	private String practitioner;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Type type;

	@Column(name = "visited_on", nullable = false)
	private LocalDate visitedOn;

	@Column(name = "weight_kg")
	private BigDecimal weightKg;

	@Column(name = "height_cm")
	private BigDecimal heightCm;

	@Column(name = "head_cm")
	private BigDecimal headCm;

	private Integer systolic;

	private Integer diastolic;

	private BigDecimal glucose;

	@Column(name = "peak_flow")
	private Integer peakFlow;

	private BigDecimal temperature;

	@Convert(converter = SealedText.class)
	private String diagnosis;

	@Convert(converter = SealedText.class)
	private String prescription;

	@Convert(converter = SealedText.class)
	private String notes;

	/** Hidden from the parent: only a minor at or above the confidentiality age may have it set. */
	@Column(nullable = false)
	private boolean confidential;

	@Version
	private int version;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected Visit() {
	}

	Visit(Long recordId, Long centreId, String practitioner, VisitForm f) {
		if (f.getType() == null) {
			throw BusinessException.onField("type", "health.error.required");
		}
		if (f.getVisitedOn() == null) {
			throw BusinessException.onField("visitedOn", "health.error.required");
		}
		if (f.getSystolic() != null && f.getDiastolic() != null && f.getSystolic() <= f.getDiastolic()) {
			throw BusinessException.onField("systolic", "health.error.pressure");
		}
		this.recordId = recordId;
		this.centreId = centreId;
		this.practitioner = practitioner;
		this.type = f.getType();
		this.visitedOn = f.getVisitedOn();
		this.weightKg = f.getWeightKg();
		this.heightCm = f.getHeightCm();
		this.headCm = f.getHeadCm();
		this.systolic = f.getSystolic();
		this.diastolic = f.getDiastolic();
		this.glucose = f.getGlucose();
		this.peakFlow = f.getPeakFlow();
		this.temperature = f.getTemperature();
		this.diagnosis = blankToNull(f.getDiagnosis());
		this.prescription = blankToNull(f.getPrescription());
		this.notes = blankToNull(f.getNotes());
		this.confidential = f.isConfidential();
		this.recordedAt = Instant.now();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("visitedOn", visitedOn);
		m.put("type", type);
		m.put("practitioner", practitioner);
		m.put("weightKg", weightKg);
		m.put("heightCm", heightCm);
		m.put("headCm", headCm);
		m.put("systolic", systolic);
		m.put("diastolic", diastolic);
		m.put("glucose", glucose);
		m.put("peakFlow", peakFlow);
		m.put("temperature", temperature);
		m.put("diagnosis", diagnosis);
		m.put("prescription", prescription);
		m.put("notes", notes);
		m.put("confidential", confidential);
		return m;
	}

	public Long getId() { return id; }
	public Long getRecordId() { return recordId; }
	public Long getCentreId() { return centreId; }
	public String getPractitioner() { return practitioner; }
	public Type getType() { return type; }
	public LocalDate getVisitedOn() { return visitedOn; }
	public BigDecimal getWeightKg() { return weightKg; }
	public BigDecimal getHeightCm() { return heightCm; }
	public BigDecimal getHeadCm() { return headCm; }
	public Integer getSystolic() { return systolic; }
	public Integer getDiastolic() { return diastolic; }
	public BigDecimal getGlucose() { return glucose; }
	public Integer getPeakFlow() { return peakFlow; }
	public BigDecimal getTemperature() { return temperature; }
	public String getDiagnosis() { return diagnosis; }
	public String getPrescription() { return prescription; }
	public String getNotes() { return notes; }
	public boolean isConfidential() { return confidential; }
}
