package dz.sanad.training;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.people.Member;
import dz.sanad.people.MemberFunction;
import dz.sanad.people.People;
import dz.sanad.platform.Dates;
import dz.sanad.platform.DemoDataContributor;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.territory.Territory;
import dz.sanad.territory.Wilaya;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Demo training data, seeded through the module's own services (so every rule applies and the audit trail shows
 * it): the catalogue, rooms and trainers, needs from several wilayas, and sessions in every state around today —
 * a closed one with certificates, a running one the demo "trainer" teaches, an open one with nominations of
 * Algiers members awaiting the ministry. The national scale adds needs from every wilaya and a 60-trainee session.
 */
@Component
class TrainingDemoData implements DemoDataContributor {

	private final Catalogue catalogue;

	private final TrainingSessions sessions;

	private final TrainingNominations nominations;

	private final Delivery delivery;

	private final TrainingCertificates certificates;

	private final Needs needs;

	private final Organisation organisation;

	private final People people;

	private final Territory territory;

	TrainingDemoData(Catalogue catalogue, TrainingSessions sessions, TrainingNominations nominations,
			Delivery delivery, TrainingCertificates certificates, Needs needs, Organisation organisation,
			People people, Territory territory) {
		this.catalogue = catalogue;
		this.sessions = sessions;
		this.nominations = nominations;
		this.delivery = delivery;
		this.certificates = certificates;
		this.needs = needs;
		this.organisation = organisation;
		this.people = people;
		this.territory = territory;
	}

	@Override
	public String name() {
		return "training";
	}

	@Override
	public int order() {
		return 40;
	}

	private static final SanadUser MINISTRY = new SanadUser(0, "demo-seed", null, "demo", Role.TRAINING_MANAGER,
			null, null, true, false);

	private static final SanadUser DGSN = new SanadUser(0, "demo-seed", null, "demo", Role.DGSN_SOCIAL, null, null,
			true, false);

