package dz.sanad.health;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.people.Population;
import dz.sanad.platform.Dates;
import dz.sanad.platform.DemoDataContributor;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.calendar.WorkingCalendar;
import dz.sanad.platform.confidential.Subject;
import dz.sanad.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Health demo: two services (consultation, chronic follow-up) with Sunday–Thursday availability at every
 * social-medical centre; Karim Benali's family (the demo member) with records: his hypertension, the children's
 * growth visits, a scheduled appointment for the youngest, reminders consented. At national scale, every child
 * under six of the registry gets a record and three growth visits (set-based), for the benchmark's child's record.
 */
@Component
class HealthDemoData implements DemoDataContributor {

	private final Organisation organisation;

	private final People people;

	private final HealthServices services;

	private final HealthCare care;

	private final HealthAppointments appointments;

	private final HealthReminders reminders;

	private final UserDetailsService users;

	private final WorkingCalendar calendar;

	private final JdbcClient jdbc;

	private final Population population;

	private final Territory territory;

	HealthDemoData(Organisation organisation, People people, HealthServices services, HealthCare care,
			HealthAppointments appointments, HealthReminders reminders, UserDetailsService users, WorkingCalendar calendar,
			JdbcClient jdbc, Population population, Territory territory) {
		this.population = population;
		this.territory = territory;
		this.organisation = organisation;
		this.people = people;
		this.services = services;
		this.care = care;
		this.appointments = appointments;
		this.reminders = reminders;
		this.users = users;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "health";
	}

	@Override
	public int order() {
		return 75;
	}

	@Override
	@Transactional
	public void seed(Scale scale) {
		for (Unit u : organisation.activeOfKinds(java.util.Set.of(UnitKind.SOCIAL_MEDICAL_CENTRE))) {
			SanadUser at = centreUser(u.getId());
			if (!services.ofCentre(u.getId()).isEmpty()) {
				continue;
			}
			weekly(at, services.create(at, "استشارة عامة", "Consultation générale", 20, 2));
			weekly(at, services.create(at, "متابعة الأمراض المزمنة", "Suivi des maladies chroniques", 30, 1));
		}
		seedFamily();
		if (scale == Scale.NATIONAL) {
			nationalChildren();
		}
	}

	private SanadUser centreUser(long unitId) {
		return new SanadUser(0, "health.demo", null, "demo", dz.sanad.platform.Role.HEALTH_OFFICER, unitId, null,
				true, false);
	}

