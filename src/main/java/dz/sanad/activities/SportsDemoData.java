package dz.sanad.activities;

import dz.sanad.activities.ActivitiesDemoData.Algiers;
import dz.sanad.activities.ActivitiesDemoData.Members;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Demo sports club sections (coaches, athletes, one medical certificate expired, medals) and talents. */
@Component
class SportsDemoData {

	private final ClubService clubs;

	private final AthleteService athleteService;

	private final CompetitionService competitionService;

	private final TalentService talents;

	private final People people;

	SportsDemoData(ClubService clubs, AthleteService athleteService, CompetitionService competitionService, TalentService talents, People people) {
		this.clubs = clubs;
		this.athleteService = athleteService;
		this.competitionService = competitionService;
		this.talents = talents;
		this.people = people;
	}

	/** A karate section at the cultural centre and the Algiers police sports club. */
	void seedClubs(Algiers g, Members m, LocalDate today) {
		Long ccl = g.ccl();
		Long club = g.club();
		Member me = g.me();
		List<Member> algiers = g.families();
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
		athleteService.addAthlete(judo.getId(), me.getMatricule(), g.yacine().getId(), "JUDO-16-0001", season, today.minusDays(10), null);
		athleteService.addAthlete(karate.getId(), me.getMatricule(), g.meriem().getId(), "KAR-16-0001", season, today.plusDays(12), null);
		int lic = 2;
		List<Long> judoka = new ArrayList<>();
		for (Member member : algiers) {
			for (FamilyMember f : people.familyOf(member.getId())) {
				if (!f.isChild() || f.ageOn(today) < 7 || f.ageOn(today) > 19 || lic > 40) {
					continue;
				}
				ClubSection s = lic % 3 == 0 ? judo : lic % 3 == 1 ? football16 : karate;
				Long id = athleteService.addAthlete(s.getId(), member.getMatricule(), f.getId(), s.getDiscipline().substring(0, 3) + "-16-"
						+ String.format("%04d", lic), season, today.plusDays(lic * 11L - 60), s == football16 ? u13 : null);
				if (s == judo) {
					judoka.add(id);
				}
				lic++;
			}
		}
		for (int y = 2; y >= 0; y--) {
			Long comp = competitionService.addCompetition(judo.getId(), "Championnat de wilaya de judo " + (today.getYear() - y),
					y == 0 ? "NATIONAL" : "REGIONAL", today.minusYears(y).minusMonths(1), "Alger");
			for (int r = 0; r < Math.min(judoka.size(), 4); r++) {
				competitionService.addResult(comp, judoka.get((r + y) % judoka.size()), null, r + 1);
			}
			Long match = competitionService.addCompetition(football16.getId(), "Tournoi inter-sûretés U13 " + (today.getYear() - y),
					"REGIONAL", today.minusYears(y).minusMonths(2), "Blida");
			competitionService.addResult(match, null, u13, 1 + y % 3);
		}
	}

	/** The member's daughter (with her guardian's consent) and other children of Algiers families. */
	void seedTalents(Algiers g, LocalDate today) {
		Long ccl = g.ccl();
		Member me = g.me();
		List<Member> algiers = g.families();
		var domains = talents.domains(true).stream().collect(Collectors.toMap(TalentService.Domain::code, d -> d.id()));
		Talent t = talents.register(ccl, me.getMatricule(), g.meriem().getId(), domains.get("DRAWING"),
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
	}
}
