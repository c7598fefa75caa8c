package dz.sanad.steering;

import dz.sanad.activities.ActivityFigures;
import dz.sanad.holidays.HolidayFigures;
import dz.sanad.training.TrainingFigures;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Computed indicators over the training, activities and holidays modules' published figures. */
@Component
class ModuleFigureSources implements IndicatorSource {

	private final TrainingFigures training;

	private final ActivityFigures activities;

	private final HolidayFigures holidays;

	ModuleFigureSources(TrainingFigures training, ActivityFigures activities, HolidayFigures holidays) {
		this.training = training;
		this.activities = activities;
		this.holidays = holidays;
	}

	@Override
	public Set<String> keys() {
		return Set.of("training.certificates", "training.trained", "activities.run", "activities.participants",
				"holidays.placed-share");
	}

	@Override
	public Map<String, Figure> figures(String key, int year) {
		return switch (key) {
			case "training.certificates" -> counts(training.certificatesByCentre(year));
			case "training.trained" -> counts(training.trainedByCentre(year));
			case "activities.run" -> counts(activities.activitiesByWilaya(year));
			case "activities.participants" -> counts(activities.participantsByWilaya(year));
			case "holidays.placed-share" -> {
				Map<String, Figure> m = new LinkedHashMap<>();
				holidays.placementsByWilaya(year)
					.forEach((w, p) -> m.put(w, new Figure(p.placed(), p.applications())));
				yield m;
			}
			default -> throw new IllegalArgumentException("no figures for " + key);
		};
	}

	private static <K> Map<String, Figure> counts(Map<K, Long> byScope) {
		Map<String, Figure> m = new LinkedHashMap<>();
		byScope.forEach((k, n) -> m.put(String.valueOf(k), new Figure(n, null)));
		return m;
	}
}
