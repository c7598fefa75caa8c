package dz.sanad.platform.cases;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A module's SLA plan: category × priority → policy, with a policy per category for any priority and a fallback.
 * Built once by the module (from configuration or a table it owns) and asked on opening and on every change of
 * category or priority.
 */
public final class SlaPolicies {

	private final Map<String, SlaPolicy> byKey;

	private final SlaPolicy fallback;

	private SlaPolicies(Map<String, SlaPolicy> byKey, SlaPolicy fallback) {
		this.byKey = Map.copyOf(byKey);
		this.fallback = Objects.requireNonNull(fallback, "a fallback policy is required");
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The most specific policy: category and priority, then category alone, then the fallback. */
	public SlaPolicy of(String category, String priority) {
		SlaPolicy p = byKey.get(category + "\u0000" + priority);
		if (p == null) {
			p = byKey.get(category + "\u0000*");
		}
		return p == null ? fallback : p;
	}

	public static final class Builder {

		private final Map<String, SlaPolicy> byKey = new HashMap<>();

		public Builder put(String category, String priority, SlaPolicy policy) {
			byKey.put(category + "\u0000" + priority, policy);
			return this;
		}

		public Builder category(String category, SlaPolicy policy) {
			return put(category, "*", policy);
		}

		public SlaPolicies fallback(SlaPolicy policy) {
			return new SlaPolicies(byKey, policy);
		}
	}
}
