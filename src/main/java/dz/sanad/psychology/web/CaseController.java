package dz.sanad.psychology.web;

import dz.sanad.organisation.Organisation;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import dz.sanad.psychology.Appointments;
import dz.sanad.psychology.CaseAccess;
import dz.sanad.psychology.CaseState;
import dz.sanad.psychology.Caseload;
import dz.sanad.psychology.Consents;
import dz.sanad.psychology.NoteKind;
import dz.sanad.psychology.Notes;
import dz.sanad.psychology.OnCall;
import dz.sanad.psychology.Outcome;
import dz.sanad.psychology.PsyCase;
import dz.sanad.psychology.Records;
import dz.sanad.psychology.ReferralTarget;
import dz.sanad.psychology.Referrals;
import dz.sanad.psychology.Scopes;
import dz.sanad.psychology.Session;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Set;

/**
 * The clinicians' caseload and a record's page (care team and lead: everything but other authors' process notes),
 * with the lead's assignment, consent scopes, the referrer's outcome and closing. Each opening is logged.
 */
@Controller
class CaseController {

	private final Records records;

	private final Caseload caseload;

	private final CaseAccess access;

	private final Notes notes;

	private final Appointments appointments;

	private final Referrals referrals;

	private final Consents consents;

	private final OnCall onCall;

	private final Organisation organisation;

	private final Pages pages;

	private final Xlsx xlsx;

	CaseController(Records records, Caseload caseload, CaseAccess access, Notes notes, Appointments appointments,
			Referrals referrals, Consents consents, OnCall onCall, Organisation organisation, Pages pages, Xlsx xlsx) {
		this.records = records;
		this.caseload = caseload;
		this.access = access;
		this.notes = notes;
		this.appointments = appointments;
		this.referrals = referrals;
		this.consents = consents;
		this.onCall = onCall;
		this.organisation = organisation;
		this.pages = pages;
		this.xlsx = xlsx;
	}

	@GetMapping("/psychology/caseload")
	String caseload(@RequestParam(required = false) CaseState state, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		SanadUser user = CurrentUser.get();
		model.addAttribute("page", caseload.of(user, state, Paging.of(page, size, Sort.unsorted()),
				LocaleContextHolder.getLocale()));
		model.addAttribute("unassigned", caseload.unassigned(user, LocaleContextHolder.getLocale()));
		model.addAttribute("psychologists", onCall.psychologists());
		model.addAttribute("state", state);
		model.addAttribute("states", CaseState.values());
		return "psychology/caseload";
	}

	/** The caseload as a spreadsheet: reference, route, state, dates; never a note, a reason or a diagnosis. */
	@GetMapping("/psychology/caseload/export")
	void export(@RequestParam(required = false) CaseState state, HttpServletResponse response) {
		SanadUser user = CurrentUser.get();
		List<Caseload.Row> rows = caseload.all(user, state, LocaleContextHolder.getLocale());
		xlsx.export(response, "psychology-caseload", List.of(
				Xlsx.col("psychology.reference", (Caseload.Row r) -> r.record().reference()),
				Xlsx.col("psychology.person", (Caseload.Row r) -> r.person()),
				Xlsx.col("psychology.route", (Caseload.Row r) -> r.record().route()),
				Xlsx.col("psychology.state", (Caseload.Row r) -> r.record().state()),
				Xlsx.col("psychology.openedAt", (Caseload.Row r) -> r.record().openedAt())), rows.stream(),
				state == null ? "" : "state=" + state);
	}

	@GetMapping("/psychology/cases/{id}")
	String view(@PathVariable long id, Model model) {
		SanadUser user = CurrentUser.get();
		CaseAccess.Level level = access.level(user, id);
		if (level == CaseAccess.Level.GLASS) {
			return "redirect:/psychology/glass/" + id;
		}
		PsyCase c = access.read(user, id, level);
		model.addAttribute("c", c);
		model.addAttribute("person", caseload.person(c, LocaleContextHolder.getLocale()));
		model.addAttribute("reason", records.reason(id));
		model.addAttribute("team", records.team(id));
		model.addAttribute("notes", notes.readable(user, id, false, 200));
		model.addAttribute("appointments", appointments.ofCase(id));
		model.addAttribute("referrals", referrals.ofCase(id));
		model.addAttribute("scopes", consents.current(c));
		model.addAttribute("consentHistory", consents.history(c));
		model.addAttribute("centre", c.centreUnitId() == null ? null : organisation.find(c.centreUnitId()).orElse(null));
		model.addAttribute("allScopes", Scopes.ALL);
		model.addAttribute("noteKinds", NoteKind.values());
		model.addAttribute("kinds", Session.Kind.values());
		model.addAttribute("modes", Session.Mode.values());
		model.addAttribute("targets", ReferralTarget.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("psychologists", onCall.psychologists());
		model.addAttribute("lead", user.role() == dz.sanad.platform.Role.PSYCHOLOGY_LEAD);
		model.addAttribute("glass", false);
		return "psychology/case";
	}

	@PostMapping("/psychology/cases/{id}/assign")
	String assign(@PathVariable long id, @RequestParam(required = false) String psychologist, RedirectAttributes flash) {
		SanadUser user = CurrentUser.get();
		access.care(user, id);
		return pages.run(flash, "/psychology/cases/" + id, "psychology.assigned",
				() -> records.assign(user, id, psychologist, onCall.psychologists()));
	}

	@PostMapping("/psychology/cases/{id}/consent")
	String consent(@PathVariable long id, @RequestParam(required = false) Set<String> scopes, RedirectAttributes flash) {
		PsyCase c = access.care(CurrentUser.get(), id);
		return pages.run(flash, "/psychology/cases/" + id, "psychology.consent.recorded",
				() -> consents.record(c, scopes == null ? Set.of() : scopes));
	}

	@PostMapping("/psychology/cases/{id}/consent/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) String scope, RedirectAttributes flash) {
		PsyCase c = access.care(CurrentUser.get(), id);
		return pages.run(flash, "/psychology/cases/" + id, "psychology.consent.withdrawn",
				() -> consents.withdraw(c, scope));
	}

	@PostMapping("/psychology/cases/{id}/outcome")
	String outcome(@PathVariable long id, @RequestParam(required = false) Outcome outcome, RedirectAttributes flash) {
		PsyCase c = access.care(CurrentUser.get(), id);
		return pages.run(flash, "/psychology/cases/" + id, "psychology.outcome.saved",
				() -> records.outcome(c, outcome));
	}

	@PostMapping("/psychology/cases/{id}/close")
	String close(@PathVariable long id, RedirectAttributes flash) {
		PsyCase c = access.care(CurrentUser.get(), id);
		return pages.run(flash, "/psychology/cases/" + id, "psychology.closed", () -> records.close(c));
	}

	@PostMapping("/psychology/cases/{id}/reopen")
	String reopen(@PathVariable long id, RedirectAttributes flash) {
		PsyCase c = access.care(CurrentUser.get(), id);
		return pages.run(flash, "/psychology/cases/" + id, "psychology.reopened", () -> records.reopen(c));
	}
}
