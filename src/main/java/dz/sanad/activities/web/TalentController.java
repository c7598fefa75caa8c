package dz.sanad.activities.web;

import dz.sanad.activities.ScopeGuard;
import dz.sanad.activities.Talent;
import dz.sanad.activities.TalentService;
import dz.sanad.activities.TalentService.TalentFilter;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import dz.sanad.platform.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The register of talents, with guardian consent, evaluations, plan and showcases; the editable domains. */
@Controller
@RequestMapping("/activities/talents")
class TalentController {

	private final TalentService talents;

	private final ScopeGuard guard;

	private final Xlsx xlsx;

	private final Pages pages;

	TalentController(TalentService talents, ScopeGuard guard, Xlsx xlsx, Pages pages) {
		this.pages = pages;
		this.talents = talents;
		this.guard = guard;
		this.xlsx = xlsx;
	}

	private Map<Long, Unit> units() {
		return guard.establishments().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
	}

	private Map<Long, TalentService.Domain> domains() {
		return talents.domains(false).stream().collect(Collectors.toMap(TalentService.Domain::id, Function.identity()));
	}

	@GetMapping
	String list(TalentFilter filter, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", talents.search(filter, Paging.of(page, null, Sort.by("nameAr"))));
		model.addAttribute("units", units());
		model.addAttribute("domains", domains());
		model.addAttribute("activeDomains", talents.domains(true));
		model.addAttribute("methods", TalentService.CONSENT_METHODS);
		return "activities/talents";
	}

	@GetMapping("/export")
	void export(TalentFilter filter, HttpServletResponse response) {
		var locale = LocaleContextHolder.getLocale();
		Map<Long, TalentService.Domain> domains = domains();
		Map<Long, Unit> units = units();
		xlsx.export(response, "talents", List.<Xlsx.Column<Talent>>of(
				Xlsx.col("act.reg.participant", t -> t.name(locale)),
				Xlsx.col("act.reg.birthDate", Talent::getBirthDate),
				Xlsx.col("act.talent.domain", t -> domains.get(t.getDomainId()).name(locale)),
				Xlsx.col("act.unit", t -> units.containsKey(t.getUnitId()) ? units.get(t.getUnitId()).getCode() : null),
				Xlsx.col("act.talent.consent", t -> t.getConsentId() != null),
				Xlsx.col("act.talent.status", t -> t.getStatus())), talents.searchAll(filter).stream(), String.valueOf(filter));
	}

	@PostMapping("/new")
	String register(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String matricule,
			@RequestParam(required = false) Long familyMemberId, @RequestParam(required = false) Long domainId,
			@RequestParam(required = false) String description, @RequestParam(defaultValue = "false") boolean consent,
			@RequestParam(required = false) String consentMethod, RedirectAttributes flash) {
		return pages.attempt(flash, "act.saved",
				() -> talents.register(unitId, matricule, familyMemberId, domainId, description, consent, consentMethod))
			.map(t -> "redirect:/activities/talents/" + t.getId())
			.orElse("redirect:/activities/talents");
	}

	@GetMapping("/{id}")
	String view(@PathVariable Long id, Model model) {
		Talent t = talents.talent(id);
		model.addAttribute("talent", t);
		model.addAttribute("domain", domains().get(t.getDomainId()));
		model.addAttribute("consent", talents.consent(t.getConsentId()));
		model.addAttribute("evaluations", talents.evaluations(id));
		model.addAttribute("showcases", talents.showcases(id));
		return "activities/talent";
	}

	@PostMapping("/{id}/{what:plan|evaluations|showcases|withdraw-consent}")
	String change(@PathVariable Long id, @PathVariable String what, @RequestParam Map<String, String> p,
			RedirectAttributes flash) {
		return pages.run(flash, "/activities/talents/" + id, "act.saved", () -> {
			switch (what) {
				case "plan" -> talents.updatePlan(id, p.get("plan"));
				case "evaluations" -> talents.addEvaluation(id, ClubController.date(p.get("evaluatedOn")), p.get("evaluator"),
						p.get("score") == null || p.get("score").isBlank() ? null : ClubController.number(p.get("score")).intValue(), p.get("notes"));
				case "showcases" -> talents.addShowcase(id, ClubController.date(p.get("heldOn")), p.get("title"), p.get("venue"));
				default -> talents.withdrawConsent(id);
			}
		});
	}

	@GetMapping("/domains")
	String domainsPage(Model model) {
		model.addAttribute("domains", talents.domains(false));
		return "activities/talent-domains";
	}

	@GetMapping("/domains/export")
	void domainsExport(HttpServletResponse response) {
		xlsx.export(response, "talent-domains", List.<Xlsx.Column<TalentService.Domain>>of(
				Xlsx.col("act.code", TalentService.Domain::code), Xlsx.col("act.nameAr", TalentService.Domain::nameAr),
				Xlsx.col("act.nameFr", TalentService.Domain::nameFr), Xlsx.col("act.active", TalentService.Domain::active)),
				talents.domains(false).stream(), "");
	}

	@PostMapping("/domains")
	String addDomain(@RequestParam(required = false) String code, @RequestParam(required = false) String nameAr,
			@RequestParam(required = false) String nameFr, RedirectAttributes flash) {
		return pages.run(flash, "/activities/talents/domains", "act.saved",
				() -> talents.addDomain(code, nameAr, nameFr));
	}

	@PostMapping("/domains/{id}/toggle")
	String toggle(@PathVariable Long id, RedirectAttributes flash) {
		talents.toggleDomain(id);
		flash.addFlashAttribute(Pages.SUCCESS, "act.saved");
		return "redirect:/activities/talents/domains";
	}
}
