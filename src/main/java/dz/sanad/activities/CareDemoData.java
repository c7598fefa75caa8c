package dz.sanad.activities;

import dz.sanad.activities.ActivitiesDemoData.Algiers;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/** Demo child-care groups at EPE-16-1 with enrolments, and associations with partnerships (one about to expire). */
@Component
class CareDemoData {

	private final ChildCareService care;

	private final CareApplicationService applications;

	private final CareDayService careDays;

	private final AssociationService associations;

	private final People people;

	CareDemoData(ChildCareService care, CareApplicationService applications, CareDayService careDays, AssociationService associations, People people) {
		this.care = care;
		this.applications = applications;
		this.careDays = careDays;
		this.associations = associations;
		this.people = people;
	}

	/** Three age groups, applications ranked by priority, enrolled children with their attendance. */
	void seedChildCare(Algiers g, LocalDate today) {
		Long epe = g.epe();
		Member me = g.me();
		List<Member> algiers = g.families();
		CareGroup creche = care.createGroup(epe, "الحضانة — Crèche", 3, 36, 12, 4, 3);
		CareGroup garden = care.createGroup(epe, "روضة الأطفال — Jardin d’enfants", 36, 72, 20, 10, 2);
		CareGroup after = care.createGroup(epe, "الاستقبال بعد المدرسة — Périscolaire", 72, 144, 15, 15, 1);
		care.setRules(epe, Map.of("MARTYR_CHILD", 60, "ORPHAN", 40, "DISABILITY", 25, "SIBLING_ENROLLED", 10));
		CareApplication omarApp = applications.submit(after, Participants.of(me, g.omar()));
		for (Member member : algiers) {
			for (FamilyMember f : people.familyOf(member.getId())) {
				if (!f.isChild() || f.getBirthDate() == null) {
					continue;
				}
				int months = Period.between(f.getBirthDate(), today).getYears() * 12
						+ Period.between(f.getBirthDate(), today).getMonths();
				CareGroup group = creche.fitsAge(months) ? creche : garden.fitsAge(months) ? garden : after.fitsAge(months) ? after : null;
				if (group != null) {
					applications.submit(group, Participants.of(member, f));
				}
			}
		}
		for (CareGroup cg : List.of(creche, garden, after)) {
			applications.allocate(cg.getId());
			for (int d = 1; d <= 5; d++) {
				LocalDate day = today.minusDays(d);
				if (day.getDayOfWeek() == DayOfWeek.FRIDAY || day.getDayOfWeek() == DayOfWeek.SATURDAY) {
					continue; // the weekend in Algeria
				}
				List<Long> enrolled = careDays.attendance(cg.getId(), day).stream().map(l -> l.child().getId()).toList();
				int dd = d;
				careDays.recordAttendance(cg.getId(), day, enrolled.stream().filter(id -> (id + dd) % 6 != 0).toList());
			}
		}
		careDays.addPickup(omarApp.getId(), "نسيمة حداد — Nassima Haddad", "Mère", "+213550123457", "119880160000654321");
		careDays.addIncident(omarApp.getId(), Instant.now().minus(Duration.ofDays(3)), "INJURY",
				"Chute légère dans la cour, genou égratigné.", "Désinfection, surveillance.", true);
	}

	/** Associations and partnerships (one expires within the reminder window). */
	void seedAssociations(Algiers g, LocalDate today) {
		Long ccl = g.ccl();
		Long club = g.club();
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

	/** A cultural association at another wilaya's first cultural centre. */
	void seedCentre(Long ccl, String w) {
		associations.createAssociation(ccl, w + "-ASS-2020-0" + w, "Association culturelle " + w, "CULTURE", null, null, null);
	}
}
