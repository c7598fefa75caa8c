package dz.sanad.psychology.web;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.UnitKind;
import dz.sanad.people.People;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Pages;
import dz.sanad.platform.SanadUser;
import dz.sanad.psychology.Appointments;
import dz.sanad.psychology.Caseload;
import dz.sanad.psychology.Consents;
import dz.sanad.psychology.PsyCase;
import dz.sanad.psychology.Records;
import dz.sanad.psychology.Scopes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;

/**
 * The member's side: asking for a confidential follow-up (for themself or their family), and the state of their
 * records — state, next appointment "at the centre", consent scopes they may withdraw — never a note.
 */
@Controller
class MyPsychologyController {

	private final Records records;

	private final Caseload caseload;

	private final Appointments appointments;

	private final Consents consents;

	private final People people;

	private final Organisation organisation;

	private final Pages pages;

	MyPsychologyController(Records records, Caseload caseload, Appointments appointments, Consents consents,
			People people, Organisation organisation, Pages pages) {
		this.records = records;
		this.caseload = caseload;
		this.appointments = appointments;
		this.consents = consents;
		this.people = people;
		this.organisation = organisation;
		this.pages = pages;
	}

	@GetMapping("/psychology/my")
	String mine(Model model) {
		model.addAttribute("rows", caseload.ofMember(CurrentUser.get(), LocaleContextHolder.getLocale()));
		return "psychology/my";
	}

	@GetMapping("/psychology/my/new")
	String form(Model model) {
		SanadUser user = CurrentUser.get();
		model.addAttribute("family", people.familyOf(user.memberId()));
		model.addAttribute("centres", organisation.activeOfKinds(Set.of(UnitKind.SOCIAL_MEDICAL_CENTRE)));
		model.addAttribute("allScopes", Scopes.ALL);
		return "psychology/my-new";
	}

	@PostMapping("/psychology/my")
	String submit(@RequestParam(required = false) Long familyMemberId, @RequestParam(required = false) Long centreId,
			@RequestParam(required = false) String message, @RequestParam(required = false) Set<String> scopes,
			RedirectAttributes flash) {
		SanadUser user = CurrentUser.get();
		return pages.attempt(flash, "psychology.my.sent",
				() -> records.selfRefer(user, familyMemberId, centreId, message, scopes))
			.map(c -> "redirect:/psychology/my/" + c.id()).orElse("redirect:/psychology/my/new");
	}

	@GetMapping("/psychology/my/{id}")
	String detail(@PathVariable long id, Model model) {
		PsyCase c = own(id);
		model.addAttribute("c", c);
		model.addAttribute("next", appointments.next(id).orElse(null));
		model.addAttribute("scopes", consents.current(c));
		return "psychology/my-case";
	}

	@PostMapping("/psychology/my/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) String scope, RedirectAttributes flash) {
		PsyCase c = own(id);
		return pages.run(flash, "/psychology/my/" + id, "psychology.consent.withdrawn", () -> consents.withdraw(c, scope));
	}

	private PsyCase own(long id) {
		return caseload.ownedBy(CurrentUser.get(), id).orElseThrow(() -> new NotFoundException("psychology case " + id));
	}
}
