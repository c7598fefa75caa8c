package dz.sanad.welfare;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A decision as the handler records it. */
public class DecisionForm {

	private Outcome outcome;

	private String grounds;

	/** Codes of {@link Grounds} cited beside the free text. */
	private java.util.List<String> groundCodes = new java.util.ArrayList<>();

	private BigDecimal amount;

	private String authority;

	private LocalDate decidedOn;

	public Outcome getOutcome() { return outcome; }
	public void setOutcome(Outcome outcome) { this.outcome = outcome; }
	public String getGrounds() { return grounds; }
	public void setGrounds(String grounds) { this.grounds = grounds; }
	public java.util.List<String> getGroundCodes() { return groundCodes; }
	public void setGroundCodes(java.util.List<String> groundCodes) { this.groundCodes = groundCodes; }
	public BigDecimal getAmount() { return amount; }
	public void setAmount(BigDecimal amount) { this.amount = amount; }
	public String getAuthority() { return authority; }
	public void setAuthority(String authority) { this.authority = authority; }
	public LocalDate getDecidedOn() { return decidedOn; }
	public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
}
