package dz.sanad.health;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a practitioner types for a visit (bound from the page form and the API). */
public class VisitForm {

	private Visit.Type type = Visit.Type.CONSULTATION;
	private LocalDate visitedOn;
	private BigDecimal weightKg;
	private BigDecimal heightCm;
	private BigDecimal headCm;
	private Integer systolic;
	private Integer diastolic;
	private BigDecimal glucose;
	private Integer peakFlow;
	private BigDecimal temperature;
	private String diagnosis;
	private String prescription;
	private String notes;
	private boolean confidential;

	public Visit.Type getType() { return type; }
	public void setType(Visit.Type type) { this.type = type; }
	public LocalDate getVisitedOn() { return visitedOn; }
	public void setVisitedOn(LocalDate visitedOn) { this.visitedOn = visitedOn; }
	public BigDecimal getWeightKg() { return weightKg; }
	public void setWeightKg(BigDecimal weightKg) { this.weightKg = weightKg; }
	public BigDecimal getHeightCm() { return heightCm; }
	public void setHeightCm(BigDecimal heightCm) { this.heightCm = heightCm; }
	public BigDecimal getHeadCm() { return headCm; }
	public void setHeadCm(BigDecimal headCm) { this.headCm = headCm; }
	public Integer getSystolic() { return systolic; }
	public void setSystolic(Integer systolic) { this.systolic = systolic; }
	public Integer getDiastolic() { return diastolic; }
	public void setDiastolic(Integer diastolic) { this.diastolic = diastolic; }
	public BigDecimal getGlucose() { return glucose; }
	public void setGlucose(BigDecimal glucose) { this.glucose = glucose; }
	public Integer getPeakFlow() { return peakFlow; }
	public void setPeakFlow(Integer peakFlow) { this.peakFlow = peakFlow; }
	public BigDecimal getTemperature() { return temperature; }
	public void setTemperature(BigDecimal temperature) { this.temperature = temperature; }
	public String getDiagnosis() { return diagnosis; }
	public void setDiagnosis(String diagnosis) { this.diagnosis = diagnosis; }
	public String getPrescription() { return prescription; }
	public void setPrescription(String prescription) { this.prescription = prescription; }
	public String getNotes() { return notes; }
	public void setNotes(String notes) { this.notes = notes; }
	public boolean isConfidential() { return confidential; }
	public void setConfidential(boolean confidential) { this.confidential = confidential; }
}
