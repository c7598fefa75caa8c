package dz.sanad.access.web;

import dz.sanad.access.AccountService;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Forms;
import dz.sanad.platform.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user changes their own password here; a refusal is shown under the field it concerns. */
@Controller
@RequestMapping("/account/password")
class OwnPasswordController {

	private final AccountService accounts;

	OwnPasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	public static class PasswordForm {

		private String currentPassword;

		private String password;

		public String getCurrentPassword() { return currentPassword; }
		public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
		public String getPassword() { return password; }
		public void setPassword(String password) { this.password = password; }
	}

	@GetMapping
	String form(@ModelAttribute("form") PasswordForm form) {
		return "access/password";
	}

	@PostMapping
	String change(@ModelAttribute("form") PasswordForm form, BindingResult errors, RedirectAttributes flash) {
		if (!Forms.succeeds(errors, "password", () -> accounts.changeOwnPassword(CurrentUser.get().getUsername(),
				form.getCurrentPassword(), form.getPassword()))) {
			// never send a typed password back into the page
			form.setCurrentPassword(null);
			form.setPassword(null);
			return "access/password";
		}
		flash.addFlashAttribute(Pages.SUCCESS, "account.password.changed");
		return "redirect:/account/password";
	}
}
