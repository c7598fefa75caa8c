package dz.sanad.platform.cases;

import java.util.Comparator;
import java.util.List;

/**
 * Thresholds of a clock's target at which the case is escalated, e.g. 75 % → level 1 (the handler's head),
 * 100 % → level 2 (the central directorate). {@code escalateTo} is the module's name for who is told; the owner
 * stays responsible.
 */
public record EscalationLadder(List<Step> steps) {

	public record Step(int level, int percent, String escalateTo) {

		public Step {
			if (level < 1 || percent < 1) {
				throw new IllegalArgumentException("level and percent start at 1");
			}
		}
	}

	public EscalationLadder {
		steps = steps.stream().sorted(Comparator.comparingInt(Step::level)).toList();
	}

	public static EscalationLadder of(Step... steps) {
		return new EscalationLadder(List.of(steps));
	}

	public static EscalationLadder none() {
		return new EscalationLadder(List.of());
	}
}
