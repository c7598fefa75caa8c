package dz.sanad.activities;

import dz.sanad.activities.ActivitiesDemoData.Algiers;
import dz.sanad.activities.ActivitiesDemoData.Members;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo programmes and activities: the Algiers cultural centre's (with the demo member's children registered, a
 * waiting list, attendance and survey answers) and two activities in each other seeded wilaya.
 */
@Component
class ActivityDemoData {

	private final ActivityService activities;

	private final RegistrationService registrationService;

	private final AttendanceService attendance;

	private final ProgrammeService programmes;

	private final Registrations registrations;

	private final People people;

	ActivityDemoData(ActivityService activities, RegistrationService registrationService, AttendanceService attendance,
			ProgrammeService programmes, Registrations registrations, People people) {
		this.activities = activities;
		this.registrationService = registrationService;
		this.attendance = attendance;
		this.programmes = programmes;
		this.registrations = registrations;
		this.people = people;
	}

	private Activity activity(Long unitId, Long programmeId, String ar, String fr, Category c, boolean members,
			boolean spouses, boolean children, Integer min, Integer max, int capacity, DayOfWeek day, LocalDate start,
			LocalDate end, boolean publish) {
		ActivityForm f = new ActivityForm();
		f.setUnitId(unitId);
		f.setProgrammeId(programmeId);
		f.setTitleAr(ar);
		f.setTitleFr(fr);
		f.setCategory(c);
		f.setForMembers(members);
		f.setForSpouses(spouses);
		f.setForChildren(children);
		f.setMinAge(min);
		f.setMaxAge(max);
		f.setCapacity(capacity);
		f.setFeeDzd(c == Category.SPORTS ? 500 : null);
		f.setDayOfWeek(day.getValue());
		f.setStartTime(LocalTime.of(14, 0));
		f.setDurationMinutes(90);
		f.setStartDate(start);
		f.setEndDate(end);
		Activity a = activities.create(f);
		return publish ? activities.publish(a.getId()) : a;
	}

	/** Registers the first eligible children of the given families (silently skipping the ineligible). */
	private List<Registration> registerChildren(Activity a, List<Member> families, int max) {
		List<Registration> done = new ArrayList<>();
		for (Member m : families) {
			for (FamilyMember f : people.familyOf(m.getId())) {
				if (done.size() >= max) {
					return done;
				}
				// checked first: a refusal inside the seeding transaction would roll all of it back
				if (a.accepts(Participants.of(m, f), LocalDate.now())
						&& !registrations.existsLive(a.getId(), m.getId(), f.getId())) {
					done.add(registrationService.register(a.getId(), null, m.getMatricule(), f.getId()));
				}
			}
		}
		return done;
	}

	void seedAlgiers(Algiers g, Members m, LocalDate today) {
		Long ccl = g.ccl();
		Member me = g.me();
		List<Member> algiers = g.families();

		// annual programme with the centre's trained staff
		Programme p = programmes.createProgramme(ccl, today.getYear(), "البرنامج الثقافي والترفيهي " + today.getYear(),
				"Programme culturel, sportif et éducatif des familles de la Sûreté de wilaya d’Alger.");
		int k = 0;
		for (Member staff : m.byUnit().getOrDefault(ccl, List.of())) {
			programmes.addTrainedStaff(p.getId(), staff.getMatricule(), "CNFPS-BIRKHADEM/" + today.getYear() + "/0" + (++k),
					today.minusMonths(2));
		}

		LocalDate started = today.minusWeeks(5).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
		Activity chess = activity(ccl, p.getId(), "نادي الشطرنج للأطفال", "Club d’échecs des enfants", Category.CULTURAL,
				false, false, true, 9, 15, 4, DayOfWeek.SATURDAY, started, today.plusMonths(4), true);
		registrationService.register(chess.getId(), null, me.getMatricule(), g.yacine().getId());
		registrationService.register(chess.getId(), null, me.getMatricule(), g.meriem().getId());
		registerChildren(chess, algiers, 4); // fills the last places and starts the waiting list
		Activity drawing = activity(ccl, p.getId(), "ورشة الرسم", "Atelier de dessin", Category.CULTURAL, false, false,
				true, 6, 12, 12, DayOfWeek.TUESDAY, today.minusWeeks(3), today.plusMonths(3), true);
		registerChildren(drawing, algiers, 6); // Omar (the member's youngest) is left for the browser journey
		Activity football = activity(ccl, p.getId(), "مدرسة كرة القدم", "École de football", Category.SPORTS, false,
				false, true, 8, 14, 20, DayOfWeek.THURSDAY, today.minusWeeks(4), today.plusMonths(5), true);
		registerChildren(football, algiers, 8);
		Activity fitness = activity(ccl, p.getId(), "الرياضة العائلية", "Sport en famille", Category.SPORTS, true, true,
				false, null, null, 25, DayOfWeek.FRIDAY, today.minusWeeks(2), today.plusMonths(2), true);
		registrationService.register(fitness.getId(), null, me.getMatricule(), null);
		Activity tutoring = activity(ccl, p.getId(), "دروس الدعم المدرسي", "Soutien scolaire", Category.EDUCATIONAL, false,
				false, true, 10, 17, 15, DayOfWeek.SUNDAY, today.minusWeeks(6), today.plusMonths(3), true);
		registerChildren(tutoring, algiers, 6);
		activity(ccl, p.getId(), "ورشة المسرح الصيفية", "Atelier de théâtre d’été", Category.SOCIAL_INTEGRATION, false,
				false, true, 8, 16, 20, DayOfWeek.WEDNESDAY, today.plusMonths(1), today.plusMonths(3), false);

		// attendance of the past sessions, then the survey of those who came
		for (Activity a : List.of(chess, drawing, football, tutoring)) {
			List<Registration> confirmed = registrations.findByActivityIdAndStatusOrderByIdAsc(a.getId(),
					RegistrationStatus.CONFIRMED);
			List<Occurrence> past = activities.occurrences(a.getId()).stream()
				.filter(o -> o.getDay().isBefore(today)).toList();
			for (int i = 0; i < past.size(); i++) {
				int skip = i;
				attendance.recordAttendance(past.get(i).getId(), confirmed.stream()
					.filter(r -> (r.getId() + skip) % 5 != 0).map(Registration::getId).toList());
			}
			int n = 0;
			for (Registration r : confirmed) {
				if (!past.isEmpty() && attendance.attended(r.getId()) && n++ % 2 == 0
						&& !r.getMemberId().equals(me.getId())) {
					r.rate(3 + (int) (r.getId() % 3), r.getId() % 4 != 0, null, true);
				}
			}
		}
	}

	/** The programme of another wilaya's first cultural centre with two activities and their registrations. */
	void seedCentre(Long ccl, String w, List<Member> families) {
		LocalDate today = LocalDate.now();
		Programme p = programmes.createProgramme(ccl, today.getYear(), "Programme " + today.getYear() + " — " + w, null);
		Activity a = activity(ccl, p.getId(), "ورشة الموسيقى", "Atelier de musique", Category.CULTURAL, false, false,
				true, 7, 16, 10, DayOfWeek.SATURDAY, today.minusWeeks(2), today.plusMonths(3), true);
		registerChildren(a, families, 12);
		Activity b = activity(ccl, p.getId(), "السباحة", "Natation", Category.SPORTS, true, true, true, 6, 18, 15,
				DayOfWeek.TUESDAY, today.minusWeeks(1), today.plusMonths(2), true);
		registerChildren(b, families, 8);
	}
}
