package dz.sanad.activities;

import java.time.LocalDate;
import java.time.Period;

/**
 * Who takes part: the member themself (familyMemberId null, relation SELF) or one of their family members. The
 * name, birth date and sex are copied from the people module when the person is registered.
 */
public record Participant(Long memberId, Long familyMemberId, String relation, String nameAr, String nameLat,
		LocalDate birthDate, String sex, boolean martyrChild, boolean orphan, boolean disability) {

	public boolean isChild() {
		return "CHILD".equals(relation);
	}

	public int ageOn(LocalDate day) {
		return birthDate == null ? -1 : Period.between(birthDate, day).getYears();
	}
}
