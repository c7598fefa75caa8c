package dz.sanad.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** A consent being recorded: whose (the member, or one of the family), for what, given by whom and when. */
public class ConsentForm {

	private Long familyMemberId;

	@NotNull
	private ConsentPurpose purpose;

	@Size(max = 500)
	private String scope;

	@NotBlank
	@Size(max = 200)
	private String givenBy;

	private boolean guardian;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate givenAt = LocalDate.now();

	public Long getFamilyMemberId() { return familyMemberId; }
	public void setFamilyMemberId(Long v) { this.familyMemberId = v; }
	public ConsentPurpose getPurpose() { return purpose; }
	public void setPurpose(ConsentPurpose v) { this.purpose = v; }
	public String getScope() { return scope; }
	public void setScope(String v) { this.scope = v; }
	public String getGivenBy() { return givenBy; }
	public void setGivenBy(String v) { this.givenBy = v; }
	public boolean isGuardian() { return guardian; }
	public void setGuardian(boolean v) { this.guardian = v; }
	public LocalDate getGivenAt() { return givenAt; }
	public void setGivenAt(LocalDate v) { this.givenAt = v; }
}
