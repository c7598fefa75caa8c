package dz.sanad.health.vaccination;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A version of the national calendar. It applies by birth cohort, not by visit date: to children born on or after
 * {@code cohortFrom}, until the next published version's start (Algeria's reforms applied only to children born
 * after their start).
 */
public record CalendarVersion(Long id, String code, String titleAr, String titleFr, String titleEn, String source,
		LocalDate cohortFrom, Status status, Instant publishedAt, List<DoseRule> doses) implements Serializable {

	public enum Status {
		DRAFT, PUBLISHED;

		public String messageKey() {
			return "vaccination.calendar.status." + name();
		}
	}

	public boolean published() {
		return status == Status.PUBLISHED;
	}

	public String title(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" -> titleFr;
			case "en" -> titleEn;
			default -> titleAr;
		};
	}

	/** The published version whose cohort a child born on {@code birth} belongs to; none before the first one. */
	public static Optional<CalendarVersion> forBirth(List<CalendarVersion> versions, LocalDate birth) {
		if (birth == null) {
			return Optional.empty();
		}
		return versions.stream().filter(CalendarVersion::published).filter(v -> !v.cohortFrom.isAfter(birth))
			.max(Comparator.comparing(CalendarVersion::cohortFrom));
	}

	/** The doses ordered by due age then series: the order of a booklet. */
	public List<DoseRule> ordered() {
		LocalDate ref = cohortFrom == null ? LocalDate.of(2000, 1, 1) : cohortFrom;
		List<DoseRule> list = new ArrayList<>(doses);
		list.sort(Comparator.comparing((DoseRule d) -> d.dueFor(ref)).thenComparing(DoseRule::antigen)
			.thenComparingInt(DoseRule::doseNo));
		return list;
	}

	/**
	 * Message keys (with the dose concerned) of what makes this version unfit to publish: no dose, an earliest age
	 * after the due age, or a dose of a series planned closer to the previous one than its minimum interval. The
	 * last rule lets the bulk recomputation place doses from the child's birth alone when nothing was given yet.
	 */
	public List<String[]> inconsistencies() {
		List<String[]> found = new ArrayList<>();
		if (doses.isEmpty()) {
			found.add(new String[] { "vaccination.calendar.invalid.empty", "" });
		}
		LocalDate birth = cohortFrom == null ? LocalDate.of(2000, 1, 1) : cohortFrom;
		for (DoseRule d : doses) {
			if (d.earliestFor(birth).isAfter(d.dueFor(birth))) {
				found.add(new String[] { "vaccination.calendar.invalid.earliest", d.key() });
			}
			previous(d).ifPresent(p -> {
				if (d.dueFor(birth).isBefore(p.dueFor(birth).plus(d.minInterval()))
						|| d.earliestFor(birth).isBefore(p.earliestFor(birth).plus(d.minInterval()))) {
					found.add(new String[] { "vaccination.calendar.invalid.interval", d.key() });
				}
			});
		}
		return found;
	}

	/** The dose before this one in its series (the highest lower number), if any. */
	public Optional<DoseRule> previous(DoseRule d) {
		return doses.stream().filter(o -> o.antigen().equals(d.antigen()) && o.doseNo() < d.doseNo())
			.max(Comparator.comparingInt(DoseRule::doseNo));
	}
}