	private static void as(SanadUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

	@Override
	@Transactional
	public void seed(Scale scale) {
		try {
			as(MINISTRY);
			seedAll(scale);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void seedAll(Scale scale) {
		String[][] domains = { { "SPEC_EDU", "التربية المتخصصة", "Éducation spécialisée" },
				{ "SOCIAL_ASSIST", "المساعدة الاجتماعية", "Assistance sociale" },
				{ "SOCIAL_MEDIATION", "الوساطة الاجتماعية", "Médiation sociale" },
				{ "VOC_REHAB", "إعادة التكييف المهني", "Réadaptation professionnelle" },
				{ "SPORTS_CLUBS", "التسيير التقني للنوادي الرياضية", "Gestion des clubs sportifs" },
				{ "CULT_PROGRAMMES", "تصميم البرامج الثقافية والرياضية", "Conception de programmes culturels et sportifs" },
				{ "TALENTS", "اكتشاف المواهب", "Détection des talents" },
				{ "SUMMER_CAMPS", "تنظيم المخيمات الصيفية والرحلات", "Organisation des colonies et voyages" },
				{ "PARTNERSHIP", "الشراكة مع الجمعيات", "Partenariat avec les associations" },
				{ "CHILD_PEDAGOGY", "بيداغوجيا رعاية الطفولة", "Pédagogie de la petite enfance" },
				{ "PSY_FIRST_AID", "الإسعافات النفسية الأولية", "Premiers secours psychologiques" } };
		Map<String, Long> domain = new HashMap<>();
		for (String[] d : domains) {
			domain.put(d[0], catalogue.saveDomain(null, d[0], d[1], d[2], true).getId());
		}
		Unit birkhadem = organisation.findByCode("CNFPS-BIRKHADEM").orElseThrow();
		Unit constantine = organisation.findByCode("CNFPH-CONSTANTINE").orElseThrow();
		Room a = catalogue.addRoom(MINISTRY, birkhadem.getId(), "Salle A", "القاعة أ", 30);
		Room b = catalogue.addRoom(MINISTRY, birkhadem.getId(), "Salle B", "القاعة ب", 25);
		catalogue.addRoom(MINISTRY, birkhadem.getId(), "Amphithéâtre", "المدرج", 80);
		Room c1 = catalogue.addRoom(MINISTRY, constantine.getId(), "Salle 1", "القاعة 1", 30);
		Trainer nadia = catalogue.addTrainer(MINISTRY, birkhadem.getId(), "نادية بوزيد — Nadia Bouzid", false,
				"Éducation spécialisée", "n.bouzid@cnfps.dz", "+213550000101", "trainer");
		Trainer samir = catalogue.addTrainer(MINISTRY, birkhadem.getId(), "سمير حداد — Samir Haddad", false,
				"Médiation sociale", "s.haddad@cnfps.dz", null, null);
		Trainer leila = catalogue.addTrainer(MINISTRY, birkhadem.getId(), "د. ليلى مزيان — Dr Leila Meziane", true,
				"Psychologie", null, null, null);
		Trainer omar = catalogue.addTrainer(MINISTRY, constantine.getId(), "عمر سعيدي — Omar Saidi", false,
				"Réadaptation professionnelle", null, null, null);

		// needs from several wilayas (as their services would submit them)
		Random rnd = new Random(40);
		int year = LocalDate.now().getYear();
		List<Wilaya> wilayas = territory.wilayas();
		List<String> needWilayas = scale == Scale.NATIONAL ? wilayas.stream().map(Wilaya::getCode).toList()
				: List.of("16", "31", "25", "06", "13", "30");
		MemberFunction[] targets = { MemberFunction.HEAD_CULTURAL_CENTRE, MemberFunction.ASSISTANT_CULTURAL_CENTRE,
				MemberFunction.HEAD_CHILD_CARE, MemberFunction.ASSISTANT_CHILD_CARE, MemberFunction.EDUCATOR,
				MemberFunction.COACH };
		List<Long> needIds = new ArrayList<>();
		int perWilaya = scale == Scale.NATIONAL ? 22 : 3;
		for (String w : needWilayas) {
			Unit sw = organisation.findByCode("SW-" + w).orElse(null);
			if (sw == null) {
				continue;
			}
			for (int i = 0; i < perWilaya; i++) {
				String code = domains[rnd.nextInt(domains.length)][0];
				Need n = needs.save(new Need(sw.getId(), w, targets[rnd.nextInt(targets.length)], domain.get(code),
						1 + rnd.nextInt(6), Priority.values()[rnd.nextInt(3)],
						"احتياج معبر عنه من طرف مصالح الولاية — besoin exprimé par la sûreté de wilaya",
						LocalDate.of(year, 1 + rnd.nextInt(12), 1), null, year, "demo-seed"));
				needIds.add(n.getId());
			}
		}

		Programme p1 = programme("PRG-EDS-01", "التربية المتخصصة لرؤساء مؤسسات الطفولة",
				"Éducation spécialisée pour les chefs d'établissements de l'enfance", ProgrammeType.SPECIALIZED,
				domain.get("SPEC_EDU"), Set.of(), needIds.subList(0, Math.min(3, needIds.size())),
				new String[][] { { "أسس التربية المتخصصة", "Fondements de l'éducation spécialisée", "12" },
						{ "مرافقة الطفل في وضعية إعاقة", "Accompagnement de l'enfant en situation de handicap", "10" },
						{ "العمل مع الأسر", "Travail avec les familles", "8" } });
		Programme p2 = programme("PRG-MED-01", "الوساطة الاجتماعية في المراكز الثقافية",
				"Médiation sociale dans les centres culturels", ProgrammeType.QUALIFYING, domain.get("SOCIAL_MEDIATION"),
				Set.of(), List.of(), new String[][] { { "تقنيات الوساطة", "Techniques de médiation", "12" },
						{ "تسيير النزاعات", "Gestion des conflits", "12" } });
		Programme p3 = programme("PRG-PSY-01", "الإسعافات النفسية الأولية", "Premiers secours psychologiques",
				ProgrammeType.REFRESHER, domain.get("PSY_FIRST_AID"), Set.of(), List.of(),
				new String[][] { { "التعرف على الضيق النفسي", "Reconnaître la détresse psychologique", "6" },
						{ "الإصغاء والتوجيه", "Écoute et orientation", "6" } });
		programme("PRG-CLUB-01", "التسيير التقني للنوادي الرياضية", "Gestion technique des clubs sportifs",
				ProgrammeType.QUALIFYING, domain.get("SPORTS_CLUBS"), EnumSet.of(MemberFunction.COACH,
						MemberFunction.HEAD_CULTURAL_CENTRE), List.of(),
				new String[][] { { "تنظيم النادي", "Organisation du club", "10" } });

		// Algiers members to nominate (heads and assistants first)
		List<Member> algiers = new ArrayList<>(people.lookup(DGSN, null, "16", 60));
		algiers.sort(java.util.Comparator.comparing((Member m) -> m.getFunction() == MemberFunction.OPERATIONAL
				|| m.getFunction() == MemberFunction.ADMINISTRATIVE).thenComparing(Member::getMatricule));
		algiers.removeIf(m -> "M-16-0001".equals(m.getMatricule()));
		// the calendar rules hold: the closed session is over, the running one has begun (Algiers' today)
		LocalDate weekStart = Dates.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));

		// a closed session with attendance, scores and certificates
		Session closed = session("CNFPS-" + year + "-01", p1, birkhadem, a, weekStart.minusWeeks(8), 5, 20);
		assign(closed, p1, nadia, samir);
		List<Nomination> closedTrainees = nominateAndAccept(closed, algiers.subList(0, Math.min(6, algiers.size())));
		sessions.move(closed.getId(), TrainingSessions.Move.CONFIRM, null);
		sessions.move(closed.getId(), TrainingSessions.Move.START, null);
		for (LocalDate day : closed.days()) {
			Map<Long, Map<String, AttendanceStatus>> marks = new HashMap<>();
			for (int i = 0; i < closedTrainees.size(); i++) {
				// the last trainee misses most of the session: not completed
				AttendanceStatus st = i == closedTrainees.size() - 1 && day.isAfter(closed.getStartDate())
						? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT;
				marks.put(closedTrainees.get(i).getId(), Map.of("AM", st, "PM", st));
			}
			delivery.recordAttendance(closed.getId(), day, marks);
		}
		for (ProgrammeModule m : catalogue.modules(p1.getId())) {
			Map<Long, Delivery.Scores> scores = new HashMap<>();
			for (int i = 0; i < closedTrainees.size(); i++) {
				scores.put(closedTrainees.get(i).getId(), new Delivery.Scores(6.0 + i, 11.0 + i));
			}
			delivery.recordScores(closed.getId(), m.getId(), scores);
		}
		sessions.move(closed.getId(), TrainingSessions.Move.CLOSE, null);
		certificates.issue(closed.getId());

		// a running session this week, taught by the demo trainer
		int from = Math.min(6, algiers.size());
		Session running = session("CNFPS-" + year + "-02", p2, birkhadem, b, weekStart, 5, 20);
		assign(running, p2, nadia, leila);
		nominateAndAccept(running, algiers.subList(from, Math.min(from + 6, algiers.size())));
		sessions.move(running.getId(), TrainingSessions.Move.CONFIRM, null);
		sessions.move(running.getId(), TrainingSessions.Move.START, null);

		// an open session with quotas and Algiers nominations awaiting the ministry
		from = Math.min(from + 6, algiers.size());
		Session open = session("CNFPS-" + (year + 1) + "-01", p3, birkhadem, a, weekStart.plusWeeks(6), 4, 24);
		assign(open, p3, nadia, samir);
		sessions.setQuotas(open.getId(), Map.of("16", 6, "31", 4, "25", 4, "06", 3, "13", 3));
		sessions.move(open.getId(), TrainingSessions.Move.OPEN, null);
		as(DGSN);
		for (Member m : algiers.subList(from, Math.min(from + 4, algiers.size()))) {
			nominations.nominate(open.getId(), m.getId());
		}
		as(MINISTRY);

		// Constantine: a confirmed session; a draft; a cancelled one
		Session confirmed = session("CNFPH-" + year + "-01", p2, constantine, c1, weekStart.plusWeeks(2), 5, 20);
		assign(confirmed, p2, omar, omar);
		List<Member> constantineMembers = people.lookup(DGSN, null, "25", 4);
		nominateAndAccept(confirmed, constantineMembers);
		sessions.move(confirmed.getId(), TrainingSessions.Move.CONFIRM, null);
		session("CNFPS-" + (year + 1) + "-02", p1, birkhadem, b, weekStart.plusWeeks(10), 5, 20);
		Session cancelled = session("CNFPH-" + year + "-02", p3, constantine, c1, weekStart.plusWeeks(4), 3, 15);
		sessions.move(cancelled.getId(), TrainingSessions.Move.CANCEL,
				"تعذر توفير المكوّن — formateur indisponible");

		if (scale == Scale.NATIONAL) {
			// the benchmark's session page: 60 trainees from every wilaya
			Session big = session("CNFPS-" + (year + 1) + "-60", p2, birkhadem, null, weekStart.plusWeeks(14), 5, 60);
			List<Member> trainees = new ArrayList<>();
			for (Wilaya w : wilayas) {
				trainees.addAll(people.lookup(DGSN, null, w.getCode(), 1));
				if (trainees.size() >= 60) {
					break;
				}
			}
			nominateAndAccept(big, trainees);
		}
	}

	private Programme programme(String code, String ar, String fr, ProgrammeType type, Long domainId,
			Set<MemberFunction> functions, List<Long> needIds, String[][] modules) {
		Programme p = catalogue.saveProgramme(null, new Catalogue.ProgrammeForm(code, ar, fr,
				"تمكين المشاركين من المعارف والأدوات العملية", "Donner aux participants les savoirs et outils pratiques",
				type, domainId, functions, "خبرة سنتين في المنصب — deux ans d'expérience dans le poste",
				new java.util.HashSet<>(needIds)));
		for (String[] m : modules) {
			catalogue.addModule(p.getId(), m[0], m[1], Integer.valueOf(m[2]));
		}
		return p;
	}

	private Session session(String code, Programme p, Unit centre, Room room, LocalDate start, int days,
			int capacity) {
		Session s = sessions.create(new TrainingSessions.SessionForm(code, p.getId(), centre.getId(),
				room == null ? null : room.getId(), start, start.plusDays(days - 1), capacity));
		return s;
	}

	private void assign(Session s, Programme p, Trainer first, Trainer others) {
		List<ProgrammeModule> modules = catalogue.modules(p.getId());
		for (int i = 0; i < modules.size(); i++) {
			sessions.assignTrainer(s.getId(), modules.get(i).getId(), (i == 0 ? first : others).getId());
		}
	}

	private List<Nomination> nominateAndAccept(Session s, List<Member> members) {
		if (s.getState() == SessionState.DRAFT) {
			if (s.getRoomId() == null) {
				// the benchmark session seats 60: it takes the amphitheatre
				catalogue.rooms(MINISTRY).stream().filter(r -> r.getCentreId().equals(s.getCentreId())
						&& r.getCapacity() >= s.getCapacity()).findFirst()
					.ifPresent(r -> sessions.update(s.getId(), new TrainingSessions.SessionForm(s.getCode(),
							s.getProgrammeId(), s.getCentreId(), r.getId(), s.getStartDate(), s.getEndDate(),
							s.getCapacity())));
			}
			sessions.move(s.getId(), TrainingSessions.Move.OPEN, null);
		}
		List<Nomination> out = new ArrayList<>();
		as(DGSN);
		for (Member m : members) {
			out.add(nominations.nominate(s.getId(), m.getId()));
		}
		as(MINISTRY);
		for (Nomination n : out) {
			nominations.accept(n.getId());
		}
		return out;
	}
}
