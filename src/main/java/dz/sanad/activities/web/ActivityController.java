package dz.sanad.activities.web;

import dz.sanad.activities.Activity;
import dz.sanad.activities.ActivityForm;
import dz.sanad.activities.ActivityService.ActivityFilter;
import dz.sanad.activities.ActivityService;
import dz.sanad.activities.ActivityStatus;
import dz.sanad.activities.AttendanceService;
import dz.sanad.activities.Category;
import dz.sanad.activities.ProgrammeService;
import dz.sanad.activities.Registration;
import dz.sanad.activities.RegistrationService.RegistrationFilter;
import dz.sanad.activities.RegistrationService;
import dz.sanad.activities.RegistrationStatus;
import dz.sanad.activities.ScopeGuard;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Formats;
import dz.sanad.platform.Forms;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Activity pages: the staff list and forms, the member catalogue, registrations, attendance, survey. */
@Controller
@RequestMapping("/activities")
class ActivityController {

	private final ActivityService service;

	private final RegistrationService registrations;

	private final AttendanceService attendance;

	private final ProgrammeService programmes;

	private final ScopeGuard guard;

	private final Xlsx xlsx;

	private final Pages pages;

	ActivityController(ActivityService service, RegistrationService registrations, AttendanceService attendance,
			ProgrammeService programmes, ScopeGuard guard, Xlsx xlsx, Pages pages) {
		this.pages = pages;
		this.service = service;
		this.registrations = registrations;
		this.attendance = attendance;
		this.programmes = programmes;
		this.guard = guard;
		this.xlsx = xlsx;
	}

	@ModelAttribute("categories")
	Category[] categories() {
		return Category.values();
	}

	Map<Long, Unit> units() {
		return guard.establishments().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
	}

	@GetMapping
	String list(ActivityFilter filter, @RequestParam(required = false) Integer page, Model model) {
		var result = service.search(filter, Paging.of(page, null, Sort.by(Sort.Direction.DESC, "startDate")));
		model.addAttribute("filter", filter);
		model.addAttribute("page", result);
		model.addAttribute("picker", guard.picker(filter.wilaya(), filter.unitId()));
		// the establishments of the rows shown, not every establishment in scope
		model.addAttribute("units", guard.unitsById(result.getContent().stream().map(Activity::getUnitId)
			.collect(Collectors.toSet())));
		model.addAttribute("statuses", ActivityStatus.values());
		return "activities/activities";
	}

	/** The options of the establishment picker for a wilaya (htmx, national users). */
	@GetMapping("/unit-options")
	String unitOptions(@RequestParam(required = false) String wilaya, @RequestParam(defaultValue = "false") boolean all,
			Model model) {
		model.addAttribute("units", wilaya == null || wilaya.isBlank() ? List.of() : guard.picker(wilaya, null).units());
		model.addAttribute("all", all);
		return "activities/fragments :: unitOptions";
	}

	@GetMapping("/export")
	void export(ActivityFilter filter, HttpServletResponse response) {
		exportActivities(service.searchAll(filter), "activities", filter, response);
	}

	private void exportActivities(List<Activity> list, String name, ActivityFilter filter, HttpServletResponse response) {
		Map<Long, Unit> units = units();
		var locale = LocaleContextHolder.getLocale();
		xlsx.export(response, name, List.<Xlsx.Column<Activity>>of(
				Xlsx.col("act.title", a -> a.title(locale)),
				Xlsx.col("act.unit", a -> units.containsKey(a.getUnitId()) ? units.get(a.getUnitId()).getCode() : null),
				Xlsx.col("act.category", a -> a.getCategory()),
				Xlsx.col("act.startDate", Activity::getStartDate),
				Xlsx.col("act.endDate", Activity::getEndDate),
				Xlsx.col("act.dayOfWeek", Activity::getDayOfWeek),
				Xlsx.col("act.startTime", a -> a.getStartTime().toString()),
				Xlsx.col("act.capacity", Activity::getCapacity),
				Xlsx.col("act.confirmed", Activity::getConfirmedCount),
				Xlsx.col("act.waiting", Activity::getWaitingCount),
				Xlsx.col("act.fee", Activity::getFeeDzd),
				Xlsx.col("act.status", a -> a.getStatus())), list.stream(), String.valueOf(filter));
	}

