package dz.sanad.health;

import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** HealthNames for the rows of a list, through the people API in two queries (never its tables). */
@Component
class HealthNames {

	private final People people;

	HealthNames(People people) {
		this.people = people;
	}

	List<ChronicFollowUp.Row> named(List<ChronicFollowUp.Row> rows) {
		Map<Long, Member> m = people.members(rows.stream().map(ChronicFollowUp.Row::memberId).filter(Objects::nonNull).toList());
		Map<Long, FamilyMember> f = people.familyMembers(rows.stream().map(ChronicFollowUp.Row::familyMemberId)
			.filter(Objects::nonNull).toList());
		return rows.stream().map(r -> {
			if (r.memberId() != null && m.containsKey(r.memberId())) {
				Member x = m.get(r.memberId());
				return r.named(x.fullNameAr(), x.fullNameLat());
			}
			FamilyMember x = f.get(r.familyMemberId());
			return x == null ? r : r.named(x.fullNameAr(), x.name(Locale.FRENCH));
		}).toList();
	}
}
