package dz.sanad.psychology.web;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import dz.sanad.platform.SanadUser;
import dz.sanad.psychology.Appointments;
import dz.sanad.psychology.CaseAccess;
import dz.sanad.psychology.NoteKind;
import dz.sanad.psychology.Notes;
import dz.sanad.psychology.PsyCase;
import dz.sanad.psychology.ReferralTarget;
import dz.sanad.psychology.Referrals;
import dz.sanad.psychology.Session;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Digits;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDateTime;

/**
 * What the care team writes on a record: notes, appointments, referrals out. Each action asks for CARE (a
 * break-the-glass reader is read-only and gets the same 404 as anyone else).
 */
@Controller
class CaseActionsController {

	private final CaseAccess access;

	private final Notes notes;

	private final Appointments appointments;

	private final Referrals referrals;

	private final Pages pages;

	CaseActionsController(CaseAccess access, Notes notes, Appointments appointments, Referrals referrals, Pages pages) {
		this.access = access;
		this.notes = notes;
		this.appointments = appointments;
		this.referrals = referrals;
		this.pages = pages;
	}

	private static String back(long id) {
		return "/psychology/cases/" + id;
	}

	@PostMapping("/psychology/cases/{id}/notes")
	String note(@PathVariable long id, @RequestParam(required = false) NoteKind kind,
			@RequestParam(required = false) String body, RedirectAttributes flash) {
		SanadUser user = CurrentUser.get();
		PsyCase c = access.care(user, id);
		return pages.run(flash, back(id), "psychology.note.saved", () -> notes.write(user, c, kind, body));
	}

	@PostMapping("/psychology/cases/{id}/appointments")
	String book(@PathVariable long id,
			@RequestParam(required = false) String start,
			@RequestParam(required = false) Integer minutes, @RequestParam(required = false) Session.Kind kind,
			@RequestParam(required = false) Session.Mode mode, RedirectAttributes flash) {
		SanadUser user = CurrentUser.get();
		PsyCase c = access.care(user, id);
		return pages.run(flash, back(id), "psychology.appointment.booked",
				() -> appointments.book(user, c, when(start), minutes, kind, mode));
	}

	/** The browser's datetime-local value ("2026-12-03T10:30"), with any digits the reader typed. */
	private static LocalDateTime when(String start) {
		if (start == null || start.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(Digits.latin(start.trim()));
		}
		catch (java.time.format.DateTimeParseException e) {
			throw BusinessException.onField("start", "psychology.error.start");
		}
	}

	@PostMapping("/psychology/cases/{id}/appointments/{appointment}")
	String mark(@PathVariable long id, @PathVariable long appointment,
			@RequestParam(required = false) Session.Status status, RedirectAttributes flash) {
		PsyCase c = access.care(CurrentUser.get(), id);
		return pages.run(flash, back(id), "psychology.appointment.saved", () -> appointments.mark(c, appointment, status));
	}

	@PostMapping("/psychology/cases/{id}/referrals")
	String refer(@PathVariable long id, @RequestParam(required = false) ReferralTarget target,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		SanadUser user = CurrentUser.get();
		PsyCase c = access.care(user, id);
		return pages.run(flash, back(id), "psychology.referral.sent", () -> referrals.refer(user, c, target, reason));
	}

	@PostMapping("/psychology/cases/{id}/referrals/{referral}/accept")
	String accept(@PathVariable long id, @PathVariable long referral, RedirectAttributes flash) {
		PsyCase c = access.care(CurrentUser.get(), id);
		return pages.run(flash, back(id), "psychology.referral.saved", () -> referrals.accept(c, referral));
	}

	@PostMapping("/psychology/cases/{id}/referrals/{referral}/close")
	String closeReferral(@PathVariable long id, @PathVariable long referral,
			@RequestParam(required = false) String outcome, RedirectAttributes flash) {
		PsyCase c = access.care(CurrentUser.get(), id);
		return pages.run(flash, back(id), "psychology.referral.saved", () -> referrals.close(c, referral, outcome));
	}
}
