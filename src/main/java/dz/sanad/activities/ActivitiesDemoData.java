package dz.sanad.activities;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.DemoDataContributor;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Demo data for every activities page: programmes and activities at CCL-16-1 and a few other centres (with the demo
 * member's children registered, a waiting list, attendance and survey answers), a sports club with sections,
 * athletes (one medical certificate expired), competitions and medals, talents with guardian consent, child-care
 * groups at EPE-16-1 with enrolments, associations and partnerships (one about to expire). It goes through the
 * services as a national "demo-seed" user, so the same rules and the audit trail apply. At the national scale it
 * adds a million registrations in bulk SQL for the benchmark.
 * Each area is seeded by its own collaborator ({@link ActivityDemoData}, {@link SportsDemoData},
 * {@link CareDemoData}, {@link ActivitiesBulkData}), in one transaction and in this order.
 */
@Component
class ActivitiesDemoData implements DemoDataContributor {

	/** Wilayas whose families get demo registrations (the others stay empty, which keeps start-up short). */
	static final Set<String> SEEDED_WILAYAS = Set.of("16", "31", "25", "06");

	/** Members by establishment and by wilaya, found through the people API (matricules are sequential). */
	record Members(Map<Long, List<Member>> byUnit, Map<String, List<Member>> withChildrenByWilaya) {
	}

	/** Algiers' units, the demo member with three children, and the other Algiers families with children. */
	record Algiers(Long ccl, Long epe, Long club, Member me, FamilyMember yacine, FamilyMember meriem,
			FamilyMember omar, List<Member> families) {
	}

	private final ActivityDemoData activities;

	private final SportsDemoData sports;

	private final CareDemoData care;

	private final ActivitiesBulkData bulk;

	private final Organisation organisation;

	private final People people;

	private final JdbcClient jdbc;

	@PersistenceContext
	private EntityManager em;

	ActivitiesDemoData(ActivityDemoData activities, SportsDemoData sports, CareDemoData care, ActivitiesBulkData bulk,
			Organisation organisation, People people, JdbcClient jdbc) {
		this.activities = activities;
		this.sports = sports;
		this.care = care;
		this.bulk = bulk;
		this.organisation = organisation;
		this.people = people;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "activities";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	@Transactional
	public void seed(Scale scale) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SanadUser seeder = new SanadUser(0, "demo-seed", null, "Demo data", Role.DGSN_SOCIAL, null, null, true, false);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(seeder, null, seeder.getAuthorities()));
		try {
			Members m = scanMembers();
			detach(); // thousands of people entities would make every later query flush-check them all
			seedWilaya16(m);
			detach();
			seedOtherCentres(m);
			if (scale == Scale.NATIONAL) {
				bulk.bulkRegistrations(1_000_000);
			}
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	private void detach() {
		em.flush();
		em.clear();
	}

	private Members scanMembers() {
		Map<Long, List<Member>> byUnit = new LinkedHashMap<>();
		Map<String, List<Member>> byWilaya = new LinkedHashMap<>();
		for (int n = 100000; ; n++) {
			Optional<Member> found = people.byMatricule("M" + n);
			if (found.isEmpty()) {
				break;
			}
			Member member = found.get();
			if (member.getUnitId() != null) {
				byUnit.computeIfAbsent(member.getUnitId(), k -> new ArrayList<>()).add(member);
			}
			if (SEEDED_WILAYAS.contains(member.getWilayaCode())
					&& people.familyOf(member.getId()).stream().anyMatch(FamilyMember::isChild)) {
				byWilaya.computeIfAbsent(member.getWilayaCode(), k -> new ArrayList<>()).add(member);
			}
		}
		return new Members(byUnit, byWilaya);
	}

	private Long unit(String code) {
		return organisation.findByCode(code).map(Unit::getId).orElse(null);
	}

	private void seedWilaya16(Members m) {
		LocalDate today = LocalDate.now();
		Member me = people.byMatricule("M-16-0001").orElseThrow();
		List<FamilyMember> family = people.familyOf(me.getId());
		FamilyMember yacine = family.stream().filter(f -> "Yacine".equals(f.getFirstNameLat())).findFirst().orElseThrow();
		FamilyMember meriem = family.stream().filter(f -> "Meriem".equals(f.getFirstNameLat())).findFirst().orElseThrow();
		FamilyMember omar = family.stream().filter(f -> "Omar".equals(f.getFirstNameLat())).findFirst().orElseThrow();
		Algiers algiers = new Algiers(unit("CCL-16-1"), unit("EPE-16-1"), unit("CLUB-16-1"), me, yacine, meriem, omar,
				m.withChildrenByWilaya().getOrDefault("16", List.of()));

		activities.seedAlgiers(algiers, m, today);
		detach(); // flushed first, or the managed registrations would write their dates back
		// registrations spread over the past months, as they happened through the year
		jdbc.sql("update activities_registration set registered_at = registered_at - (id * 7 % 300) * interval '1 day' where unit_id = ?")
			.param(algiers.ccl()).update();
		sports.seedClubs(algiers, m, today);
		detach();
		sports.seedTalents(algiers, today);
		detach();
		care.seedChildCare(algiers, today);
		care.seedAssociations(algiers, today);
	}

	private void seedOtherCentres(Members m) {
		for (String w : List.of("31", "25", "06")) {
			Long ccl = unit("CCL-" + w + "-1");
			if (ccl == null) {
				continue;
			}
			activities.seedCentre(ccl, w, m.withChildrenByWilaya().getOrDefault(w, List.of()));
			care.seedCentre(ccl, w);
		}
	}
}