	@GetMapping("/catalogue")
	String catalogue(ActivityFilter filter, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", service.catalogue(filter, Paging.of(page, null, Sort.by("startDate"))));
		model.addAttribute("units", units());
		return "activities/catalogue";
	}

	@GetMapping("/catalogue/export")
	void catalogueExport(ActivityFilter filter, HttpServletResponse response) {
		exportActivities(service.catalogueAll(filter), "catalogue", filter, response);
	}

	@GetMapping("/{id:\\d+}")
	String view(@PathVariable Long id, @RequestParam(required = false) String matricule, Model model) {
		Activity a = service.get(id);
		SanadUser user = CurrentUser.get();
		model.addAttribute("activity", a);
		model.addAttribute("unit", guard.establishments().stream().filter(u -> u.getId().equals(a.getUnitId()))
			.findFirst().orElse(null));
		model.addAttribute("occurrences", service.occurrences(id));
		if (user.role() == Role.MEMBER) {
			model.addAttribute("family", registrations.familyOf(user.memberId()));
			model.addAttribute("mine", registrations.mine().stream().filter(r -> r.getActivityId().equals(id)
					&& r.getStatus() != RegistrationStatus.CANCELLED).toList());
		}
		else {
			model.addAttribute("registrations", registrations.registrationsOf(id));
			model.addAttribute("matricule", matricule);
			if (matricule != null && !matricule.isBlank()) {
				registrations.memberByMatricule(matricule).ifPresentOrElse(
						m -> model.addAttribute("family", registrations.familyOf(m.getId())),
						() -> model.addAttribute("matriculeUnknown", true));
			}
		}
		return "activities/activity";
	}

	@PostMapping("/{id:\\d+}/register")
	String register(@PathVariable Long id, @RequestParam(required = false) String matricule,
			@RequestParam(required = false) Long familyMemberId, RedirectAttributes flash) {
		pages.attempt(flash, null, () -> registrations.register(id, null, matricule, familyMemberId))
			.ifPresent(r -> flash.addFlashAttribute(Pages.SUCCESS,
					r.getStatus() == RegistrationStatus.CONFIRMED ? "act.registered" : "act.waitlisted"));
		return "redirect:/activities/" + id;
	}

