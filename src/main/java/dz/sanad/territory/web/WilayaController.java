package dz.sanad.territory.web;

import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import dz.sanad.platform.Xlsx;
import dz.sanad.territory.Territory;
import dz.sanad.territory.Wilaya;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The wilayas (reference data, read by every staff role): filter by name or code, new ones only, export. */
@Controller
class WilayaController {

	private final Territory territory;

	private final Xlsx xlsx;

	WilayaController(Territory territory, Xlsx xlsx) {
		this.territory = territory;
		this.xlsx = xlsx;
	}

	@Bean
	static HttpRules territoryRules() {
		return rules -> rules.requestMatchers(HttpMethod.GET, "/territory/wilayas", "/territory/wilayas/export",
				"/api/territory/**").authenticated();
	}

	@Bean
	static Navigation territoryNavigation() {
		return () -> List.of(new NavLink("nav.section.reference", "nav.wilayas", "/territory/wilayas",
				Set.of("ADMIN", "TRAINING_MANAGER", "DGSN_SOCIAL", "WILAYA_OFFICER", "COMMITTEE", "DPO"), 890));
	}

	@GetMapping("/territory/wilayas")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Boolean recent,
			Model model) {
		model.addAttribute("q", q);
		model.addAttribute("recent", recent);
		model.addAttribute("wilayas", filter(q, recent));
		return "territory/wilayas";
	}

	@GetMapping("/territory/wilayas/export")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) Boolean recent,
			HttpServletResponse response) {
		xlsx.export(response, "wilayas", List.of(
				Xlsx.col("wilaya.code", Wilaya::getCode),
				Xlsx.col("wilaya.nameAr", Wilaya::getNameAr),
				Xlsx.col("wilaya.nameFr", Wilaya::getNameFr),
				Xlsx.col("wilaya.parent", Wilaya::getParentCode),
				Xlsx.col("wilaya.created", Wilaya::getCreatedOn)), filter(q, recent).stream(), "q=" + q);
	}

	private List<Wilaya> filter(String q, Boolean recent) {
		String needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
		return territory.wilayas().stream()
			.filter(w -> needle.isEmpty() || w.getCode().equals(needle) || w.getNameAr().contains(needle)
					|| w.getNameFr().toLowerCase(Locale.ROOT).contains(needle))
			.filter(w -> !Boolean.TRUE.equals(recent) || w.getParentCode() != null)
			.toList();
	}
}
