package dz.sanad.platform.cases;

/**
 * How a module configures the engine for one kind of case, declared as a bean by the module (for instance
 * {@code welfare} declares the concern type). {@code name} is the {@link CaseRef#type()} of its cases (≤ 40
 * characters). Transitions out of a terminal state are allowed only within {@code reopenDays} calendar days of
 * entering it; transitions into {@code appealState} only until the last decision's appeal date
 * ({@code appealDays} after the decision). {@code appealState} may be null when the type has no appeal.
 */
public record CaseType<S extends Enum<S>>(String name, CaseWorkflow<S> workflow, EscalationLadder ladder,
		int reopenDays, int appealDays, S appealState) {

	public CaseType {
		if (name == null || name.isBlank() || name.length() > 40) {
			throw new IllegalArgumentException("case type name of 1 to 40 characters: " + name);
		}
		if (reopenDays < 0 || appealDays < 0) {
			throw new IllegalArgumentException("windows cannot be negative");
		}
	}
}
