package dz.sanad.platform.cases;

import java.time.Instant;

/**
 * Published by the sweep for every escalation it records; the module that owns the case type notifies whoever
 * {@code escalateTo} names. The owner stays responsible.
 */
public record CaseEscalated(CaseRef ref, Clock clock, int level, int percent, String escalateTo, String owner,
		Instant dueAt, Instant at) {
}
