package dz.sanad.health.web;

import dz.sanad.health.HealthAppointments;
import dz.sanad.health.FhirExport;
import dz.sanad.health.HealthCare;
import dz.sanad.health.HealthReferrals;
import dz.sanad.health.HealthReminders;
import dz.sanad.health.Problem;
import dz.sanad.health.HealthServices;
import dz.sanad.health.Visit;
import dz.sanad.health.VisitForm;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Pages;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.Subject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A person's health record page ({@code /health/records/member/{id}} or {@code /health/records/family/{id}}): the
 * care team reads and writes it, a member reads their own and, as a parent, a minor child's. Every action names the
 * person by the same path, so the access rule is the record's ({@code HealthAccess}) for every one of them.
 */
@Controller
class HealthRecordController {

	private final HealthCare care;

	private final HealthAppointments appointments;

	private final HealthServices services;

	private final HealthReferrals referrals;

	private final HealthReminders reminders;

	private final FhirExport fhir;

	private final Pages pages;

	HealthRecordController(HealthCare care, HealthAppointments appointments, HealthServices services, HealthReferrals referrals,
			HealthReminders reminders, FhirExport fhir, Pages pages) {
		this.care = care;
		this.appointments = appointments;
		this.services = services;
		this.referrals = referrals;
		this.reminders = reminders;
		this.fhir = fhir;
		this.pages = pages;
	}

	static Subject subject(String kind, long id) {
		return switch (kind) {
			case "member" -> Subject.member(id);
			case "family" -> Subject.family(id);
			default -> throw new NotFoundException("person");
		};
	}

	static String path(Subject s) {
		return s.memberId() != null ? "/health/records/member/" + s.memberId() : "/health/records/family/" + s.familyMemberId();
	}

	@GetMapping("/health/records/{kind}/{id}")
	String record(@PathVariable String kind, @PathVariable long id, Model model) {
		SanadUser user = CurrentUser.get();
		Subject s = subject(kind, id);
		HealthCare.View view = care.open(user, s);
		model.addAttribute("view", view);
		model.addAttribute("path", path(s));
		model.addAttribute("codes", care.codes());
		model.addAttribute("appointments", appointments.of(s));
		model.addAttribute("remindersAllowed", reminders.allowed(s));
		boolean writes = view.person().reach().writes();
		model.addAttribute("writes", writes);
		model.addAttribute("mayMarkConfidential", writes && care.mayMarkConfidential(view.person()));
		if (writes) {
			model.addAttribute("services", services.ofCentre(user.scopeUnitId()));
			model.addAttribute("visitForm", new VisitForm());
		}
		model.addAttribute("visitTypes", Visit.Type.values());
		model.addAttribute("problemStatuses", Problem.Status.values());
		model.addAttribute("today", dz.sanad.platform.Dates.today());
		return "health/record";
	}

	@GetMapping(value = "/health/records/{kind}/{id}/growth", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<HealthCare.GrowthPoint> growth(@PathVariable String kind, @PathVariable long id) {
		return care.growth(CurrentUser.get(), subject(kind, id));
	}

	@PostMapping("/health/records/{kind}/{id}/profile")
	String profile(@PathVariable String kind, @PathVariable long id, @RequestParam(required = false) String bloodGroup,
			@RequestParam(required = false) String allergies, @RequestParam(required = false) String medications,
			RedirectAttributes flash) {
		Subject s = subject(kind, id);
		return pages.run(flash, path(s), "health.saved",
				() -> care.updateProfile(CurrentUser.get(), s, bloodGroup, allergies, medications));
	}

	@PostMapping("/health/records/{kind}/{id}/problems")
	String problem(@PathVariable String kind, @PathVariable long id, @RequestParam(required = false) String code,
			@RequestParam(required = false) Problem.Status status, @RequestParam(required = false) LocalDate onset,
			@RequestParam(required = false) String note, RedirectAttributes flash) {
		Subject s = subject(kind, id);
		return pages.run(flash, path(s), "health.saved",
				() -> care.addProblem(CurrentUser.get(), s, code, status, onset, note));
	}

	@PostMapping("/health/records/{kind}/{id}/visits")
	String visit(@PathVariable String kind, @PathVariable long id, @ModelAttribute VisitForm form,
			RedirectAttributes flash) {
		Subject s = subject(kind, id);
		return pages.run(flash, path(s), "health.visit.saved", () -> care.recordVisit(CurrentUser.get(), s, form));
	}

	@PostMapping("/health/records/{kind}/{id}/fitness")
	String fitness(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "true") boolean fit,
			@RequestParam(required = false) String note, RedirectAttributes flash) {
		Subject s = subject(kind, id);
		return pages.run(flash, path(s), "health.saved", () -> care.setFitness(CurrentUser.get(), s, fit, note));
	}

