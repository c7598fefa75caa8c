package dz.sanad.people;

import java.util.List;
import java.util.Map;

/**
 * Implemented by any module that holds personal data about a member or a family member, so that the right-of-access
 * export (Law 18-07, art. 34) lists everything Sanad holds. Each record is a flat map of field to value.
 */
public interface PersonalDataSource {

	/** Message key of the section title. */
	String sectionKey();

	/** What this module holds on the member (familyMemberId null) or on one of their family. */
	List<Map<String, Object>> recordsFor(Long memberId, Long familyMemberId);
}
