package dz.sanad.people.web;

import dz.sanad.people.Consent;
import dz.sanad.people.PeopleConsents;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Withdrawal of a consent by staff in scope (members withdraw theirs from their own page). */
@Controller
class ConsentController {

	private final PeopleConsents consents;

	private final Pages pages;

	ConsentController(PeopleConsents consents, Pages pages) {
		this.pages = pages;
		this.consents = consents;
	}

	@PostMapping("/people/consents/{id}/withdraw")
	String withdraw(@PathVariable Long id, @RequestParam(required = false) String reason,
			@RequestParam Long memberId, RedirectAttributes flash) {
		return pages.attempt(flash, "consent.withdrawn", () -> consents.withdraw(CurrentUser.get(), id, reason))
			.map(c -> "redirect:/people/members/" + c.getMemberId() + "#consents")
			.orElse("redirect:/people/members/" + memberId + "#consents");
	}
}
