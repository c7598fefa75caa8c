package dz.sanad.training.web;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.people.MemberFunction;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import dz.sanad.platform.Xlsx;
import dz.sanad.training.Catalogue;
import dz.sanad.training.Domain;
import dz.sanad.training.Need;
import dz.sanad.training.Priority;
import dz.sanad.training.TrainingNeeds;
import dz.sanad.training.TrainingNeeds.NeedCell;
import dz.sanad.training.TrainingNeeds.NeedFilter;
import dz.sanad.training.TrainingNeeds.NeedForm;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Needs: the units' submissions and the ministry's consolidated national view. */
@Controller("trainingNeedController")
@RequestMapping("/training/needs")
class NeedController {

	private final TrainingNeeds needs;

	private final Catalogue catalogue;

	private final Organisation organisation;

	private final Xlsx xlsx;

	private final Pages pages;

	NeedController(TrainingNeeds needs, Catalogue catalogue, Organisation organisation, Xlsx xlsx,
			Pages pages) {
		this.needs = needs;
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.xlsx = xlsx;
		this.pages = pages;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("domains", catalogue.domains());
		model.addAttribute("domainMap", catalogue.domainMap());
		model.addAttribute("functions", MemberFunction.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("wilayas", organisation.wilayasOf(CurrentUser.get()));
	}

	@GetMapping
	String list(NeedFilter filter, @RequestParam(required = false) Integer page, Model model) {
		var result = needs.search(CurrentUser.get(), filter, Paging.of(page, null, Sort.by(Sort.Direction.DESC, "id")));
		model.addAttribute("filter", filter);
		model.addAttribute("page", result);
		model.addAttribute("units", organisation.byIds(result.getContent().stream().map(Need::getUnitId).toList()));
		return "training/needs";
	}

	@GetMapping("/export")
	void export(NeedFilter filter, HttpServletResponse response) {
		List<Need> all = needs.searchAll(CurrentUser.get(), filter);
		Map<Long, Unit> units = organisation.byIds(all.stream().map(Need::getUnitId).collect(Collectors.toSet()));
		Map<Long, Domain> domains = catalogue.domainMap();
		xlsx.export(response, "training-needs", List.of(
				Xlsx.<Need>col("training.year", Need::getPlanYear),
				Xlsx.col("training.unit", n -> units.get(n.getUnitId()).getCode()),
				Xlsx.col("training.wilaya", Need::getWilayaCode),
				Xlsx.col("training.function", n -> n.getFunction()),
				Xlsx.col("training.domain", n -> domains.get(n.getDomainId()).getNameFr()),
				Xlsx.col("training.headcount", Need::getHeadcount),
				Xlsx.col("training.priority", n -> n.getPriority()),
				Xlsx.col("training.justification", Need::getJustification),
				Xlsx.col("training.wishedFrom", Need::getWishedFrom),
				Xlsx.col("training.wishedTo", Need::getWishedTo)), all.stream(), String.valueOf(filter));
	}

	@GetMapping("/new")
	String form(Model model) {
		model.addAttribute("units", needs.submittableUnits(CurrentUser.get()));
		return "training/need-form";
	}

	@PostMapping("/new")
	String submit(NeedForm form, RedirectAttributes flash) {
		boolean[] ok = { false };
		String back = pages.run(flash, "/training/needs/new", "training.need.saved", () -> {
			needs.submit(form);
			ok[0] = true;
		});
		return ok[0] ? "redirect:/training/needs" : back;
	}

	@GetMapping("/dashboard")
	String dashboard(NeedFilter filter, Model model) {
		List<NeedCell> cells = needs.consolidated(filter);
		model.addAttribute("filter", filter);
		// the domain × wilaya × function table (about a thousand rows nationally) is loaded when it is opened
		model.addAttribute("cellCount", cells.size());
		model.addAttribute("cellsUrl", "/training/needs/dashboard/cells?" + query(filter));
		model.addAttribute("totalPeople", cells.stream().mapToLong(NeedCell::people).sum());
		model.addAttribute("totalRequests", cells.stream().mapToLong(NeedCell::requests).sum());
		model.addAttribute("byDomain", sum(cells, c -> String.valueOf(c.domainId())));
		model.addAttribute("byWilaya", sum(cells, NeedCell::wilayaCode));
		model.addAttribute("byFunction", sum(cells, NeedCell::function));
		model.addAttribute("dataUrl", "/training/needs/dashboard/data?" + query(filter));
		return "training/needs-dashboard";
	}

	/** The domain × wilaya × function rows, for the dashboard's table when it is opened (htmx). */
	@GetMapping("/dashboard/cells")
	String cells(NeedFilter filter, Model model) {
		model.addAttribute("cells", needs.consolidated(filter));
		return "training/needs-dashboard :: cells";
	}

	private static String query(NeedFilter f) {
		StringBuilder q = new StringBuilder();
		if (f.year() != null) q.append("year=").append(f.year()).append('&');
		if (f.domainId() != null) q.append("domainId=").append(f.domainId()).append('&');
		if (f.wilayaCode() != null) q.append("wilayaCode=").append(f.wilayaCode()).append('&');
		if (f.function() != null) q.append("function=").append(f.function()).append('&');
		if (f.priority() != null) q.append("priority=").append(f.priority()).append('&');
		return q.toString();
	}

	private static Map<String, Long> sum(List<NeedCell> cells, java.util.function.Function<NeedCell, String> key) {
		return cells.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.summingLong(NeedCell::people)));
	}

	/** Chart data: people per domain and per wilaya, labels in the reader's language. */
	@GetMapping("/dashboard/data")
	@ResponseBody
	Map<String, Object> data(NeedFilter filter) {
		List<NeedCell> cells = needs.consolidated(filter);
		Map<Long, Domain> domains = catalogue.domainMap();
		boolean ar = "ar".equals(LocaleContextHolder.getLocale().getLanguage());
		Map<String, Long> byDomain = new LinkedHashMap<>();
		sum(cells, c -> String.valueOf(c.domainId())).forEach((k, v) -> {
			Domain d = domains.get(Long.valueOf(k));
			byDomain.put(ar ? d.getNameAr() : d.getNameFr(), v);
		});
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("byDomain", Map.of("labels", byDomain.keySet(), "values", byDomain.values()));
		Map<String, Long> byWilaya = sum(cells, NeedCell::wilayaCode);
		out.put("byWilaya", Map.of("labels", byWilaya.keySet(), "values", byWilaya.values()));
		return out;
	}

	@GetMapping("/dashboard/export")
	void exportDashboard(NeedFilter filter, HttpServletResponse response) {
		Map<Long, Domain> domains = catalogue.domainMap();
		xlsx.export(response, "training-needs-national", List.of(
				Xlsx.<NeedCell>col("training.domain", c -> domains.get(c.domainId()).getNameFr()),
				Xlsx.col("training.wilaya", NeedCell::wilayaCode), Xlsx.col("training.function", NeedCell::function),
				Xlsx.col("training.requests", NeedCell::requests), Xlsx.col("training.headcount", NeedCell::people)),
				needs.consolidated(filter).stream(), String.valueOf(filter));
	}
}