	@PostMapping("/registrations/{id}/cancel")
	String cancelRegistration(@PathVariable Long id, RedirectAttributes flash) {
		Registration r = registrations.registration(id);
		String back = CurrentUser.get().role() == Role.MEMBER ? "/activities/my" : "/activities/" + r.getActivityId();
		return pages.run(flash, back, "act.registration.cancelled", () -> registrations.cancelRegistration(id));
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Long unitId, Model model) {
		ActivityForm f = new ActivityForm();
		f.setUnitId(unitId);
		f.setCapacity(20);
		f.setDurationMinutes(90);
		f.setDayOfWeek(6);
		f.setForChildren(true);
		model.addAttribute("form", f);
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") ActivityForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return formView(model, null);
		}
		return Forms.attempt(errors, "titleFr", () -> service.create(form)).map(a -> {
			flash.addFlashAttribute(Pages.SUCCESS, "act.saved");
			return "redirect:/activities/" + a.getId();
		}).orElseGet(() -> formView(model, null));
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Activity a = service.get(id);
		model.addAttribute("form", ActivityForm.of(a));
		return formView(model, a);
	}

	@PostMapping("/{id:\\d+}/edit")
	String edit(@PathVariable Long id, @Valid @ModelAttribute("form") ActivityForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		Activity a = service.get(id);
		if (errors.hasErrors()) {
			return formView(model, a);
		}
		if (Forms.succeeds(errors, "titleFr", () -> service.update(id, form))) {
			flash.addFlashAttribute(Pages.SUCCESS, "act.saved");
			return "redirect:/activities/" + id;
		}
		return formView(model, a);
	}

	private String formView(Model model, Activity a) {
		model.addAttribute("activity", a);
		model.addAttribute("establishments", guard.establishments());
		model.addAttribute("programmes", programmes.programmes(null));
		return "activities/activity-form";
	}

	@PostMapping("/{id:\\d+}/{action:publish|close|cancel}")
	String transition(@PathVariable Long id, @PathVariable String action, RedirectAttributes flash) {
		return pages.run(flash, "/activities/" + id, "act.done." + action, () -> {
			switch (action) {
				case "publish" -> service.publish(id);
				case "close" -> service.close(id);
				default -> service.cancel(id);
			}
		});
	}

	// ---- attendance

	@GetMapping("/occurrences/{id}/attendance")
	String attendance(@PathVariable Long id, Model model) {
		var o = attendance.occurrence(id);
		model.addAttribute("occurrence", o);
		model.addAttribute("activity", service.get(o.getActivityId()));
		model.addAttribute("lines", attendance.attendance(id));
		return "activities/attendance";
	}

	@PostMapping("/occurrences/{id}/attendance")
	String recordAttendance(@PathVariable Long id, @RequestParam(name = "present", required = false) List<Long> present,
			RedirectAttributes flash) {
		var o = attendance.occurrence(id);
		return pages.succeeds(flash, "act.attendance.saved", () -> attendance.recordAttendance(id, present))
				? "redirect:/activities/" + o.getActivityId() : "redirect:/activities/occurrences/" + id + "/attendance";
	}

	// ---- registrations (staff list) and member pages

	@GetMapping("/registrations")
	String registrations(RegistrationFilter filter, @RequestParam(required = false) Integer page, Model model) {
		var result = registrations.searchRegistrations(filter, Paging.of(page, null, Sort.by(Sort.Direction.DESC, "id")));
		model.addAttribute("filter", filter);
		model.addAttribute("page", result);
		model.addAttribute("picker", guard.picker(filter.wilaya(), filter.unitId()));
		model.addAttribute("statuses", RegistrationStatus.values());
		model.addAttribute("activities", service.activitiesById(result.getContent().stream()
			.map(Registration::getActivityId).collect(Collectors.toSet())));
		return "activities/registrations";
	}

	@GetMapping("/registrations/export")
	void registrationsExport(RegistrationFilter filter, HttpServletResponse response) {
		exportRegistrations(registrations.searchRegistrationsAll(filter), "registrations", String.valueOf(filter), response);
	}

	private void exportRegistrations(List<Registration> list, String name, String filters, HttpServletResponse response) {
		var acts = service.activitiesById(list.stream().map(Registration::getActivityId).collect(Collectors.toSet()));
		var locale = LocaleContextHolder.getLocale();
		xlsx.export(response, name, List.<Xlsx.Column<Registration>>of(
				Xlsx.col("act.reg.participant", r -> r.name(locale)),
				Xlsx.col("act.reg.relation", Registration::getRelation),
				Xlsx.col("act.reg.birthDate", Registration::getBirthDate),
				Xlsx.col("act.title", r -> acts.containsKey(r.getActivityId()) ? acts.get(r.getActivityId()).title(locale) : null),
				Xlsx.col("act.reg.status", r -> r.getStatus()),
				Xlsx.col("act.reg.registeredAt", r -> r.getRegisteredAt().atZone(Formats.ZONE).toLocalDateTime()),
				Xlsx.col("act.survey.rating", Registration::getRating)), list.stream(), filters);
	}

	@GetMapping("/my")
	String my(Model model) {
		List<Registration> mine = registrations.mine();
		model.addAttribute("registrations", mine);
		model.addAttribute("activities", service.activitiesById(mine.stream().map(Registration::getActivityId)
			.collect(Collectors.toSet())));
		return "activities/my";
	}

	@GetMapping("/my/export")
	void myExport(HttpServletResponse response) {
		exportRegistrations(registrations.mine(), "my-registrations", "", response);
	}

	@GetMapping("/registrations/{id}/survey")
	String survey(@PathVariable Long id, Model model) {
		Registration r = registrations.registration(id);
		model.addAttribute("registration", r);
		model.addAttribute("activity", service.get(r.getActivityId()));
		model.addAttribute("attended", attendance.attended(id));
		return "activities/survey";
	}

	@PostMapping("/registrations/{id}/survey")
	String answerSurvey(@PathVariable Long id, @RequestParam(defaultValue = "0") int rating,
			@RequestParam(defaultValue = "false") boolean recommend, @RequestParam(required = false) String comment,
			RedirectAttributes flash) {
		return pages.succeeds(flash, "act.survey.thanks", () -> attendance.rate(id, rating, recommend, comment))
				? "redirect:/activities/my" : "redirect:/activities/registrations/" + id + "/survey";
	}
}