	private void weekly(SanadUser at, HealthServices.Service s) {
		for (DayOfWeek d : List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY)) {
			services.addAvailability(at, s.id(), d, LocalTime.of(8, 30), LocalTime.of(12, 0));
			services.addAvailability(at, s.id(), d, LocalTime.of(13, 0), LocalTime.of(15, 30));
		}
	}

	private void seedFamily() {
		Member karim = people.byMatricule("M-16-0001").orElse(null);
		if (karim == null) {
			return;
		}
		SanadUser physician = (SanadUser) users.loadUserByUsername("physician");
		SanadUser officer = (SanadUser) users.loadUserByUsername("health");
		Subject me = Subject.member(karim.getId());
		care.updateProfile(officer, me, "O+", "البنسلين", "أملوديبين 5 ملغ يوميا");
		care.addProblem(physician, me, "BA00", Problem.Status.CHRONIC, LocalDate.of(2022, 4, 10), "متابعة كل ثلاثة أشهر");
		VisitForm bp = new VisitForm();
		bp.setType(Visit.Type.CHRONIC);
		bp.setVisitedOn(Dates.today().minusMonths(4));
		bp.setSystolic(145);
		bp.setDiastolic(92);
		bp.setWeightKg(new BigDecimal("84.0"));
		bp.setDiagnosis("ارتفاع ضغط الدم غير متحكم فيه");
		bp.setPrescription("أملوديبين 5 ملغ");
		care.recordVisit(physician, me, bp);
		reminders.allow(me);
		List<FamilyMember> family = people.familyOf(karim.getId());
		for (FamilyMember f : family) {
			if (!f.isChild() || f.getBirthDate() == null) {
				continue;
			}
			Subject child = Subject.family(f.getId());
			reminders.allow(child);
			growthVisits(officer, child, f.getBirthDate());
		}
		family.stream().filter(FamilyMember::isChild).reduce((a, b) -> b).ifPresent(youngest -> {
			HealthServices.Service consult = services.ofCentre(officer.scopeUnitId()).get(0);
			LocalDate day = Dates.today().plusDays(1);
			while (!calendar.isWorkingDay(day)) {
				day = day.plusDays(1);
			}
			appointments.book(officer, Subject.family(youngest.getId()), consult.id(), day.atTime(9, 10), false);
		});
	}

	/** Weight, height and head circumference at a few ages, along an ordinary curve. */
	private void growthVisits(SanadUser officer, Subject child, LocalDate birth) {
		int[] months = { 2, 6, 12, 24, 48 };
		for (int m : months) {
			LocalDate on = birth.plusMonths(m);
			if (on.isAfter(Dates.today())) {
				break;
			}
			VisitForm v = new VisitForm();
			v.setType(Visit.Type.CONSULTATION);
			v.setVisitedOn(on);
			v.setWeightKg(BigDecimal.valueOf(3.3 + (m <= 12 ? 0.55 * m : 6.6 + 0.17 * (m - 12))).setScale(1,
					java.math.RoundingMode.HALF_UP));
			v.setHeightCm(BigDecimal.valueOf(50 + (m <= 12 ? 2.1 * m : 25 + 0.7 * (m - 12))).setScale(1,
					java.math.RoundingMode.HALF_UP));
			if (m <= 24) {
				v.setHeadCm(BigDecimal.valueOf(35 + (m <= 12 ? 0.9 * m : 10.8 + 0.15 * (m - 12))).setScale(1,
						java.math.RoundingMode.HALF_UP));
			}
			care.recordVisit(officer, child, v);
		}
	}

	/** Every child under six nationally: a record and growth visits at 2, 6 and 12 months (where reached). */
	void nationalChildren() {
		Long fallback = organisation.findByCode("CMS-16-1").map(Unit::getId).orElseThrow();
		for (dz.sanad.territory.Wilaya w : territory.wilayas()) {
			List<Population.PersonRef> kids = population.of(w.getCode(), null, 0, 5, Dates.today(), 1_000_000).stream()
				.filter(p -> p.familyMemberId() != null && p.birthDate() != null).toList();
			if (kids.isEmpty()) {
				continue;
			}
			Long centre = organisation.findByCode("CMS-" + w.getCode() + "-1").map(Unit::getId).orElse(fallback);
			Long[] ids = kids.stream().map(Population.PersonRef::familyMemberId).toArray(Long[]::new);
			java.sql.Date[] births = kids.stream().map(p -> java.sql.Date.valueOf(p.birthDate())).toArray(java.sql.Date[]::new);
			jdbc.sql("""
					insert into health_record (family_member_id, wilaya_code)
					select f, ? from unnest(cast(? as bigint[])) f on conflict do nothing""")
				.params(w.getCode(), ids).update();
			jdbc.sql("""
					insert into health_visit (record_id, centre_id, practitioner, type, visited_on, weight_kg, height_cm, head_cm,
					                          recorded_at)
					select r.id, ?, 'health.demo', 'CONSULTATION', (t.b + make_interval(months => m))::date,
					       round((3.3 + 0.55 * m)::numeric, 1), round((50 + 2.1 * m)::numeric, 1), round((35 + 0.9 * m)::numeric, 1), now()
					from unnest(cast(? as bigint[]), cast(? as date[])) t(f, b)
					join health_record r on r.family_member_id = t.f
					cross join (values (2), (6), (12)) months(m)
					where (t.b + make_interval(months => m))::date <= current_date
					  and not exists (select 1 from health_visit v where v.record_id = r.id)""")
				.params(centre, ids, births).update();
		}
	}
}
