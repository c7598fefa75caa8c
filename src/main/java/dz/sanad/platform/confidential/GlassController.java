package dz.sanad.platform.confidential;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import dz.sanad.platform.Pages;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.WorkItems;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Set;

/** The reviewers' queue of break-the-glass grants: the reason as given, then a verdict once the access is over. */
@Controller
class GlassController {

	static final String[] REVIEWER_ROLES = { "PSYCHOLOGY_LEAD", "DPO" };

	private static final int LIMIT = 200;

	private final BreakGlass glass;

	private final ConfidentialDomains domains;

	private final Pages pages;

	GlassController(BreakGlass glass, ConfidentialDomains domains, Pages pages) {
		this.glass = glass;
		this.domains = domains;
		this.pages = pages;
	}

	@Bean
	static HttpRules glassRules() {
		return rules -> rules.requestMatchers("/confidential/glass", "/confidential/glass/**").hasAnyRole(REVIEWER_ROLES);
	}

	@Bean
	static Navigation glassNavigation() {
		return () -> List.of(new NavLink("nav.section.admin", "nav.glass", "/confidential/glass",
				Set.of(REVIEWER_ROLES), 970));
	}

	@Bean
	static WorkItems glassWorkItems(BreakGlass glass) {
		return user -> {
			long count = glass.countAwaiting(user);
			return count == 0 ? List.of()
					: List.of(new WorkItems.WorkItem(count, "confidential.glass.work", "/confidential/glass"));
		};
	}

	@GetMapping("/confidential/glass")
	String queue(@RequestParam(defaultValue = "true") boolean awaiting, Model model) {
		SanadUser user = reviewer();
		model.addAttribute("awaiting", awaiting);
		model.addAttribute("grants", glass.forReviewer(user, awaiting, LIMIT));
		model.addAttribute("verdicts", GlassVerdict.values());
		model.addAttribute("me", user.getUsername());
		return "confidential/glass";
	}

	@PostMapping("/confidential/glass/{id}/review")
	String review(@PathVariable long id, @RequestParam(required = false) GlassVerdict verdict,
			@RequestParam(required = false) String comment, RedirectAttributes flash) {
		reviewer();
		return pages.run(flash, "/confidential/glass", "confidential.glass.reviewed",
				() -> glass.review(id, verdict, comment));
	}

	private SanadUser reviewer() {
		SanadUser user = CurrentUser.get();
		if (domains.reviewedBy(user).isEmpty()) {
			throw new AccessDeniedException("reviews no confidential domain");
		}
		return user;
	}
}
