package dz.sanad.access.web;

import dz.sanad.platform.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return CurrentUser.find().isPresent() ? "redirect:/" : "login";
	}
}
