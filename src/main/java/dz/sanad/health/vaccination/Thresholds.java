package dz.sanad.health.vaccination;

import java.time.LocalDate;

/**
 * When an open dose turns due, overdue and missed, in days around its due date ({@code sanad.vaccination.*}):
 * upcoming until {@code dueBefore} days before the due date, due until {@code overdueAfter} days after it,
 * overdue until {@code missedAfter} days after it, missed beyond.
 */
public record Thresholds(int dueBefore, int overdueAfter, int missedAfter) {

	public Thresholds {
		if (dueBefore < 0 || overdueAfter < 0 || missedAfter <= overdueAfter) {
			throw new IllegalArgumentException("vaccination thresholds: 0 <= due-before, 0 <= overdue-after < missed-after");
		}
	}

	public DoseStatus status(LocalDate due, LocalDate today) {
		if (today.isBefore(due.minusDays(dueBefore))) {
			return DoseStatus.UPCOMING;
		}
		if (!today.isAfter(due.plusDays(overdueAfter))) {
			return DoseStatus.DUE;
		}
		return today.isAfter(due.plusDays(missedAfter)) ? DoseStatus.MISSED : DoseStatus.OVERDUE;
	}

	/** The due dates, inclusive, whose open doses have {@code status} on {@code today} (lists query by these). */
	public LocalDate[] dueDates(DoseStatus status, LocalDate today) {
		return switch (status) {
			case UPCOMING -> new LocalDate[] { today.plusDays(dueBefore + 1L), LocalDate.of(9999, 12, 31) };
			case DUE -> new LocalDate[] { today.minusDays(overdueAfter), today.plusDays(dueBefore) };
			case OVERDUE -> new LocalDate[] { today.minusDays(missedAfter), today.minusDays(overdueAfter + 1L) };
			case MISSED -> new LocalDate[] { LocalDate.of(1900, 1, 1), today.minusDays(missedAfter + 1L) };
			default -> throw new IllegalArgumentException(status + " is not an open dose's status");
		};
	}
}
