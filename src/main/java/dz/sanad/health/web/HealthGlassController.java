package dz.sanad.health.web;

import dz.sanad.health.HealthCare;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import dz.sanad.platform.confidential.GlassReason;
import dz.sanad.platform.confidential.Subject;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Break-the-glass for a physician outside the person's centre: reason, text, password (re-authentication), then
 * read-only access for the grant's time, notified and reviewed by the layer ({@code BreakGlass}).
 */
@Controller
class HealthGlassController {

	private final HealthCare care;

	private final Pages pages;

	HealthGlassController(HealthCare care, Pages pages) {
		this.care = care;
		this.pages = pages;
	}

	@GetMapping("/health/glass/{kind}/{id}")
	String form(@PathVariable String kind, @PathVariable long id, Model model) {
		HealthRecordController.subject(kind, id);
		model.addAttribute("action", "/health/glass/" + kind + "/" + id);
		model.addAttribute("reasons", GlassReason.values());
		return "health/glass";
	}

	@PostMapping("/health/glass/{kind}/{id}")
	String open(@PathVariable String kind, @PathVariable long id, @RequestParam(required = false) GlassReason reason,
			@RequestParam(required = false) String text, @RequestParam(required = false) String password,
			RedirectAttributes flash) {
		Subject s = HealthRecordController.subject(kind, id);
		return pages.attempt(flash, "health.glass.opened", () -> care.breakGlass(CurrentUser.get(), s, reason, text, password))
			.map(g -> "redirect:" + HealthRecordController.path(s)).orElse("redirect:/health/glass/" + kind + "/" + id);
	}
}
