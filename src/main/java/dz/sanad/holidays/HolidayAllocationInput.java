package dz.sanad.holidays;

import dz.sanad.people.FamilyMember;
import dz.sanad.people.Grade;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the allocation reads for a season: published rules, capacities, quotas, applicants and their values. */
@Service
@Transactional(readOnly = true)
class HolidayAllocationInput {

	private final HolidaySeasons seasons;

	private final HolidayOffers offers;

	private final Applications applications;

	private final People people;

	private final JdbcClient jdbc;

	HolidayAllocationInput(HolidaySeasons seasons, HolidayOffers offers, Applications applications, People people,
			JdbcClient jdbc) {
		this.seasons = seasons;
		this.offers = offers;
		this.applications = applications;
		this.people = people;
		this.jdbc = jdbc;
	}

	/** The allocation's input for a season: published rules, free capacities, quotas, applicants and values. */
	public Allocator.Input allocationInput(Long seasonId) {
		Season season = seasons.season(seasonId);
		List<Criterion> crit = seasons.criteria(seasonId);
		List<Allocator.Criterion> rules = crit.stream().map(c -> new Allocator.Criterion(c.getCode(), c.getWeight()))
			.toList();
		Map<Long, Integer> capacity = new LinkedHashMap<>();
		offers.shiftViews(seasonId).forEach(v -> capacity.put(v.shift().getId(), v.shift().getCapacity()));
		Map<String, Integer> quota = seasons.quotas(seasonId).stream()
			.collect(Collectors.toMap(Quota::getWilayaCode, Quota::getMaxPlaces));
		List<Application> apps = applications.findBySeasonIdAndStatusNotOrderById(seasonId,
				ApplicationStatus.WITHDRAWN).stream().filter(a -> a.getStatus() != ApplicationStatus.EXPIRED).toList();
		Map<Long, Member> members = people.members(apps.stream().map(Application::getMemberId).collect(
				Collectors.toSet()));
		Map<Long, List<FamilyMember>> families = new HashMap<>();
		for (Long m : members.keySet()) {
			families.put(m, people.familyOf(m));
		}
		Map<Long, Integer> lastChild = new HashMap<>();
		Map<Long, Integer> lastFamily = new HashMap<>();
		jdbc.sql("""
				select a.child_id, a.member_id, max(s.year) as y from holiday_application a
				join holiday_season s on s.id = a.season_id
				where s.year < ? and a.status in ('PLACED', 'CONFIRMED')
				group by a.child_id, a.member_id""").param(season.getYear()).query(rs -> {
			long child = rs.getLong(1);
			if (rs.wasNull()) {
				lastFamily.merge(rs.getLong(2), rs.getInt(3), Math::max);
			}
			else {
				lastChild.merge(child, rs.getInt(3), Math::max);
			}
		});
		List<Allocator.Applicant> applicants = new ArrayList<>(apps.size());
		for (Application a : apps) {
			Member m = members.get(a.getMemberId());
			List<FamilyMember> fam = families.getOrDefault(a.getMemberId(), List.of());
			FamilyMember child = a.getChildId() == null ? null
					: fam.stream().filter(c -> c.getId().equals(a.getChildId())).findFirst().orElse(null);
			Integer last = a.getChildId() == null ? lastFamily.get(a.getMemberId()) : lastChild.get(a.getChildId());
			Map<String, Integer> values = new LinkedHashMap<>();
			for (Criterion c : crit) {
				values.put(c.getCode(), value(c, a, m, child, fam, last, season.getYear()));
			}
			long[] choices = a.choices().stream().mapToLong(Long::longValue).toArray();
			applicants.add(new Allocator.Applicant(a.getId(), a.getMemberId(), a.getWilayaCode(), choices,
					a.isSiblingsTogether() && a.getChildId() != null, values));
		}
		return new Allocator.Input(season.getSeed(), rules, capacity, quota, applicants);
	}

	static int value(Criterion c, Application a, Member m, FamilyMember child, List<FamilyMember> family,
			Integer lastYear, int year) {
		return switch (c.getSource()) {
			case MARTYR_CHILD -> (m != null && m.isMartyr()) || (child != null && child.isMartyrChild()) ? 1 : 0;
			case ORPHAN -> child != null && child.isOrphan() ? 1 : 0;
			case DISABILITY -> child != null ? (child.isDisability() ? 1 : 0)
					: family.stream().anyMatch(FamilyMember::isDisability) ? 1 : 0;
			case LOWER_GRADE -> m == null || m.getGrade() == null ? 0
					: Grade.values().length + 1 - m.getGrade().rank();
			case FIRST_TIME -> lastYear == null ? 1 : 0;
			case YEARS_SINCE_LAST -> lastYear == null ? 5 : Math.min(5, Math.max(0, year - lastYear));
			case CHILDREN_COUNT -> (int) Math.min(10, family.stream().filter(FamilyMember::isChild).count());
			case MANUAL -> a.manualValues().getOrDefault(c.getCode(), 0);
		};
	}
}
