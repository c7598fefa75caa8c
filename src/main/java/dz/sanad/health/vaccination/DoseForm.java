package dz.sanad.health.vaccination;

import org.springframework.format.annotation.DateTimeFormat;

import java.io.Serializable;
import java.time.LocalDate;

/** A dose recorded for a child: given here, not given (with a reason) or given elsewhere (historical). */
public class DoseForm implements Serializable {

	private String dose; // DoseRule.key(), e.g. "HEXA-1"

	private DoseOutcome outcome = DoseOutcome.GIVEN;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate givenOn;

	private String lot;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate lotExpiry;

	private DoseOutcome.Site site;

	private DoseOutcome.Route route;

	private String givenBy;

	private String place;

	private DoseOutcome.Reason reason;

	private String note;

	public String getDose() { return dose; }
	public void setDose(String v) { this.dose = v; }
	public DoseOutcome getOutcome() { return outcome; }
	public void setOutcome(DoseOutcome v) { this.outcome = v; }
	public LocalDate getGivenOn() { return givenOn; }
	public void setGivenOn(LocalDate v) { this.givenOn = v; }
	public String getLot() { return lot; }
	public void setLot(String v) { this.lot = v; }
	public LocalDate getLotExpiry() { return lotExpiry; }
	public void setLotExpiry(LocalDate v) { this.lotExpiry = v; }
	public DoseOutcome.Site getSite() { return site; }
	public void setSite(DoseOutcome.Site v) { this.site = v; }
	public DoseOutcome.Route getRoute() { return route; }
	public void setRoute(DoseOutcome.Route v) { this.route = v; }
	public String getGivenBy() { return givenBy; }
	public void setGivenBy(String v) { this.givenBy = v; }
	public String getPlace() { return place; }
	public void setPlace(String v) { this.place = v; }
	public DoseOutcome.Reason getReason() { return reason; }
	public void setReason(DoseOutcome.Reason v) { this.reason = v; }
	public String getNote() { return note; }
	public void setNote(String v) { this.note = v; }
}
