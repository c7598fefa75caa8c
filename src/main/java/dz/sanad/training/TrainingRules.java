package dz.sanad.training;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configurable rules of the training module ({@code sanad.training.*}): the completion rule, how long a
 * certificate keeps someone from retaking the same programme, where the public verification page lives, and how
 * often one address may ask it.
 */
@ConfigurationProperties("sanad.training")
public record TrainingRules(Double minAttendancePercent, Double minPostScore, Integer recertifyYears,
		String publicUrl, Integer verifyPerMinute, Integer followUpMonths) {

	public TrainingRules {
		minAttendancePercent = minAttendancePercent == null ? 80.0 : minAttendancePercent;
		minPostScore = minPostScore == null ? 10.0 : minPostScore;
		recertifyYears = recertifyYears == null ? 3 : recertifyYears;
		publicUrl = publicUrl == null ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
		verifyPerMinute = verifyPerMinute == null ? 30 : verifyPerMinute;
		followUpMonths = followUpMonths == null ? 3 : followUpMonths;
	}

	/** The completion rule: attendance and post-test average both at or above their thresholds. */
	public boolean completes(double attendancePercent, Double postScore) {
		return attendancePercent >= minAttendancePercent && postScore != null && postScore >= minPostScore;
	}
}
