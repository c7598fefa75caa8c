package dz.sanad.psychology.web;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import dz.sanad.psychology.Caseload;
import dz.sanad.psychology.Records;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Command and medical referrals: the referrer names a member, gives a reason, and later reads the outcome only. */
@Controller
class ReferrerController {

	private final Records records;

	private final Caseload caseload;

	private final Pages pages;

	ReferrerController(Records records, Caseload caseload, Pages pages) {
		this.records = records;
		this.caseload = caseload;
		this.pages = pages;
	}

	@GetMapping("/psychology/referrals")
	String list(Model model) {
		model.addAttribute("rows", caseload.referredBy(CurrentUser.get(), LocaleContextHolder.getLocale()));
		return "psychology/referrals";
	}

	@PostMapping("/psychology/referrals")
	String refer(@RequestParam(required = false) String matricule, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		return pages.run(flash, "/psychology/referrals", "psychology.referred",
				() -> records.refer(CurrentUser.get(), matricule, reason));
	}
}
