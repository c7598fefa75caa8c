package dz.sanad.activities;

import java.time.LocalDate;

/** Published (once) when a partnership agreement comes within its reminder window; a listener sends the email. */
public record PartnershipExpiring(Long partnershipId, String title, String associationName, LocalDate endsOn,
		String notifyEmail) {
}
