package dz.sanad.welfare;

/** A new concern as the member (or a counter / listening-day clerk) fills it in. */
public class ConcernForm {

	private String categoryCode;

	private Long familyMemberId;

	private String subject;

	private String description;

	private String outcomeAsked;

	private Priority priority = Priority.NORMAL;

	private Confidentiality confidentiality = Confidentiality.NORMAL;

	private String sealedTo;

	private boolean pseudonymous;

	public String getCategoryCode() { return categoryCode; }
	public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
	public Long getFamilyMemberId() { return familyMemberId; }
	public void setFamilyMemberId(Long familyMemberId) { this.familyMemberId = familyMemberId; }
	public String getSubject() { return subject; }
	public void setSubject(String subject) { this.subject = subject; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getOutcomeAsked() { return outcomeAsked; }
	public void setOutcomeAsked(String outcomeAsked) { this.outcomeAsked = outcomeAsked; }
	public Priority getPriority() { return priority; }
	public void setPriority(Priority priority) { this.priority = priority; }
	public Confidentiality getConfidentiality() { return confidentiality; }
	public void setConfidentiality(Confidentiality confidentiality) { this.confidentiality = confidentiality; }
	public String getSealedTo() { return sealedTo; }
	public void setSealedTo(String sealedTo) { this.sealedTo = sealedTo == null || sealedTo.isBlank() ? null : sealedTo; }
	public boolean isPseudonymous() { return pseudonymous; }
	public void setPseudonymous(boolean pseudonymous) { this.pseudonymous = pseudonymous; }
}
