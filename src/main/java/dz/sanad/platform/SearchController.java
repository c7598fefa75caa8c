package dz.sanad.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The header's search box for staff: every module's {@link SearchProvider} results, grouped by kind (page and API). */
@Controller
class SearchController {

	/** Results per kind: a search box points at a record, the module's own list pages browse the rest. */
	static final int PER_KIND = 10;

	static final int MIN_LENGTH = 2;

	private final List<SearchProvider> providers;

	private final MessageSource messages;

	SearchController(List<SearchProvider> providers, MessageSource messages) {
		this.providers = providers;
		this.messages = messages;
	}

	/** Staff only: a member has nothing to look up beyond their own pages. */
	@Bean
	static HttpRules searchRules() {
		String[] staff = Arrays.stream(Role.values()).filter(r -> r != Role.MEMBER).map(Role::name)
			.toArray(String[]::new);
		return rules -> rules.requestMatchers(HttpMethod.GET, "/search", "/api/search").hasAnyRole(staff);
	}

	/** One group of results of the same kind, in the order the providers come. */
	record Group(String kindKey, String label, List<SearchProvider.Result> results) {
	}

	@GetMapping("/search")
	String page(@RequestParam(required = false) String q, Model model) {
		String text = q == null ? "" : q.strip();
		model.addAttribute("q", text);
		model.addAttribute("tooShort", !text.isEmpty() && tooShort(text));
		model.addAttribute("groups", groups(text));
		return "search";
	}

	@GetMapping("/api/search")
	@ResponseBody
	Map<String, Object> api(@RequestParam(required = false) String q) {
		String text = q == null ? "" : q.strip();
		return Map.of("q", text, "groups", groups(text));
	}

	/** Two characters at least, except a number: application no. 7 is a precise reference. */
	private static boolean tooShort(String text) {
		return text.length() < MIN_LENGTH && !text.chars().allMatch(Character::isDigit);
	}

	private List<Group> groups(String text) {
		if (text.isEmpty() || tooShort(text) || text.length() > 100) {
			return List.of();
		}
		SanadUser user = CurrentUser.get();
		Map<String, List<SearchProvider.Result>> byKind = new LinkedHashMap<>();
		for (SearchProvider p : providers) {
			for (SearchProvider.Result r : p.search(user, text, PER_KIND)) {
				byKind.computeIfAbsent(r.kindKey(), k -> new ArrayList<>()).add(r);
			}
		}
		List<Group> groups = new ArrayList<>();
		byKind.forEach((kind, results) -> groups.add(new Group(kind,
				messages.getMessage(kind, null, LocaleContextHolder.getLocale()),
				results.subList(0, Math.min(results.size(), PER_KIND)))));
		return groups;
	}
}
