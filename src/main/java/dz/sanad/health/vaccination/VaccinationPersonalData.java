package dz.sanad.health.vaccination;

import dz.sanad.people.PersonalDataSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The right-of-access export lists a child's recorded doses (in error ones too, marked): what Sanad holds. */
@Component
class VaccinationPersonalData implements PersonalDataSource {

	private final DoseRecords records;

	VaccinationPersonalData(DoseRecords records) {
		this.records = records;
	}

	@Override
	public String sectionKey() {
		return "vaccination.personalData";
	}

	@Override
	public List<Map<String, Object>> recordsFor(Long memberId, Long familyMemberId) {
		if (familyMemberId == null) {
			return List.of();
		}
		return records.history(familyMemberId).stream().map(DoseRecords::snapshot).toList();
	}
}
