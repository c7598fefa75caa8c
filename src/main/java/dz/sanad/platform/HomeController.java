package dz.sanad.platform;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Set;

/** The landing page: the work waiting for the user (from every module's {@link WorkItems}), then the pages of the role. */
@Controller
class HomeController {

	/** Roles no module serves yet: their home says so instead of showing an empty page. */
	private static final Set<Role> WITHOUT_MODULE = Set.of(Role.PSYCHOLOGIST, Role.HEALTH_OFFICER);

	private final List<WorkItems> contributors;

	HomeController(List<WorkItems> contributors) {
		this.contributors = contributors;
	}

	@GetMapping("/")
	String home(Model model) {
		SanadUser user = CurrentUser.get();
		model.addAttribute("workItems", contributors.stream().flatMap(c -> c.itemsFor(user).stream())
			.filter(i -> i.count() > 0).toList());
		model.addAttribute("noModule", WITHOUT_MODULE.contains(user.role()));
		return "home";
	}
}
