package dz.sanad.platform.disclosure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform's rule for every aggregate shown to readers of aggregates only (the committee, reports, the API):
 * a count below k is never shown, and other cells are hidden with it so that it cannot be worked out from totals
 * ({@link SuppressedTable}). k is configurable: 5 by default, 10 for psychological and health figures.
 */
@Component
public class DisclosureRule {

	private final int threshold;

	private final int sensitiveThreshold;

	DisclosureRule(@Value("${sanad.disclosure.threshold:5}") int threshold,
			@Value("${sanad.disclosure.sensitive-threshold:10}") int sensitiveThreshold) {
		if (threshold < 1 || sensitiveThreshold < threshold) {
			throw new IllegalArgumentException("disclosure thresholds: 1 <= threshold <= sensitive-threshold");
		}
		this.threshold = threshold;
		this.sensitiveThreshold = sensitiveThreshold;
	}

	public int threshold(Sensitivity sensitivity) {
		return sensitivity == Sensitivity.HEALTH ? sensitiveThreshold : threshold;
	}

	/** A new table under this rule. */
	public SuppressedTable.Builder table(Sensitivity sensitivity) {
		return SuppressedTable.builder(threshold(sensitivity));
	}

	/** A table shown in full (a reader entitled to the detail): same pages and exports, nothing hidden. */
	public SuppressedTable.Builder unsuppressed() {
		return SuppressedTable.builder(0);
	}
}
