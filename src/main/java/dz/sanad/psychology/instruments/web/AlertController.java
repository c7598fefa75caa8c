package dz.sanad.psychology.instruments.web;

import dz.sanad.platform.Pages;
import dz.sanad.psychology.instruments.SafetyAlerts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The safety alerts' queue and the page where the on-call psychologist (or the lead) records how an alert was
 * handled. Alerts show when and for which record, never a score or an answer.
 */
@Controller
class AlertController {

	private final SafetyAlerts alerts;

	private final Pages pages;

	AlertController(SafetyAlerts alerts, Pages pages) {
		this.alerts = alerts;
		this.pages = pages;
	}

	@GetMapping("/psychology/alerts")
	String list(Model model) {
		model.addAttribute("open", alerts.open());
		model.addAttribute("handled", alerts.recentlyHandled());
		return "psychology/instruments/alerts";
	}

	@GetMapping("/psychology/alerts/{id}")
	String alert(@PathVariable long id, Model model) {
		model.addAttribute("alert", alerts.get(id));
		return "psychology/instruments/alert";
	}

	@PostMapping("/psychology/alerts/{id}/handle")
	String handle(@PathVariable long id, @RequestParam(required = false) String handling, RedirectAttributes flash) {
		return pages.run(flash, SafetyAlerts.LINK + id, "instruments.alert.handled", () -> alerts.handle(id, handling));
	}
}
