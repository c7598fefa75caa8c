package dz.sanad.people.web;

import dz.sanad.people.Consent;
import dz.sanad.people.PeopleConsents;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Withdrawal of a consent by staff in scope (members withdraw theirs from their own page). */
@Controller
class ConsentController {

	private final PeopleConsents consents;

	ConsentController(PeopleConsents consents) {
		this.consents = consents;
	}

	@PostMapping("/people/consents/{id}/withdraw")
	String withdraw(@PathVariable Long id, @RequestParam(required = false) String reason,
			@RequestParam Long memberId, RedirectAttributes flash) {
		try {
			Consent c = consents.withdraw(CurrentUser.get(), id, reason);
			flash.addFlashAttribute("success", "consent.withdrawn");
			return "redirect:/people/members/" + c.getMemberId() + "#consents";
		}
		catch (BusinessException e) {
			flash.addFlashAttribute("error", e.messageKey());
			return "redirect:/people/members/" + memberId + "#consents";
		}
	}
}
