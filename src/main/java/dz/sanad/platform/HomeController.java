package dz.sanad.platform;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The landing page: the work waiting for the user (from every module's {@link WorkItems}), then the pages of the role. */
@Controller
class HomeController {

	private final List<WorkItems> contributors;

	private final List<PersonNames> names;

	HomeController(List<WorkItems> contributors, List<PersonNames> names) {
		this.contributors = contributors;
		this.names = names;
	}

	/** Account names are often bilingual, "عربي — Français": the part in the reader's script. */
	static String inLanguage(String fullName, Locale locale) {
		if (fullName == null || !fullName.contains(" — ")) {
			return fullName;
		}
		String[] parts = fullName.split(" — ", 2);
		boolean firstArabic = parts[0].codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
		boolean rtl = Languages.isRightToLeft(locale);
		return (rtl == firstArabic ? parts[0] : parts[1]).strip();
	}

	@GetMapping("/")
	String home(Model model) {
		SanadUser user = CurrentUser.get();
		model.addAttribute("workItems", contributors.stream().flatMap(c -> c.itemsFor(user).stream())
			.filter(i -> i.count() > 0).toList());
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("greetingName", names.stream().map(n -> n.nameOf(user, locale)).flatMap(Optional::stream)
			.findFirst().orElseGet(() -> inLanguage(user.fullName(), locale)));
		return "home";
	}
}
