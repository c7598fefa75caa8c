package dz.sanad.psychology.web;

import dz.sanad.people.People;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Pages;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.BreakGlass;
import dz.sanad.platform.confidential.GlassReason;
import dz.sanad.platform.confidential.Grant;
import dz.sanad.psychology.Appointments;
import dz.sanad.psychology.CaseAccess;
import dz.sanad.psychology.Caseload;
import dz.sanad.psychology.Notes;
import dz.sanad.psychology.OnCall;
import dz.sanad.psychology.PsyCase;
import dz.sanad.psychology.Records;
import dz.sanad.psychology.Referrals;
import dz.sanad.psychology.Scopes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * Break-the-glass for the psychologist on call today: find the person's records by matricule (references only),
 * give a reason, a text and one's password, then read the record read-only, without process notes, until the grant
 * expires. The owning psychologists and the lead are told at once by the layer; the lead reviews it afterwards.
 */
@Controller
class PsychologyGlassController {

	private final OnCall onCall;

	private final People people;

	private final Caseload caseload;

	private final Records records;

	private final CaseAccess access;

	private final BreakGlass glass;

	private final Notes notes;

	private final Appointments appointments;

	private final Referrals referrals;

	private final Pages pages;

	PsychologyGlassController(OnCall onCall, People people, Caseload caseload, Records records, CaseAccess access,
			BreakGlass glass, Notes notes, Appointments appointments, Referrals referrals, Pages pages) {
		this.onCall = onCall;
		this.people = people;
		this.caseload = caseload;
		this.records = records;
		this.access = access;
		this.glass = glass;
		this.notes = notes;
		this.appointments = appointments;
		this.referrals = referrals;
		this.pages = pages;
	}

	@GetMapping("/psychology/glass")
	String form(@RequestParam(required = false) String matricule, Model model) {
		SanadUser user = CurrentUser.get();
		boolean onDuty = onCall.isOnCallToday(user);
		model.addAttribute("onDuty", onDuty);
		model.addAttribute("matricule", matricule);
		model.addAttribute("reasons", GlassReason.values());
		List<Caseload.Row> rows = List.of();
		if (onDuty && matricule != null && !matricule.isBlank()) {
			rows = people.byMatricule(matricule.trim())
				.map(m -> caseload.ofPerson(m.getId(), LocaleContextHolder.getLocale())).orElse(List.of());
		}
		model.addAttribute("rows", rows);
		return "psychology/glass";
	}

	@PostMapping("/psychology/glass")
	String open(@RequestParam long caseId, @RequestParam(required = false) GlassReason reason,
			@RequestParam(required = false) String text, @RequestParam(required = false) String password,
			RedirectAttributes flash) {
		PsyCase c = records.get(caseId);
		return pages.attempt(flash, "psychology.glass.opened", () -> glass.open(Scopes.DOMAIN, "case",
				String.valueOf(caseId), c.subject(), reason, text, password))
			.map(g -> "redirect:/psychology/glass/" + caseId).orElse("redirect:/psychology/glass");
	}

	@GetMapping("/psychology/glass/{id}")
	String view(@PathVariable long id, Model model) {
		SanadUser user = CurrentUser.get();
		CaseAccess.Level level = access.level(user, id);
		if (level == CaseAccess.Level.CARE) {
			return "redirect:/psychology/cases/" + id;
		}
		if (level != CaseAccess.Level.GLASS) {
			throw new NotFoundException("psychology case " + id);
		}
		Grant grant = glass.active(Scopes.DOMAIN, String.valueOf(id)).orElseThrow();
		PsyCase c = access.read(user, id, level);
		model.addAttribute("c", c);
		model.addAttribute("grant", grant);
		model.addAttribute("person", caseload.person(c, LocaleContextHolder.getLocale()));
		model.addAttribute("reason", records.reason(id));
		model.addAttribute("team", records.team(id));
		model.addAttribute("notes", notes.readable(user, id, true, 200));
		model.addAttribute("appointments", appointments.ofCase(id));
		model.addAttribute("referrals", referrals.ofCase(id));
		return "psychology/glass-case";
	}
}
