package dz.sanad.holidays;

import java.time.LocalDate;

/** A place was given from the waiting list (or by the directorate): the applicant is told in the inbox and by email. */
public record PlaceOffered(Long applicationId, Long memberId, String email, String nameAr, String nameLat, String siteAr,
		String siteFr, String shiftLabel, LocalDate startsOn, LocalDate confirmBy) {
}
