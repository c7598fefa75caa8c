package dz.sanad.platform.cases;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Targets of the SLA clocks, in working time. A missing target means the clock is not kept. A module maps its
 * category × priority to a policy with {@link SlaPolicies}.
 */
public record SlaPolicy(Duration firstResponse, Duration update, Duration resolution) {

	public Map<Clock, Duration> targets() {
		Map<Clock, Duration> m = new EnumMap<>(Clock.class);
		if (firstResponse != null) {
			m.put(Clock.FIRST_RESPONSE, firstResponse);
		}
		if (update != null) {
			m.put(Clock.UPDATE, update);
		}
		if (resolution != null) {
			m.put(Clock.RESOLUTION, resolution);
		}
		return m;
	}
}
