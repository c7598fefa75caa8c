package dz.sanad.health.vaccination.web;

import dz.sanad.health.vaccination.CalendarForm;
import dz.sanad.health.vaccination.CalendarVersion;
import dz.sanad.health.vaccination.Calendars;
import dz.sanad.health.vaccination.DoseRuleForm;
import dz.sanad.health.vaccination.RecomputeJobs;
import dz.sanad.health.vaccination.Recomputations;
import dz.sanad.platform.Forms;
import dz.sanad.platform.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's calendar versions: the list, a new version (a copy of the latest with its own cohort start),
 * a draft's doses edited, publication, and the recomputation it starts (progress polled, then its report).
 */
@Controller
@RequestMapping("/health/vaccination")
class CalendarAdminController {

	private final Calendars calendars;

	private final Recomputations recomputations;

	private final RecomputeJobs jobs;

	private final Pages pages;

	CalendarAdminController(Calendars calendars, Recomputations recomputations, RecomputeJobs jobs, Pages pages) {
		this.calendars = calendars;
		this.recomputations = recomputations;
		this.jobs = jobs;
		this.pages = pages;
	}

	@GetMapping("/calendars")
	String list(Model model) {
		model.addAttribute("calendars", calendars.all());
		model.addAttribute("jobs", jobs.recent(10));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CalendarForm());
		}
		return "health/vaccination/calendars";
	}

	@PostMapping("/calendars")
	String create(@ModelAttribute("form") CalendarForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		return Forms.attempt(errors, "code", () -> calendars.createDraft(form)).map(id -> {
			flash.addFlashAttribute(Pages.SUCCESS, "vaccination.calendar.created");
			return "redirect:/health/vaccination/calendars/" + id;
		}).orElseGet(() -> list(model));
	}

	@GetMapping("/calendars/{id}")
	String show(@PathVariable Long id, Model model) {
		return view(calendars.get(id), new DoseRuleForm(), model);
	}

	@PostMapping("/calendars/{id}/doses")
	String saveDose(@PathVariable Long id, @ModelAttribute("dose") DoseRuleForm dose, BindingResult errors,
			Model model, RedirectAttributes flash) {
		CalendarVersion v = calendars.get(id);
		if (Forms.succeeds(errors, "antigen", () -> calendars.saveDose(id, dose))) {
			flash.addFlashAttribute(Pages.SUCCESS, "vaccination.calendar.doseSaved");
			return "redirect:/health/vaccination/calendars/" + id;
		}
		return view(v, dose, model);
	}

	@PostMapping("/calendars/{id}/doses/{doseId}/delete")
	String removeDose(@PathVariable Long id, @PathVariable Long doseId, RedirectAttributes flash) {
		return pages.run(flash, "/health/vaccination/calendars/" + id, "vaccination.calendar.doseRemoved",
				() -> calendars.removeDose(id, doseId));
	}

	@PostMapping("/calendars/{id}/publish")
	String publish(@PathVariable Long id, RedirectAttributes flash) {
		return pages.attempt(flash, "vaccination.calendar.publishedNow", () -> recomputations.publish(id))
			.map(job -> "redirect:/health/vaccination/jobs/" + job)
			.orElse("redirect:/health/vaccination/calendars/" + id);
	}

	@GetMapping("/jobs/{id}")
	String job(@PathVariable Long id, Model model) {
		RecomputeJobs.Job job = jobs.get(id);
		model.addAttribute("job", job);
		model.addAttribute("calendar", calendars.get(job.calendarId()));
		return "health/vaccination/job";
	}

	@GetMapping("/jobs/{id}/progress")
	String progress(@PathVariable Long id, Model model) {
		model.addAttribute("job", jobs.get(id));
		return "health/vaccination/job :: progress";
	}

	private String view(CalendarVersion v, DoseRuleForm dose, Model model) {
		model.addAttribute("calendar", v);
		model.addAttribute("doses", v.ordered());
		model.addAttribute("dose", dose);
		model.addAttribute("problems", v.published() ? java.util.List.of() : v.inconsistencies());
		return "health/vaccination/calendar";
	}
}
