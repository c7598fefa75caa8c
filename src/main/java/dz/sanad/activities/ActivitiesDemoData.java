package dz.sanad.activities;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.DemoDataContributor;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Demo data for every activities page: programmes and activities at CCL-16-1 and a few other centres (with the demo
 * member's children registered, a waiting list, attendance and survey answers), a sports club with sections,
 * athletes (one medical certificate expired), competitions and medals, talents with guardian consent, child-care
 * groups at EPE-16-1 with enrolments, associations and partnerships (one about to expire). It goes through the
 * services as a national "demo-seed" user, so the same rules and the audit trail apply. At the national scale it
 * adds a million registrations in bulk SQL for the benchmark.
 */
@Component
class ActivitiesDemoData implements DemoDataContributor {

	private static final Logger log = LoggerFactory.getLogger(ActivitiesDemoData.class);

	/** Wilayas whose families get demo registrations (the others stay empty, which keeps start-up short). */
	static final java.util.Set<String> SEEDED_WILAYAS = java.util.Set.of("16", "31", "25", "06");

	private final ActivityService activities;

	private final ClubService clubs;

	private final TalentService talents;

	private final ChildCareService care;

	private final AssociationService associations;

	private final Registrations registrations;

	private final Organisation organisation;

	private final People people;

	private final JdbcClient jdbc;

	@jakarta.persistence.PersistenceContext
	private jakarta.persistence.EntityManager em;

	ActivitiesDemoData(ActivityService activities, ClubService clubs, TalentService talents, ChildCareService care,
			AssociationService associations, Registrations registrations, Organisation organisation, People people,
			JdbcClient jdbc) {
		this.activities = activities;
		this.clubs = clubs;
		this.talents = talents;
		this.care = care;
		this.associations = associations;
		this.registrations = registrations;
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
				bulkRegistrations(1_000_000);
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

	/** Members by establishment and by wilaya, found through the people API (matricules are sequential). */
	record Members(Map<Long, List<Member>> byUnit, Map<String, List<Member>> withChildrenByWilaya) {
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
					done.add(activities.register(a.getId(), null, m.getMatricule(), f.getId()));
				}
			}
		}
		return done;
	}

	private void seedWilaya16(Members m) {
		LocalDate today = LocalDate.now();
		Long ccl = unit("CCL-16-1");
		Long epe = unit("EPE-16-1");
		Long club = unit("CLUB-16-1");
		Member me = people.byMatricule("M-16-0001").orElseThrow();
		List<FamilyMember> family = people.familyOf(me.getId());
		FamilyMember yacine = family.stream().filter(f -> "Yacine".equals(f.getFirstNameLat())).findFirst().orElseThrow();
		FamilyMember meriem = family.stream().filter(f -> "Meriem".equals(f.getFirstNameLat())).findFirst().orElseThrow();
		FamilyMember omar = family.stream().filter(f -> "Omar".equals(f.getFirstNameLat())).findFirst().orElseThrow();
		List<Member> algiers = m.withChildrenByWilaya().getOrDefault("16", List.of());

		// annual programme with the centre's trained staff
		Programme p = activities.createProgramme(ccl, today.getYear(), "البرنامج الثقافي والترفيهي " + today.getYear(),
				"Programme culturel, sportif et éducatif des familles de la Sûreté de wilaya d’Alger.");
		int k = 0;
		for (Member staff : m.byUnit().getOrDefault(ccl, List.of())) {
			activities.addTrainedStaff(p.getId(), staff.getMatricule(), "CNFPS-BIRKHADEM/" + today.getYear() + "/0" + (++k),
					today.minusMonths(2));
		}

		LocalDate started = today.minusWeeks(5).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
		Activity chess = activity(ccl, p.getId(), "نادي الشطرنج للأطفال", "Club d’échecs des enfants", Category.CULTURAL,
				false, false, true, 9, 15, 4, DayOfWeek.SATURDAY, started, today.plusMonths(4), true);
		activities.register(chess.getId(), null, me.getMatricule(), yacine.getId());
		activities.register(chess.getId(), null, me.getMatricule(), meriem.getId());
		registerChildren(chess, algiers, 4); // fills the last places and starts the waiting list
		Activity drawing = activity(ccl, p.getId(), "ورشة الرسم", "Atelier de dessin", Category.CULTURAL, false, false,
				true, 6, 12, 12, DayOfWeek.TUESDAY, today.minusWeeks(3), today.plusMonths(3), true);
		registerChildren(drawing, algiers, 6); // Omar (the member's youngest) is left for the browser journey
		Activity football = activity(ccl, p.getId(), "مدرسة كرة القدم", "École de football", Category.SPORTS, false,
				false, true, 8, 14, 20, DayOfWeek.THURSDAY, today.minusWeeks(4), today.plusMonths(5), true);
		registerChildren(football, algiers, 8);
		Activity fitness = activity(ccl, p.getId(), "الرياضة العائلية", "Sport en famille", Category.SPORTS, true, true,
				false, null, null, 25, DayOfWeek.FRIDAY, today.minusWeeks(2), today.plusMonths(2), true);
		activities.register(fitness.getId(), null, me.getMatricule(), null);
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
				activities.recordAttendance(past.get(i).getId(), confirmed.stream()
					.filter(r -> (r.getId() + skip) % 5 != 0).map(Registration::getId).toList());
			}
			int n = 0;
			for (Registration r : confirmed) {
				if (!past.isEmpty() && activities.attended(r.getId()) && n++ % 2 == 0
						&& !r.getMemberId().equals(me.getId())) {
					r.rate(3 + (int) (r.getId() % 3), r.getId() % 4 != 0, null, true);
				}
			}
		}
		detach(); // flushed first, or the managed registrations would write their dates back
		// registrations spread over the past months, as they happened through the year
		jdbc.sql("update activities_registration set registered_at = registered_at - (id * 7 % 300) * interval '1 day' where unit_id = ?")
			.param(ccl).update();

		// a karate section at the cultural centre and the Algiers police sports club
		ClubSection karate = clubs.createSection(ccl, "KARATE", "فرع الكاراتي", "Section karaté");
		ClubSection football16 = clubs.createSection(club, "FOOTBALL", "فرع كرة القدم", "Section football");
		ClubSection judo = clubs.createSection(club, "JUDO", "فرع الجودو", "Section judo");
		for (ClubSection s : List.of(karate, football16, judo)) {
			List<Member> coaches = m.byUnit().getOrDefault(s.getUnitId(), List.of());
			if (!coaches.isEmpty()) {
				clubs.addCoach(s.getId(), coaches.get(0).getMatricule(), "Brevet d’entraîneur " + s.getDiscipline(),
						"LEVEL_2", today.plusYears(2));
			}
		}
		String season = clubs.seasons().get(2);
		Long u13 = clubs.addTeam(football16.getId(), "Amal Chorta U13", "U13");
		clubs.addAthlete(judo.getId(), me.getMatricule(), yacine.getId(), "JUDO-16-0001", season, today.minusDays(10), null);
		clubs.addAthlete(karate.getId(), me.getMatricule(), meriem.getId(), "KAR-16-0001", season, today.plusDays(12), null);
		int lic = 2;
		List<Long> judoka = new ArrayList<>();
		for (Member member : algiers) {
			for (FamilyMember f : people.familyOf(member.getId())) {
				if (!f.isChild() || f.ageOn(today) < 7 || f.ageOn(today) > 19 || lic > 40) {
					continue;
				}
				ClubSection s = lic % 3 == 0 ? judo : lic % 3 == 1 ? football16 : karate;
				Long id = clubs.addAthlete(s.getId(), member.getMatricule(), f.getId(), s.getDiscipline().substring(0, 3) + "-16-"
						+ String.format("%04d", lic), season, today.plusDays(lic * 11L - 60), s == football16 ? u13 : null);
				if (s == judo) {
					judoka.add(id);
				}
				lic++;
			}
		}
		for (int y = 2; y >= 0; y--) {
			Long comp = clubs.addCompetition(judo.getId(), "Championnat de wilaya de judo " + (today.getYear() - y),
					y == 0 ? "NATIONAL" : "REGIONAL", today.minusYears(y).minusMonths(1), "Alger");
			for (int r = 0; r < Math.min(judoka.size(), 4); r++) {
				clubs.addResult(comp, judoka.get((r + y) % judoka.size()), null, r + 1);
			}
			Long match = clubs.addCompetition(football16.getId(), "Tournoi inter-sûretés U13 " + (today.getYear() - y),
					"REGIONAL", today.minusYears(y).minusMonths(2), "Blida");
			clubs.addResult(match, null, u13, 1 + y % 3);
		}

		detach();

		// talents: the member's daughter (with her guardian's consent) and other children of Algiers families
		var domains = talents.domains(true).stream().collect(Collectors.toMap(TalentService.Domain::code, d -> d.id()));
		Talent t = talents.register(ccl, me.getMatricule(), meriem.getId(), domains.get("DRAWING"),
				"Dessin et peinture : couleurs, perspective.", true, "SIGNED_FORM");
		talents.updatePlan(t.getId(), "Atelier hebdomadaire, exposition au centre en fin d’année, concours national.");
		talents.addEvaluation(t.getId(), today.minusMonths(3), "Mme Haddad, éducatrice", 7, "Très bon sens des couleurs.");
		talents.addEvaluation(t.getId(), today.minusWeeks(2), "Mme Haddad, éducatrice", 8, "Progrès en perspective.");
		talents.addShowcase(t.getId(), today.minusWeeks(6), "Exposition de printemps", "CCL-16-1");
		int tk = 0;
		for (Member member : algiers) {
			for (FamilyMember f : people.familyOf(member.getId())) {
				if (f.isChild() && tk < 6 && f.ageOn(today) >= 6 && f.ageOn(today) <= 17) {
					String d = List.of("MUSIC", "QURAN", "THEATRE", "SCIENCES", "SPORT", "DRAWING").get(tk++);
					Talent x = talents.register(ccl, member.getMatricule(), f.getId(), domains.get(d), null, true, "IN_PERSON");
					talents.addEvaluation(x.getId(), today.minusMonths(1), "Encadrant du centre", 5 + tk % 5, null);
				}
			}
		}

		detach();

		// child care at EPE-16-1: three age groups, applications ranked by priority, enrolled children
		CareGroup creche = care.createGroup(epe, "الحضانة — Crèche", 3, 36, 12, 4, 3);
		CareGroup garden = care.createGroup(epe, "روضة الأطفال — Jardin d’enfants", 36, 72, 20, 10, 2);
		CareGroup after = care.createGroup(epe, "الاستقبال بعد المدرسة — Périscolaire", 72, 144, 15, 15, 1);
		care.setRules(epe, Map.of("MARTYR_CHILD", 60, "ORPHAN", 40, "DISABILITY", 25, "SIBLING_ENROLLED", 10));
		CareApplication omarApp = care.submit(after, Participants.of(me, omar));
		for (Member member : algiers) {
			for (FamilyMember f : people.familyOf(member.getId())) {
				if (!f.isChild() || f.getBirthDate() == null) {
					continue;
				}
				int months = java.time.Period.between(f.getBirthDate(), today).getYears() * 12
						+ java.time.Period.between(f.getBirthDate(), today).getMonths();
				CareGroup g = creche.fitsAge(months) ? creche : garden.fitsAge(months) ? garden : after.fitsAge(months) ? after : null;
				if (g != null) {
					care.submit(g, Participants.of(member, f));
				}
			}
		}
		for (CareGroup g : List.of(creche, garden, after)) {
			care.allocate(g.getId());
			for (int d = 1; d <= 5; d++) {
				LocalDate day = today.minusDays(d);
				if (day.getDayOfWeek() == DayOfWeek.FRIDAY || day.getDayOfWeek() == DayOfWeek.SATURDAY) {
					continue; // the weekend in Algeria
				}
				List<Long> enrolled = care.attendance(g.getId(), day).stream().map(l -> l.child().getId()).toList();
				int dd = d;
				care.recordAttendance(g.getId(), day, enrolled.stream().filter(id -> (id + dd) % 6 != 0).toList());
			}
		}
		care.addPickup(omarApp.getId(), "نسيمة حداد — Nassima Haddad", "Mère", "+213550123457", "119880160000654321");
		care.addIncident(omarApp.getId(), java.time.Instant.now().minus(java.time.Duration.ofDays(3)), "INJURY",
				"Chute légère dans la cour, genou égratigné.", "Désinfection, surveillance.", true);

		// associations and partnerships (one expires within the reminder window)
		Association amel = associations.createAssociation(ccl, "16-ASS-2019-0412", "جمعية الأمل للطفولة — El Amel",
				"CHILDHOOD", "Samia Belkacem", "+213661234567", "contact@elamel.example.dz");
		Partnership expiring = associations.createPartnership(amel.getId(), "Ateliers de lecture pour enfants",
				today.minusYears(1), today.plusDays(20), "Ateliers de lecture le samedi au centre.",
				"Le centre fournit la salle ; l’association anime deux ateliers par mois.", "ccl16@sanad.example.dz");
		associations.addJointActivity(expiring.getId(), "Journée du livre", today.minusMonths(2), 45);
		Association nour = associations.createAssociation(ccl, "16-ASS-2021-0088", "جمعية النور لذوي الاحتياجات الخاصة — En Nour",
				"DISABILITY", "Rachid Meziane", "+213662345678", null);
		Partnership inclusive = associations.createPartnership(nour.getId(), "Sport adapté", today.minusMonths(6),
				today.plusYears(1), "Séances de sport adapté pour les enfants en situation de handicap.",
				"Encadrement par deux éducateurs spécialisés.", "ccl16@sanad.example.dz");
		associations.addJointActivity(inclusive.getId(), "Olympiades adaptées", today.minusMonths(1), 30);
		Association sport = associations.createAssociation(club, "16-ASS-2015-0301", "الرابطة الولائية للجودو — Ligue de judo",
				"SPORT", "Karim Saidi", null, "ligue.judo16@example.dz");
		associations.createPartnership(sport.getId(), "Stages techniques", today.minusYears(2), today.minusMonths(1),
				"Stages techniques pour les judokas du club.", null, "club16@sanad.example.dz");
	}

	private void seedOtherCentres(Members m) {
		LocalDate today = LocalDate.now();
		for (String w : List.of("31", "25", "06")) {
			Long ccl = unit("CCL-" + w + "-1");
			if (ccl == null) {
				continue;
			}
			Programme p = activities.createProgramme(ccl, today.getYear(), "Programme " + today.getYear() + " — " + w, null);
			Activity a = activity(ccl, p.getId(), "ورشة الموسيقى", "Atelier de musique", Category.CULTURAL, false, false,
					true, 7, 16, 10, DayOfWeek.SATURDAY, today.minusWeeks(2), today.plusMonths(3), true);
			registerChildren(a, m.withChildrenByWilaya().getOrDefault(w, List.of()), 12);
			Activity b = activity(ccl, p.getId(), "السباحة", "Natation", Category.SPORTS, true, true, true, 6, 18, 15,
					DayOfWeek.TUESDAY, today.minusWeeks(1), today.plusMonths(2), true);
			registerChildren(b, m.withChildrenByWilaya().getOrDefault(w, List.of()), 8);
			associations.createAssociation(ccl, w + "-ASS-2020-0" + w, "Association culturelle " + w, "CULTURE", null, null, null);
		}
	}

	/**
	 * The benchmark's volume: activities at every establishment and {@code total} registrations, written with bulk
	 * SQL (minutes through the service, seconds this way). Participants are synthetic (member ids from 10,000,000),
	 * names and birth dates spread so pyramids and searches look real; counters are set to match.
	 */
	void bulkRegistrations(int total) {
		List<Unit> units = organisation.activeOfKinds(UnitKind.ESTABLISHMENTS);
		String values = units.stream().map(u -> "(" + u.getId() + ",'" + u.getWilayaCode() + "')")
			.collect(Collectors.joining(","));
		int perUnit = 20;
		jdbc.sql("""
				insert into activities_activity (unit_id, wilaya_code, title_ar, title_fr, category, for_members,
				  for_spouses, for_children, min_age, max_age, capacity, day_of_week, start_time, duration_minutes,
				  start_date, end_date, status)
				select u.id, u.w, 'نشاط رقم ' || g, 'Activité n° ' || g,
				  (array['CULTURAL','SPORTS','EDUCATIONAL','SOCIAL_INTEGRATION'])[1 + g %% 4], true, true, true, 4, 17,
				  180, 1 + g %% 7, time '16:00', 90, current_date - 90 + g, current_date + 120, 'PUBLISHED'
				from (values %s) u(id, w), generate_series(1, %d) g""".formatted(values, perUnit)).update();
		int activitiesCount = units.size() * perUnit;
		int per = (total + activitiesCount - 1) / activitiesCount;
		jdbc.sql("""
				insert into activities_registration (activity_id, unit_id, member_id, family_member_id, relation,
				  participant_name_ar, participant_name_lat, birth_date, sex, status, registered_by, registered_at)
				select a.id, a.unit_id, 10000000 + (a.id * %1$d + s) / 3, 10000000 + a.id * %1$d + s, 'CHILD',
				  (array['ياسين','مريم','عمر','أمينة','يوسف','سارة'])[1 + s %% 6] || ' ' ||
				    (array['بن علي','حداد','سعيدي','بلقاسم','مزيان'])[1 + ((a.id + s) %% 5)::int],
				  (array['Yacine','Meriem','Omar','Amina','Youcef','Sarah'])[1 + s %% 6] || ' ' ||
				    (array['BENALI','HADDAD','SAIDI','BELKACEM','MEZIANE'])[1 + ((a.id + s) %% 5)::int],
				  current_date - (1500 + (a.id * 37 + s * 101) %% 4700)::int, case when s %% 2 = 0 then 'M' else 'F' end,
				  case when s <= a.capacity then 'CONFIRMED' else 'WAITING' end, 'bench',
				  now() - ((a.id + s * 7) %% 330) * interval '1 day'
				from activities_activity a, generate_series(1, %1$d) s
				where a.title_fr like 'Activité n° %%' and a.confirmed_count = 0 and a.waiting_count = 0""".formatted(per))
			.update();
		jdbc.sql("""
				update activities_activity a set confirmed_count = least(%1$d, capacity),
				  waiting_count = greatest(0, %1$d - capacity) where a.title_fr like 'Activité n° %%'""".formatted(per)).update();
		jdbc.sql("analyze activities_registration").update();
		jdbc.sql("analyze activities_activity").update();
		log.info("Bulk activities data: {} activities, {} registrations", activitiesCount, (long) per * activitiesCount);
	}
}
