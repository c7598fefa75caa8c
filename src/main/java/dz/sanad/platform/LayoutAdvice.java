package dz.sanad.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What every page's layout needs: language and direction, demo badge, the navigation the user may see. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

	private final List<Navigation> navigations;

	private final DemoMode demoMode;

	private final Notifications notifications;

	private volatile List<NavLink> allLinks;

	LayoutAdvice(List<Navigation> navigations, DemoMode demoMode, Notifications notifications) {
		this.navigations = navigations;
		this.demoMode = demoMode;
		this.notifications = notifications;
	}

	@ModelAttribute
	void layout(Model model, HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		boolean rtl = Languages.isRightToLeft(locale);
		model.addAttribute("lang", locale.getLanguage());
		model.addAttribute("dir", rtl ? "rtl" : "ltr");
		model.addAttribute("demo", demoMode.isEnabled());
		model.addAttribute("currentPath", request.getRequestURI());
		model.addAttribute("query", queryWithoutPage(request.getQueryString()));
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		model.addAttribute("nav", navFor(auth));
		// the header badge: two index look-ups (see V12), cheap enough for every page
		model.addAttribute("unreadCount", auth != null && auth.getPrincipal() instanceof SanadUser u
				? notifications.unread(u) : 0L);
	}

	/** The query string without page / lang, ending with '&' when not empty, for pager and export links. */
	static String queryWithoutPage(String query) {
		if (query == null || query.isBlank()) {
			return "";
		}
		String kept = java.util.Arrays.stream(query.split("&"))
			.filter(p -> !p.startsWith("page=") && !p.startsWith("lang=") && !p.isBlank())
			.collect(Collectors.joining("&"));
		return kept.isEmpty() ? "" : kept + "&";
	}

	/** Sections in order, each with the links the user's roles allow. */
	Map<String, List<NavLink>> navFor(Authentication auth) {
		if (auth == null || !auth.isAuthenticated()) {
			return Map.of();
		}
		Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
		return links().stream().filter(l -> l.roles().stream().anyMatch(roles::contains))
			.collect(Collectors.groupingBy(NavLink::section, LinkedHashMap::new, Collectors.toList()));
	}

	private List<NavLink> links() {
		List<NavLink> links = allLinks;
		if (links == null) {
			links = navigations.stream().flatMap(n -> n.links().stream())
				.sorted(Comparator.comparingInt(NavLink::order)).toList();
			allLinks = links;
		}
		return links;
	}
}
