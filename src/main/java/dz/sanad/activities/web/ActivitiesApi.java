package dz.sanad.activities.web;

import dz.sanad.activities.Activity;
import dz.sanad.activities.ActivityDashboards;
import dz.sanad.activities.ActivityForm;
import dz.sanad.activities.ActivityService;
import dz.sanad.activities.ActivityService.ActivityFilter;
import dz.sanad.activities.ActivityService.RegistrationFilter;
import dz.sanad.activities.Association;
import dz.sanad.activities.AssociationService;
import dz.sanad.activities.CareApplication;
import dz.sanad.activities.CareGroup;
import dz.sanad.activities.ChildCareService;
import dz.sanad.activities.ClubSection;
import dz.sanad.activities.ClubService;
import dz.sanad.activities.Occurrence;
import dz.sanad.activities.Partnership;
import dz.sanad.activities.Programme;
import dz.sanad.activities.Registration;
import dz.sanad.activities.Talent;
import dz.sanad.activities.TalentService;
import dz.sanad.activities.TrainedStaff;
import dz.sanad.platform.Paging;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The activities REST API: the same services, rules and scopes as the pages. */
@RestController
@RequestMapping("/api/activities")
class ActivitiesApi {

	record RegisterRequest(Long memberId, String matricule, Long familyMemberId) {
	}

	record SurveyRequest(int rating, boolean recommend, String comment) {
	}

	record AttendanceRequest(List<Long> present) {
	}

	record ProgrammeRequest(Long unitId, int year, String title, String objectives) {
	}

	record StaffRequest(String matricule, String trainingRef, LocalDate trainedOn) {
	}

	record TalentRequest(Long unitId, String matricule, Long familyMemberId, Long domainId, String description,
			boolean consent, String consentMethod) {
	}

	record ApplyRequest(@jakarta.validation.constraints.NotNull Long groupId, Long familyMemberId) {
	}

	record SectionView(ClubSection section, Map<String, Integer> headcounts, Map<String, int[]> agePyramid,
			Map<Integer, int[]> medalsByYear, List<ClubService.Coach> coaches, List<ClubService.Team> teams,
			List<ClubService.Athlete> athletes, List<ClubService.Competition> competitions, List<ClubService.Result> results) {
	}

	private final ActivityService activities;

	private final ClubService clubs;

	private final TalentService talents;

	private final ChildCareService care;

	private final AssociationService associations;

	private final ActivityDashboards dashboards;

	ActivitiesApi(ActivityService activities, ClubService clubs, TalentService talents, ChildCareService care,
			AssociationService associations, ActivityDashboards dashboards) {
		this.activities = activities;
		this.clubs = clubs;
		this.talents = talents;
		this.care = care;
		this.associations = associations;
		this.dashboards = dashboards;
	}

	// ---- activities

	@GetMapping
	Page<Activity> list(ActivityFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return activities.search(filter, Paging.of(page, size, Sort.by(Sort.Direction.DESC, "startDate")));
	}

	@GetMapping("/catalogue")
	Page<Activity> catalogue(ActivityFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return activities.catalogue(filter, Paging.of(page, size, Sort.by("startDate")));
	}

