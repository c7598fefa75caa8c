package dz.sanad.steering;

import java.util.Map;
import java.util.Set;

/**
 * Where a computed indicator reads its figures: a module's published figures (never its tables), by scope
 * (a centre id or a wilaya code; "" for a national-only figure). Steering adapts training, activities and
 * holidays itself; the psychology and health modules implement this for the keys {@code psychology.sessions}
 * and {@code health.vaccination-coverage} (already declared as indicators), as a bean in their own package.
 */
public interface IndicatorSource {

	/** A figure: a count, or a numerator over a denominator (the indicator's factor turns it into a rate). */
	record Figure(long numerator, Long denominator) {
	}

	/** The source keys this bean answers (e.g. "training.certificates"). */
	Set<String> keys();

	/** The figures of a calendar year per scope key. */
	Map<String, Figure> figures(String key, int year);
}
