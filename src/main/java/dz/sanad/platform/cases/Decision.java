package dz.sanad.platform.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A formal decision on a case: the outcome (a constant of the module's own enum, stored by name), its grounds, an
 * amount in DZD where the decision grants money, the deciding authority and the date. The engine adds the appeal
 * date from the case type's window.
 */
public record Decision(String outcome, String grounds, BigDecimal amount, String authority, LocalDate decidedOn) {

	public static Decision of(Enum<?> outcome, String grounds, BigDecimal amount, String authority,
			LocalDate decidedOn) {
		return new Decision(outcome == null ? null : outcome.name(), grounds, amount, authority, decidedOn);
	}

	/** A recorded decision, with who recorded it and until when it can be appealed. */
	public record Recorded(long id, Decision decision, LocalDate appealUntil, String recordedBy,
			java.time.Instant recordedAt) {
	}
}
