package dz.sanad.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: the sections and pages the user's role opens, as cards. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}
}