	@GetMapping("/{id:\\d+}")
	Activity get(@PathVariable Long id) {
		return activities.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Activity create(@Valid @RequestBody ActivityForm form) {
		return activities.create(form);
	}

	@PutMapping("/{id:\\d+}")
	Activity update(@PathVariable Long id, @Valid @RequestBody ActivityForm form) {
		return activities.update(id, form);
	}

	@PostMapping("/{id:\\d+}/{action:publish|close|cancel}")
	Activity transition(@PathVariable Long id, @PathVariable String action) {
		return switch (action) {
			case "publish" -> activities.publish(id);
			case "close" -> activities.close(id);
			default -> activities.cancel(id);
		};
	}

	@GetMapping("/{id:\\d+}/occurrences")
	List<Occurrence> occurrences(@PathVariable Long id) {
		activities.registrationsOf(id); // staff only, like the registrations themselves
		return activities.occurrences(id);
	}

	@GetMapping("/{id:\\d+}/registrations")
	List<Registration> registrations(@PathVariable Long id) {
		return activities.registrationsOf(id);
	}

	@PostMapping("/{id:\\d+}/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	Registration register(@PathVariable Long id, @RequestBody RegisterRequest r) {
		return activities.register(id, r.memberId(), r.matricule(), r.familyMemberId());
	}

	@PostMapping("/registrations/{id}/cancel")
	Registration cancel(@PathVariable Long id) {
		return activities.cancelRegistration(id);
	}

	@GetMapping("/registrations")
	Page<Registration> searchRegistrations(RegistrationFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return activities.searchRegistrations(filter, Paging.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
	}

	@GetMapping("/my")
	List<Registration> my() {
		return activities.mine();
	}

	@PostMapping("/registrations/{id}/survey")
	Registration survey(@PathVariable Long id, @RequestBody SurveyRequest s) {
		return activities.rate(id, s.rating(), s.recommend(), s.comment());
	}

	@GetMapping("/occurrences/{id}/attendance")
	List<ActivityService.AttendanceLine> attendance(@PathVariable Long id) {
		return activities.attendance(id);
	}

	@PutMapping("/occurrences/{id}/attendance")
	Occurrence recordAttendance(@PathVariable Long id, @RequestBody AttendanceRequest a) {
		return activities.recordAttendance(id, a.present());
	}

	// ---- programmes

	@GetMapping("/programmes")
	List<Programme> programmes(@RequestParam(required = false) Long unitId) {
		return activities.programmes(unitId);
	}

	@PostMapping("/programmes")
	@ResponseStatus(HttpStatus.CREATED)
	Programme createProgramme(@RequestBody ProgrammeRequest p) {
		return activities.createProgramme(p.unitId(), p.year(), p.title(), p.objectives());
	}

	@GetMapping("/programmes/{id}/staff")
	List<TrainedStaff> staff(@PathVariable Long id) {
		return activities.trainedStaff(id);
	}

	@PostMapping("/programmes/{id}/staff")
	@ResponseStatus(HttpStatus.CREATED)
	TrainedStaff addStaff(@PathVariable Long id, @RequestBody StaffRequest s) {
		return activities.addTrainedStaff(id, s.matricule(), s.trainingRef(), s.trainedOn());
	}

	// ---- clubs

	@GetMapping("/clubs")
	List<ClubSection> sections(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String discipline) {
		return clubs.sections(unitId, discipline);
	}

	@GetMapping("/clubs/{id}")
	SectionView section(@PathVariable Long id) {
		return new SectionView(clubs.section(id), clubs.headcounts(id), clubs.agePyramid(id), clubs.medalsByYear(id),
				clubs.coaches(id), clubs.teams(id), clubs.athletes(id), clubs.competitions(id), clubs.results(id));
	}

	@GetMapping("/clubs/athletes")
	List<ClubService.Athlete> athletes(ClubService.AthleteFilter filter) {
		return clubs.searchAthletes(filter);
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

	// ---- child care

	@GetMapping("/care/groups")
	List<CareGroup> groups(@RequestParam(required = false) Long unitId) {
		return care.groups(unitId);
	}

	@GetMapping("/care/applications")
	Page<CareApplication> applications(ChildCareService.ApplicationFilter filter,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return care.search(filter, Paging.of(page, size, Sort.by(Sort.Direction.DESC, "score")));
	}

	@PostMapping("/care/groups/{id}/allocate")
	ChildCareService.AllocationResult allocate(@PathVariable Long id) {
		return care.allocate(id);
	}

	@GetMapping("/care/occupancy")
	List<ChildCareService.Occupancy> occupancy(@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String month) {
		return care.occupancy(unitId, month == null ? YearMonth.now() : YearMonth.parse(month));
	}

	@GetMapping("/care/my")
	List<CareApplication> myApplications() {
		return care.mine();
	}

	@PostMapping("/care/apply")
	@ResponseStatus(HttpStatus.CREATED)
	CareApplication apply(@Valid @RequestBody ApplyRequest r) {
		return care.apply(r.groupId(), r.familyMemberId());
	}

	// ---- associations

	@GetMapping("/associations")
	Page<Association> associations(AssociationService.AssociationFilter filter,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return associations.search(filter, Paging.of(page, size, Sort.by("name")));
	}

	@GetMapping("/partnerships")
	Page<Partnership> partnerships(AssociationService.PartnershipFilter filter,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return associations.searchPartnerships(filter, Paging.of(page, size, Sort.by("endsOn")));
	}

	// ---- dashboards

	@GetMapping("/dashboard/{unitId}")
	ActivityDashboards.Dashboard dashboard(@PathVariable Long unitId) {
		return dashboards.dashboard(unitId);
	}

	@GetMapping("/stats")
	List<ActivityDashboards.WilayaLine> stats() {
		return dashboards.byWilaya();
	}
}
