package dz.sanad.access.web;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Languages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Arrays;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		// a language picked here (the lang link, or its cookie from an earlier pick) goes with the form, so that it
		// wins over the account's saved preference for the session that starts
		boolean chosen = request.getParameter("lang") != null || (request.getCookies() != null
				&& Arrays.stream(request.getCookies()).anyMatch(c -> Languages.COOKIE.equals(c.getName())));
		model.addAttribute("languageChosen", chosen);
		return CurrentUser.find().isPresent() ? "redirect:/" : "login";
	}
}
