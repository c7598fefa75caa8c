package dz.sanad.psychology;

import dz.sanad.steering.IndicatorSource;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

/**
 * The steering indicator "psychological sessions held": a national count only (no breakdown that could point to a
 * unit), over records whose person consented to anonymous statistics; steering hides it under 10.
 */
@Component
class PsychologyIndicators implements IndicatorSource {

	static final String SESSIONS = "psychology.sessions";

	private final PsychologyFigures figures;

	PsychologyIndicators(PsychologyFigures figures) {
		this.figures = figures;
	}

	@Override
	public Set<String> keys() {
		return Set.of(SESSIONS);
	}

	@Override
	public Map<String, Figure> figures(String key, int year) {
		long held = figures.sessionsHeld(year).values().stream().mapToLong(Long::longValue).sum();
		return Map.of("", new Figure(held, null));
	}
}
