package dz.sanad.health.vaccination.web;

import dz.sanad.health.vaccination.Booklets;
import dz.sanad.health.vaccination.Calendars;
import dz.sanad.health.vaccination.DoseForm;
import dz.sanad.health.vaccination.DoseOutcome;
import dz.sanad.health.vaccination.DoseRecords;
import dz.sanad.health.vaccination.Schedule;
import dz.sanad.health.vaccination.Schedules;
import dz.sanad.health.vaccination.VaccinationAccess;
import dz.sanad.health.vaccination.VaccinationReads;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Forms;
import dz.sanad.platform.Pages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
import java.util.Locale;

/** A child's schedule for the centre: doses planned with their status, the dose form, the history, the booklet. */
@Controller
@RequestMapping("/health/vaccination/children/{id}")
class ChildController {

	private final VaccinationAccess access;

	private final Schedules schedules;

	private final DoseRecords records;

	private final Calendars calendars;

	private final VaccinationReads reads;

	private final Booklets booklets;

	private final Pages pages;

	ChildController(VaccinationAccess access, Schedules schedules, DoseRecords records, Calendars calendars,
			VaccinationReads reads, Booklets booklets, Pages pages) {
		this.access = access;
		this.schedules = schedules;
		this.records = records;
		this.calendars = calendars;
		this.reads = reads;
		this.booklets = booklets;
		this.pages = pages;
	}

	@GetMapping
	@Transactional
	String show(@PathVariable Long id, Model model) {
		VaccinationAccess.Child c = access.child(CurrentUser.get(), id);
		DoseForm form = new DoseForm();
		form.setGivenOn(dz.sanad.platform.Dates.today());
		return view(c, form, model);
	}

	/** Not one transaction: a refused dose rolls its own back, and the page shown again logs its read afresh. */
	@PostMapping("/doses")
	String record(@PathVariable Long id, @ModelAttribute("form") DoseForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		VaccinationAccess.Child c = access.child(CurrentUser.get(), id);
		return Forms.attempt(errors, "dose", () -> records.record(c, form)).map(x -> {
			flash.addFlashAttribute(Pages.SUCCESS, "vaccination.recorded");
			return "redirect:/health/vaccination/children/" + id;
		}).orElseGet(() -> view(c, form, model));
	}

	@PostMapping("/records/{recordId}/error")
	String error(@PathVariable Long id, @PathVariable Long recordId,
			@RequestParam(required = false) String errorReason, RedirectAttributes flash) {
		VaccinationAccess.Child c = access.child(CurrentUser.get(), id);
		return pages.run(flash, "/health/vaccination/children/" + id, "vaccination.markedInError",
				() -> records.markError(c, recordId, errorReason));
	}

	@GetMapping("/booklet")
	@Transactional
	ResponseEntity<byte[]> booklet(@PathVariable Long id, @RequestParam(required = false) String lang) {
		VaccinationAccess.Child c = access.child(CurrentUser.get(), id);
		reads.record(c.id(), VaccinationReads.CARE);
		return pdf(booklets.render(c, "fr".equals(lang) ? Locale.FRENCH : Locale.forLanguageTag("ar")), c.id());
	}

	static ResponseEntity<byte[]> pdf(byte[] bytes, long childId) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("carnet-vaccination-" + childId + ".pdf").build().toString())
			.body(bytes);
	}

	private String view(VaccinationAccess.Child c, DoseForm form, Model model) {
		reads.record(c.id(), VaccinationReads.CARE);
		schedules.refresh(c.id(), c.parent().getId(), c.parent().getWilayaCode(), c.child().getBirthDate());
		List<Schedule.Planned> plan = schedules.plan(c.child().getBirthDate(), c.id());
		model.addAttribute("c", c);
		model.addAttribute("plan", plan);
		model.addAttribute("open", plan.stream().filter(Schedule.Planned::open).toList());
		model.addAttribute("calendar", calendars.forBirth(c.child().getBirthDate()).orElse(null));
		model.addAttribute("history", records.history(c.id()));
		model.addAttribute("form", form);
		model.addAttribute("outcomes", DoseOutcome.values());
		model.addAttribute("reasons", DoseOutcome.Reason.values());
		model.addAttribute("sites", DoseOutcome.Site.values());
		model.addAttribute("routes", DoseOutcome.Route.values());
		return "health/vaccination/child";
	}
}
