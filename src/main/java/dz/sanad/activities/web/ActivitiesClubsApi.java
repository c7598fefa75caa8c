package dz.sanad.activities.web;

import dz.sanad.activities.AthleteService;
import dz.sanad.activities.ClubSection;
import dz.sanad.activities.ClubService;
import dz.sanad.activities.CompetitionService;
import dz.sanad.activities.Talent;
import dz.sanad.activities.TalentService;
import dz.sanad.platform.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
/** The REST API of sports club sections and talents (see {@link ActivitiesApi}). */
@RestController
@RequestMapping("/api/activities")
class ActivitiesClubsApi {

	record TalentRequest(Long unitId, String matricule, Long familyMemberId, Long domainId, String description,
			boolean consent, String consentMethod) {
	}

	record SectionView(ClubSection section, Map<String, Integer> headcounts, Map<String, int[]> agePyramid,
			Map<Integer, int[]> medalsByYear, List<ClubService.Coach> coaches, List<ClubService.Team> teams,
			List<AthleteService.Athlete> athletes, List<CompetitionService.Competition> competitions,
			List<CompetitionService.Result> results) {
	}

	private final ClubService clubs;

	private final AthleteService athleteService;

	private final CompetitionService competitionService;

	private final TalentService talents;

	ActivitiesClubsApi(ClubService clubs, AthleteService athleteService, CompetitionService competitionService,
			TalentService talents) {
		this.clubs = clubs;
		this.athleteService = athleteService;
		this.competitionService = competitionService;
		this.talents = talents;
	}

	// ---- clubs

	@GetMapping("/clubs")
	List<ClubSection> sections(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String discipline) {
		return clubs.sections(unitId, discipline);
	}

	@GetMapping("/clubs/{id}")
	SectionView section(@PathVariable Long id) {
		return new SectionView(clubs.section(id), athleteService.headcounts(id), athleteService.agePyramid(id),
				competitionService.medalsByYear(id), clubs.coaches(id), clubs.teams(id), athleteService.athletes(id),
				competitionService.competitions(id), competitionService.results(id));
	}

	@GetMapping("/clubs/athletes")
	List<AthleteService.Athlete> athletes(AthleteService.AthleteFilter filter) {
		return athleteService.searchAthletes(filter);
	}

	// ---- talents

	@GetMapping("/talents")
	Page<Talent> talents(TalentService.TalentFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return talents.search(filter, Paging.of(page, size, Sort.by("nameAr")));
	}

	@GetMapping("/talents/{id}")
	Map<String, Object> talent(@PathVariable Long id) {
		Talent t = talents.talent(id);
		return Map.of("talent", t, "evaluations", talents.evaluations(id), "showcases", talents.showcases(id),
				"consent", t.getConsentId() == null ? Map.of() : talents.consent(t.getConsentId()));
	}

	@PostMapping("/talents")
	@ResponseStatus(HttpStatus.CREATED)
	Talent registerTalent(@RequestBody TalentRequest r) {
		return talents.register(r.unitId(), r.matricule(), r.familyMemberId(), r.domainId(), r.description(),
				r.consent(), r.consentMethod());
	}

	@GetMapping("/talents/domains")
	List<TalentService.Domain> domains() {
		return talents.domains(false);
	}
}