	/** The person's (or, for a minor, the parent's) consent to reminders: the care team records it, or the member. */
	@PostMapping("/health/records/{kind}/{id}/reminders")
	String consent(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "false") boolean allow,
			RedirectAttributes flash) {
		Subject s = subject(kind, id);
		return pages.run(flash, path(s), allow ? "health.reminders.allowed" : "health.reminders.withdrawn", () -> {
			care.person(CurrentUser.get(), s);
			if (allow) {
				reminders.allow(s);
			}
			else {
				reminders.withdraw(s);
			}
		});
	}

	@PostMapping("/health/records/{kind}/{id}/appointments")
	String book(@PathVariable String kind, @PathVariable long id, @RequestParam(required = false) Long serviceId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
			@RequestParam(defaultValue = "false") boolean waitIfFull, @RequestParam(defaultValue = "false") boolean walkIn,
			@RequestParam(required = false) Integer everyWeeks, @RequestParam(required = false) Integer count,
			RedirectAttributes flash) {
		Subject s = subject(kind, id);
		SanadUser user = CurrentUser.get();
		long service = serviceId == null ? -1 : serviceId;
		return pages.run(flash, path(s), "health.appointment.booked", () -> {
			if (walkIn) {
				appointments.walkIn(user, s, service);
			}
			else if (count != null && count > 1) {
				appointments.bookSeries(user, s, service, start, everyWeeks == null ? 0 : everyWeeks, count);
			}
			else {
				appointments.book(user, s, service, start, waitIfFull);
			}
		});
	}

	@PostMapping("/health/records/{kind}/{id}/referrals")
	String refer(@PathVariable String kind, @PathVariable long id, @RequestParam(required = false) String facility,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		Subject s = subject(kind, id);
		return pages.attempt(flash, "health.referral.opened", () -> referrals.open(CurrentUser.get(), s, facility, reason))
			.map(r -> "redirect:/health/referrals/" + r.getId()).orElse("redirect:" + path(s));
	}

	@GetMapping(value = "/api/health/fhir/{kind}/{id}", produces = "application/fhir+json")
	ResponseEntity<String> fhir(@PathVariable String kind, @PathVariable long id) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/fhir+json;charset=UTF-8"))
			.body(fhir.json(CurrentUser.get(), subject(kind, id)));
	}

	@GetMapping("/health/visits/{id}")
	String visit(@PathVariable long id, Model model) {
		Visit v = care.visit(CurrentUser.get(), id);
		model.addAttribute("visit", v);
		model.addAttribute("back", path(care.subjectOfVisit(v)));
		return "health/visit";
	}

	@PostMapping("/health/problems/{id}/status")
	String problemStatus(@PathVariable long id, @RequestParam(required = false) Problem.Status status,
			@RequestParam(required = false) String back, RedirectAttributes flash) {
		String to = back != null && back.startsWith("/health/records/") ? back : "/health";
		return pages.run(flash, to, "health.saved", () -> {
			if (status == null) {
				throw dz.sanad.platform.BusinessException.onField("status", "health.error.required");
			}
			care.changeProblem(CurrentUser.get(), id, status);
		});
	}
}
