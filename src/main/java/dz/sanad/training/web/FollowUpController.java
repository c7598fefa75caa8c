package dz.sanad.training.web;

import dz.sanad.platform.Pages;
import dz.sanad.training.Delivery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supervisor's follow-up questionnaire (Kirkpatrick level 3), reached from the e-mail's unguessable link. */
@Controller("trainingFollowUpController")
class FollowUpController {

	private final Delivery delivery;

	private final Pages pages;

	FollowUpController(Delivery delivery, Pages pages) {
		this.delivery = delivery;
		this.pages = pages;
	}

	@GetMapping("/training/follow-up/{token}")
	String form(@PathVariable String token, Model model) {
		model.addAttribute("followUp", delivery.followUp(token));
		return "training/follow-up";
	}

	@PostMapping("/training/follow-up/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) String applied,
			@RequestParam(required = false) String comment, RedirectAttributes flash) {
		return pages.run(flash, "/training/follow-up/" + token, "training.followup.saved",
				() -> delivery.answerFollowUp(token, applied, comment));
	}
}
