package dz.sanad.health.vaccination;

import dz.sanad.people.ConsentForm;
import dz.sanad.people.ConsentPurpose;
import dz.sanad.people.FamilyForm;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.people.PeopleAdmin;
import dz.sanad.people.PeopleConsents;
import dz.sanad.people.Relation;
import dz.sanad.platform.Dates;
import dz.sanad.platform.DemoDataContributor;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Vaccination demo: babies and toddlers added to existing Algiers families so that every status shows in CMS-16-1's
 * lists (due, overdue, missed, upcoming, a parent's refusal), Karim Benali's baby with its birth doses given and the
 * two-month doses due, then every child scheduled by the nightly pass. At national scale the same pass schedules
 * every child of the 250,000 members set-based, and four in five doses already past are recorded as given.
 */
@Component
class VaccinationDemoData implements DemoDataContributor {

	private final People people;

	private final PeopleAdmin admin;

	private final PeopleConsents consents;

	private final Schedules schedules;

	private final ScheduleSweep sweep;

	private final JdbcClient jdbc;

	VaccinationDemoData(People people, PeopleAdmin admin, PeopleConsents consents, Schedules schedules,
			ScheduleSweep sweep, JdbcClient jdbc) {
		this.people = people;
		this.admin = admin;
		this.consents = consents;
		this.schedules = schedules;
		this.sweep = sweep;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "vaccination";
	}

	@Override
	public int order() {
		return 76;
	}

	@Override
	public void seed(Scale scale) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SanadUser seeder = new SanadUser(0, "demo-seed", null, "Demo data", Role.DGSN_SOCIAL, null, null, true, false);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(seeder, null, seeder.getAuthorities()));
		try {
			seedFamilies(seeder);
			sweep.sweep();
			if (scale == Scale.NATIONAL) {
				givenAtScale();
			}
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	private void seedFamilies(SanadUser seeder) {
		LocalDate today = Dates.today();
		Member karim = people.byMatricule("M-16-0001").orElse(null);
		if (karim == null) {
			return;
		}
		FamilyMember baby = child(seeder, karim, "إياد", "Iyad", "M", today.minusDays(55));
		consent(seeder, karim, baby);
		given(baby, karim, "BCG", 1, baby.getBirthDate(), "BCG-23A17", DoseOutcome.Site.LEFT_ARM,
				DoseOutcome.Route.INTRADERMAL);
		given(baby, karim, "HEPB", 0, baby.getBirthDate(), "HB-2309", DoseOutcome.Site.RIGHT_THIGH,
				DoseOutcome.Route.INTRAMUSCULAR);
		given(baby, karim, "OPV", 0, baby.getBirthDate(), "VPO-771", DoseOutcome.Site.MOUTH, DoseOutcome.Route.ORAL);
		refresh(baby, karim);
		List<Member> algiers = people.lookup(seeder, null, "16", 12).stream()
			.filter(m -> !"M-16-0001".equals(m.getMatricule())).toList();
		int[] ages = { 10, 100, 300, 480, 700 };
		String[][] names = { { "ريم", "Rim", "F" }, { "أنس", "Anes", "M" }, { "لينا", "Lina", "F" },
				{ "آدم", "Adam", "M" }, { "سلمى", "Selma", "F" } };
		for (int i = 0; i < ages.length && i < algiers.size(); i++) {
			Member m = algiers.get(i);
			FamilyMember c = child(seeder, m, names[i][0], names[i][1], names[i][2], today.minusDays(ages[i]));
			if (ages[i] >= 100) {
				historical(c, m, "BCG", 1, c.getBirthDate());
				historical(c, m, "HEPB", 0, c.getBirthDate());
				historical(c, m, "OPV", 0, c.getBirthDate());
			}
			if (ages[i] == 300) {
				notGiven(c, m, "HEXA", 1, c.getBirthDate().plusMonths(2), DoseOutcome.Reason.PARENT_REFUSED);
			}
			if (ages[i] >= 480) {
				for (String a : new String[] { "HEXA", "OPV", "PCV" }) {
					for (int n = 1; n <= 3; n++) {
						given(c, m, a, n, c.getBirthDate().plusMonths(n == 3 ? 12 : 2L * n).plusDays(3),
								a + "-24" + n, "OPV".equals(a) ? DoseOutcome.Site.MOUTH : DoseOutcome.Site.LEFT_THIGH,
								"OPV".equals(a) ? DoseOutcome.Route.ORAL : DoseOutcome.Route.INTRAMUSCULAR);
					}
				}
				given(c, m, "MMR", 1, c.getBirthDate().plusMonths(11), "ROR-118", DoseOutcome.Site.RIGHT_ARM,
						DoseOutcome.Route.SUBCUTANEOUS);
			}
			refresh(c, m);
		}
	}

	private FamilyMember child(SanadUser seeder, Member m, String firstAr, String firstLat, String sex,
			LocalDate birth) {
		FamilyForm f = new FamilyForm();
		f.setRelation(Relation.CHILD);
		f.setFirstNameAr(firstAr);
		f.setLastNameAr(m.getLastNameAr());
		f.setFirstNameLat(firstLat);
		f.setLastNameLat(m.getLastNameLat());
		f.setSex(sex);
		f.setBirthDate(birth);
		return admin.addFamily(seeder, m.getId(), f);
	}

	private void consent(SanadUser seeder, Member m, FamilyMember child) {
		ConsentForm f = new ConsentForm();
		f.setFamilyMemberId(child.getId());
		f.setPurpose(ConsentPurpose.HEALTH_CARE);
		f.setGuardian(true);
		f.setGivenBy(m.fullNameAr());
		consents.record(seeder, m.getId(), f);
	}

	private void given(FamilyMember c, Member m, String antigen, int dose, LocalDate on, String lot,
			DoseOutcome.Site site, DoseOutcome.Route route) {
		insert(c, m, antigen, dose, "GIVEN", on, lot, on.plusYears(1), site.name(), route.name(), "د. سعاد مرابط",
				null, null);
	}

	private void historical(FamilyMember c, Member m, String antigen, int dose, LocalDate on) {
		insert(c, m, antigen, dose, "HISTORICAL", on, null, null, null, null, null, "مستشفى مصطفى باشا - الجزائر",
				null);
	}

	private void notGiven(FamilyMember c, Member m, String antigen, int dose, LocalDate on, DoseOutcome.Reason r) {
		insert(c, m, antigen, dose, "NOT_GIVEN", on, null, null, null, null, null, null, r.name());
	}

	private void insert(FamilyMember c, Member m, String antigen, int dose, String outcome, LocalDate on, String lot,
			LocalDate expiry, String site, String route, String by, String place, String reason) {
		jdbc.sql("""
				insert into vaccination_record (family_member_id, member_id, antigen, dose_no, outcome, given_on, lot,
				  lot_expiry, site, route, given_by, place, reason, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'health')""")
			.params(c.getId(), m.getId(), antigen, dose, outcome, on, lot, expiry, site, route, by, place, reason)
			.update();
	}

	private void refresh(FamilyMember c, Member m) {
		schedules.refresh(c.getId(), m.getId(), m.getWilayaCode(), c.getBirthDate());
	}

	/** Four in five doses due more than a month ago recorded as given, a few days after their date (set-based). */
	private void givenAtScale() {
		String past = "d.due_date < current_date - 30 and d.family_member_id % 5 <> 0 and not d.done";
		jdbc.sql("""
				insert into vaccination_record (family_member_id, member_id, antigen, dose_no, outcome, given_on, lot,
				  lot_expiry, site, route, given_by, recorded_by)
				select d.family_member_id, d.member_id, d.antigen, d.dose_no, 'GIVEN',
				  d.due_date + (d.family_member_id % 10)::int, d.antigen || '-' || (d.family_member_id % 97),
				  d.due_date + 400, 'LEFT_THIGH', 'INTRAMUSCULAR', 'demo', 'demo'
				from vaccination_due d where""" + " " + past).update();
		jdbc.sql("update vaccination_due d set done = true where " + past).update();
		jdbc.sql("analyze vaccination_due").update();
		jdbc.sql("analyze vaccination_record").update();
	}
}
