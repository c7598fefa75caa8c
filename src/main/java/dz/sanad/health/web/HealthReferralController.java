package dz.sanad.health.web;

import dz.sanad.health.HealthCampaigns;
import dz.sanad.health.ChronicFollowUp;
import dz.sanad.health.HealthReferrals;
import dz.sanad.health.Referral;
import dz.sanad.health.HealthServices;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import dz.sanad.platform.SanadUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Referrals (list, one referral and its moves) and campaigns (list, new, invitations, participation). */
@Controller
class HealthReferralController {

	private final HealthReferrals referrals;

	private final HealthCampaigns campaigns;

	private final HealthServices services;

	private final Pages pages;

	HealthReferralController(HealthReferrals referrals, HealthCampaigns campaigns, HealthServices services, Pages pages) {
		this.referrals = referrals;
		this.campaigns = campaigns;
		this.services = services;
		this.pages = pages;
	}

	@GetMapping("/health/referrals")
	String list(@RequestParam(required = false) Referral.State state, Model model) {
		model.addAttribute("state", state);
		model.addAttribute("states", Referral.State.values());
		model.addAttribute("rows", referrals.ofCentre(CurrentUser.get(), state));
		return "health/referrals";
	}

	@GetMapping("/health/referrals/{id}")
	String referral(@PathVariable long id, Model model) {
		Referral r = referrals.get(CurrentUser.get(), id);
		model.addAttribute("referral", r);
		model.addAttribute("back", HealthRecordController.path(referrals.subjectOf(r)));
		model.addAttribute("history", referrals.history(id));
		return "health/referral";
	}

	@PostMapping("/health/referrals/{id}/{action}")
	String move(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) LocalDate on,
			@RequestParam(required = false) String report, RedirectAttributes flash) {
		SanadUser user = CurrentUser.get();
		return pages.run(flash, "/health/referrals/" + id, "health.saved", () -> {
			switch (action) {
				case "schedule" -> referrals.schedule(user, id, on);
				case "seen" -> referrals.seen(user, id);
				case "report" -> referrals.reported(user, id, report);
				case "close" -> referrals.close(user, id);
				default -> throw BusinessException.of("health.error.action");
			}
		});
	}

	@GetMapping("/health/campaigns")
	String campaigns(Model model) {
		SanadUser user = CurrentUser.get();
		model.addAttribute("rows", campaigns.ofCentre(user));
		model.addAttribute("themes", HealthCampaigns.Theme.values());
		model.addAttribute("groups", ChronicFollowUp.Group.values());
		model.addAttribute("services", user.scopeUnitId() == null ? java.util.List.of() : services.ofCentre(user.scopeUnitId()));
		return "health/campaigns";
	}

	@PostMapping("/health/campaigns")
	String create(@RequestParam(required = false) HealthCampaigns.Theme theme, @RequestParam(required = false) String name,
			@RequestParam(required = false) LocalDate startsOn, @RequestParam(required = false) LocalDate endsOn,
			@RequestParam(required = false) Integer ageMin, @RequestParam(required = false) Integer ageMax,
			@RequestParam(required = false) String sex, @RequestParam(required = false) ChronicFollowUp.Group chronicGroup,
			@RequestParam(required = false) Long serviceId, RedirectAttributes flash) {
		var form = new HealthCampaigns.Form(theme, name, startsOn, endsOn, ageMin, ageMax, sex, chronicGroup, serviceId);
		return pages.attempt(flash, "health.campaign.created", () -> campaigns.create(CurrentUser.get(), form))
			.map(c -> "redirect:/health/campaigns/" + c.id()).orElse("redirect:/health/campaigns");
	}

	@GetMapping("/health/campaigns/{id}")
	String campaign(@PathVariable long id, @RequestParam(required = false) String status, Model model) {
		SanadUser user = CurrentUser.get();
		String st = status == null || status.isBlank() ? null : status;
		model.addAttribute("campaign", campaigns.get(user, id));
		model.addAttribute("status", st);
		model.addAttribute("invitations", campaigns.invitations(user, id, st, 200));
		return "health/campaign";
	}

	@PostMapping("/health/campaigns/{id}/invite")
	String invite(@PathVariable long id, RedirectAttributes flash) {
		return pages.attempt(flash, "health.campaign.invited", () -> campaigns.invite(CurrentUser.get(), id))
			.map(n -> "redirect:/health/campaigns/" + id).orElse("redirect:/health/campaigns/" + id);
	}

	@PostMapping("/health/invitations/{id}")
	String participation(@PathVariable long id, @RequestParam(defaultValue = "false") boolean participated,
			@RequestParam(defaultValue = "false") boolean followUp,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime followUpAt,
			@RequestParam(required = false) Long campaignId, RedirectAttributes flash) {
		String back = campaignId == null ? "/health/campaigns" : "/health/campaigns/" + campaignId;
		return pages.run(flash, back, "health.saved",
				() -> campaigns.participation(CurrentUser.get(), id, participated, followUp, followUpAt));
	}
}
