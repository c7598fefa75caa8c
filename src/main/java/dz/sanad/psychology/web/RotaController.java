package dz.sanad.psychology.web;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Dates;
import dz.sanad.platform.Pages;
import dz.sanad.platform.SanadUser;
import dz.sanad.psychology.Appointments;
import dz.sanad.psychology.Incidents;
import dz.sanad.psychology.OnCall;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A psychologist's agenda, the on-call rota (set by the lead) and the critical-incident debriefings. */
@Controller
class RotaController {

	private final Appointments appointments;

	private final OnCall onCall;

	private final Incidents incidents;

	private final Pages pages;

	private final dz.sanad.organisation.Organisation organisation;

	RotaController(Appointments appointments, OnCall onCall, Incidents incidents, Pages pages,
			dz.sanad.organisation.Organisation organisation) {
		this.organisation = organisation;
		this.appointments = appointments;
		this.onCall = onCall;
		this.incidents = incidents;
		this.pages = pages;
	}

	@GetMapping("/psychology/agenda")
	String agenda(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			Model model) {
		LocalDate start = from == null ? Dates.today() : from;
		model.addAttribute("from", start);
		model.addAttribute("appointments", appointments.agenda(CurrentUser.get(), start, start.plusDays(13)));
		return "psychology/agenda";
	}

	@GetMapping("/psychology/on-call")
	String rota(Model model) {
		SanadUser user = CurrentUser.get();
		LocalDate today = Dates.today();
		model.addAttribute("days", onCall.between(today.minusDays(7), today.plusDays(30)));
		model.addAttribute("today", today);
		model.addAttribute("psychologists", onCall.psychologists());
		model.addAttribute("lead", user.role() == dz.sanad.platform.Role.PSYCHOLOGY_LEAD);
		return "psychology/on-call";
	}

	@PostMapping("/psychology/on-call")
	String assign(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) String username, RedirectAttributes flash) {
		return pages.run(flash, "/psychology/on-call", "psychology.onCall.saved",
				() -> onCall.assign(CurrentUser.get(), day, username));
	}

	@GetMapping("/psychology/incidents")
	String incidents(Model model) {
		model.addAttribute("incidents", incidents.of(CurrentUser.get()));
		model.addAttribute("psychologist", CurrentUser.get().role() == dz.sanad.platform.Role.PSYCHOLOGIST);
		return "psychology/incidents";
	}

	@PostMapping("/psychology/incidents")
	String debrief(@RequestParam(required = false) String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
			@RequestParam(required = false) String summary, @RequestParam(required = false) String matricules,
			RedirectAttributes flash) {
		Long unitId = unitCode == null ? null
				: organisation.findByCode(unitCode.trim()).map(dz.sanad.organisation.Unit::getId).orElse(null);
		List<String> list = matricules == null ? List.of() : Arrays.asList(matricules.split("[\\s,;]+"));
		return pages.run(flash, "/psychology/incidents", "psychology.incident.saved",
				() -> incidents.debrief(CurrentUser.get(), unitId, occurredOn, summary, list));
	}
}
