package dz.sanad.health;

import dz.sanad.platform.confidential.Subject;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one medical answer other modules get: whether a person is fit for a holiday camp. Fit / not fit, nothing
 * more — no reason, no diagnosis, no date. Holidays asks it for an applicant's child; a person without a health
 * record, or whose physician never said otherwise, is fit.
 */
@Service
@Transactional(readOnly = true)
public class HealthFitness {

	public enum Fitness {
		FIT, NOT_FIT
	}

	private final HealthCare care;

	HealthFitness(HealthCare care) {
		this.care = care;
	}

	public Fitness fitForCamp(Subject subject) {
		return care.find(subject).map(r -> r.isCampFit() ? Fitness.FIT : Fitness.NOT_FIT).orElse(Fitness.FIT);
	}
}
