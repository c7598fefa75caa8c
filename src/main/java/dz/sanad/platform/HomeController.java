package dz.sanad.platform;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The landing page: the work waiting for the user (from every module's {@link WorkItems}), then the pages of the role. */
@Controller
class HomeController {

	/** Roles no module serves yet: their home says so instead of showing an empty page. */
	private static final Set<Role> WITHOUT_MODULE = Set.of(Role.PSYCHOLOGIST, Role.PSYCHOLOGY_LEAD);

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
		model.addAttribute("noModule", WITHOUT_MODULE.contains(user.role()));
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("greetingName", names.stream().map(n -> n.nameOf(user, locale)).flatMap(Optional::stream)
			.findFirst().orElseGet(() -> inLanguage(user.fullName(), locale)));
		return "home";
	}
}
