package dz.sanad.steering.web;

import dz.sanad.documents.Pdf;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Languages;
import dz.sanad.platform.Pages;
import dz.sanad.steering.Agreements;
import dz.sanad.steering.Committee;
import dz.sanad.steering.Indicators;
import dz.sanad.steering.Meetings;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Meetings of the follow-up committee: agenda, attendance, outcomes, minutes and their approval, the PDF. */
@Controller
class MeetingController {

	private final Meetings meetings;

	private final Committee committee;

	private final Agreements agreements;

	private final Indicators indicators;

	private final Pages pages;

	private final Pdf pdf;

	private final dz.sanad.platform.Formats formats;

	MeetingController(Meetings meetings, Committee committee, Agreements agreements, Indicators indicators,
			Pages pages, Pdf pdf, dz.sanad.platform.Formats formats) {
		this.formats = formats;
		this.meetings = meetings;
		this.committee = committee;
		this.agreements = agreements;
		this.indicators = indicators;
		this.pages = pages;
		this.pdf = pdf;
	}

	@GetMapping("/steering/meetings")
	String list(Model model) {
		model.addAttribute("meetings", meetings.meetings());
		return "steering/meetings";
	}

	@PostMapping("/steering/meetings")
	String plan(@RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
			@RequestParam(required = false) String place, RedirectAttributes flash) {
		return pages.attempt(flash, "steering.saved", () -> meetings.plan(CurrentUser.get(), kind,
				at == null ? null : at.atZone(dz.sanad.platform.Formats.ZONE).toOffsetDateTime(), place))
			.map(m -> "redirect:/steering/meetings/" + m.id()).orElse("redirect:/steering/meetings");
	}

	@GetMapping("/steering/meetings/{id}")
	String meeting(@PathVariable Long id, Model model) {
		Meetings.Meeting m = meetings.meeting(id);
		model.addAttribute("m", m);
		model.addAttribute("items", meetings.items(id));
		model.addAttribute("outcomes", meetings.outcomes(id));
		model.addAttribute("attendance", meetings.attendance(id));
		model.addAttribute("approvals", meetings.minutesApprovals(id));
		model.addAttribute("hash", meetings.minutesHash(m));
		model.addAttribute("members", committee.members());
		model.addAttribute("articles", agreements.articles());
		model.addAttribute("commitments", agreements.commitments());
		model.addAttribute("indicators", indicators.indicators());
		model.addAttribute("me", committee.member(CurrentUser.get().getUsername()).orElse(null));
		return "steering/meeting";
	}

	@PostMapping("/steering/meetings/{id}/items")
	String addItem(@PathVariable Long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) Long articleId, @RequestParam(required = false) Long commitmentId,
			@RequestParam(required = false) Long indicatorId, RedirectAttributes flash) {
		return pages.run(flash, "/steering/meetings/" + id, "steering.saved",
				() -> meetings.addItem(CurrentUser.get(), id, title, articleId, commitmentId, indicatorId));
	}

	@PostMapping("/steering/meetings/{id}/convene")
	String convene(@PathVariable Long id, RedirectAttributes flash) {
		return pages.run(flash, "/steering/meetings/" + id, "steering.meeting.convenedDone",
				() -> meetings.convene(CurrentUser.get(), id));
	}

	@PostMapping("/steering/meetings/{id}/open")
	String open(@PathVariable Long id, @RequestParam(required = false) List<String> present,
			RedirectAttributes flash) {
		Map<String, Boolean> p = new HashMap<>();
		if (present != null) {
			present.forEach(u -> p.put(u, true));
		}
		return pages.run(flash, "/steering/meetings/" + id, "steering.meeting.openedDone",
				() -> meetings.open(CurrentUser.get(), id, p));
	}

	@PostMapping("/steering/meetings/{id}/close")
	String close(@PathVariable Long id, RedirectAttributes flash) {
		return pages.run(flash, "/steering/meetings/" + id, "steering.meeting.closedDone",
				() -> meetings.close(CurrentUser.get(), id));
	}

	@PostMapping("/steering/meetings/{id}/items/{itemId}/outcomes")
	String outcome(@PathVariable Long id, @PathVariable Long itemId, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String text, @RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			RedirectAttributes flash) {
		return pages.run(flash, "/steering/meetings/" + id, "steering.saved",
				() -> meetings.record(CurrentUser.get(), itemId, kind, text, owner, dueOn));
	}

	@PostMapping("/steering/meetings/{id}/minutes")
	String minutes(@PathVariable Long id, @RequestParam(required = false) String minutes, RedirectAttributes flash) {
		return pages.run(flash, "/steering/meetings/" + id, "steering.saved",
				() -> meetings.saveMinutes(CurrentUser.get(), id, minutes));
	}

	@PostMapping("/steering/meetings/{id}/approve")
	String approve(@PathVariable Long id, RedirectAttributes flash) {
		return pages.run(flash, "/steering/meetings/" + id, "steering.approved",
				() -> meetings.approveMinutes(CurrentUser.get(), id));
	}

	/** The minutes as a PDF, in Arabic or French ({@code lang=ar|fr}), with their hash once frozen. */
	@GetMapping("/steering/meetings/{id}/minutes.pdf")
	void minutesPdf(@PathVariable Long id, @RequestParam(defaultValue = "ar") String lang,
			HttpServletResponse response) throws IOException {
		Meetings.Meeting m = meetings.meeting(id);
		Locale locale = "fr".equals(lang) ? Languages.FRENCH : Languages.ARABIC;
		Map<String, Object> model = new HashMap<>();
		model.put("m", m);
		model.put("items", meetings.items(id));
		model.put("outcomes", meetings.outcomes(id));
		model.put("attendance", meetings.attendance(id));
		model.put("approvals", meetings.minutesApprovals(id));
		model.put("hash", meetings.minutesHash(m));
		model.put("members", committee.members());
		model.put("rtl", locale == Languages.ARABIC);
		model.put("fmt", formats);
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition", "inline; filename=\"minutes-" + m.year() + "-" + m.number() + "-"
				+ locale.getLanguage() + ".pdf\"");
		response.getOutputStream().write(pdf.render("pdf/steering-minutes", model, locale));
	}

	@GetMapping("/steering/actions")
	String actions(Model model) {
		model.addAttribute("actions", meetings.openActions());
		model.addAttribute("today", dz.sanad.platform.Dates.today());
		return "steering/actions";
	}

	@PostMapping("/steering/actions/{id}/status")
	String actionStatus(@PathVariable Long id, @RequestParam(required = false) String status,
			RedirectAttributes flash) {
		return pages.run(flash, "/steering/actions", "steering.saved",
				() -> meetings.setActionStatus(CurrentUser.get(), id, status));
	}
}
