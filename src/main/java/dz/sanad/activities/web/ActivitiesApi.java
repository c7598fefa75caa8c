package dz.sanad.activities.web;

import dz.sanad.activities.Activity;
import dz.sanad.activities.ActivityDashboards;
import dz.sanad.activities.ActivityForm;
import dz.sanad.activities.ActivityService.ActivityFilter;
import dz.sanad.activities.ActivityService;
import dz.sanad.activities.AttendanceService;
import dz.sanad.activities.Occurrence;
import dz.sanad.activities.Programme;
import dz.sanad.activities.ProgrammeService;
import dz.sanad.activities.Registration;
import dz.sanad.activities.RegistrationService.RegistrationFilter;
import dz.sanad.activities.RegistrationService;
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
import java.util.List;

/**
 * The activities REST API: the same services, rules and scopes as the pages. Clubs and talents are served by
 * {@link ActivitiesClubsApi}, child care and associations by {@link ActivitiesCareApi}.
 */
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

	private final ActivityService activities;

	private final RegistrationService registrations;

	private final AttendanceService attendance;

	private final ProgrammeService programmes;

	private final ActivityDashboards dashboards;

	ActivitiesApi(ActivityService activities, RegistrationService registrations, AttendanceService attendance,
			ProgrammeService programmes, ActivityDashboards dashboards) {
		this.activities = activities;
		this.registrations = registrations;
		this.attendance = attendance;
		this.programmes = programmes;
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
		registrations.registrationsOf(id); // staff only, like the registrations themselves
		return activities.occurrences(id);
	}

	@GetMapping("/{id:\\d+}/registrations")
	List<Registration> registrations(@PathVariable Long id) {
		return registrations.registrationsOf(id);
	}

	@PostMapping("/{id:\\d+}/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	Registration register(@PathVariable Long id, @RequestBody RegisterRequest r) {
		return registrations.register(id, r.memberId(), r.matricule(), r.familyMemberId());
	}

	@PostMapping("/registrations/{id}/cancel")
	Registration cancel(@PathVariable Long id) {
		return registrations.cancelRegistration(id);
	}

	@GetMapping("/registrations")
	Page<Registration> searchRegistrations(RegistrationFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return registrations.searchRegistrations(filter, Paging.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
	}

	@GetMapping("/my")
	List<Registration> my() {
		return registrations.mine();
	}

	@PostMapping("/registrations/{id}/survey")
	Registration survey(@PathVariable Long id, @RequestBody SurveyRequest s) {
		return attendance.rate(id, s.rating(), s.recommend(), s.comment());
	}

	@GetMapping("/occurrences/{id}/attendance")
	List<AttendanceService.AttendanceLine> attendance(@PathVariable Long id) {
		return attendance.attendance(id);
	}

	@PutMapping("/occurrences/{id}/attendance")
	Occurrence recordAttendance(@PathVariable Long id, @RequestBody AttendanceRequest a) {
		return attendance.recordAttendance(id, a.present());
	}

	// ---- programmes

	@GetMapping("/programmes")
	List<Programme> programmes(@RequestParam(required = false) Long unitId) {
		return programmes.programmes(unitId);
	}

	@PostMapping("/programmes")
	@ResponseStatus(HttpStatus.CREATED)
	Programme createProgramme(@RequestBody ProgrammeRequest p) {
		return programmes.createProgramme(p.unitId(), p.year(), p.title(), p.objectives());
	}

	@GetMapping("/programmes/{id}/staff")
	List<TrainedStaff> staff(@PathVariable Long id) {
		return programmes.trainedStaff(id);
	}

	@PostMapping("/programmes/{id}/staff")
	@ResponseStatus(HttpStatus.CREATED)
	TrainedStaff addStaff(@PathVariable Long id, @RequestBody StaffRequest s) {
		return programmes.addTrainedStaff(id, s.matricule(), s.trainingRef(), s.trainedOn());
	}

	// ---- dashboards

	@GetMapping("/dashboard/{unitId}")
	ActivityDashboards.Dashboard dashboard(@PathVariable Long unitId) {
		return dashboards.dashboard(unitId);
	}

	@GetMapping("/stats")
	ActivityDashboards.WilayaFigures stats() {
		return dashboards.byWilaya();
	}
}
