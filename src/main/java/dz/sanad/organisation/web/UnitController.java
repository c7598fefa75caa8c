package dz.sanad.organisation.web;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Organisation.UnitFilter;
import dz.sanad.organisation.Scope;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitForm;
import dz.sanad.organisation.UnitKind;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Formats;
import dz.sanad.platform.Forms;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import dz.sanad.platform.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

@Controller
@RequestMapping("/organisation")
class UnitController {

	private final Organisation organisation;

	private final Xlsx xlsx;

	private final Formats fmt;

	private final Pages pages;

	UnitController(Organisation organisation, Xlsx xlsx, Formats fmt, Pages pages) {
		this.pages = pages;
		this.organisation = organisation;
		this.xlsx = xlsx;
		this.fmt = fmt;
	}

	@ModelAttribute("kinds")
	UnitKind[] kinds() {
		return UnitKind.values();
	}

	@ModelAttribute("wilayas")
	Object wilayas() {
		return organisation.wilayasOf(CurrentUser.get());
	}

	@GetMapping("/units")
	String list(UnitFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		Scope scope = organisation.scopeOf(CurrentUser.get());
		var result = organisation.search(filter, scope, Paging.of(page, size, Sort.by("code")));
		model.addAttribute("filter", filter);
		model.addAttribute("page", result);
		model.addAttribute("parents", parentsOf(result.getContent()));
		return "organisation/units";
	}

	@GetMapping("/units/export")
	void export(UnitFilter filter, HttpServletResponse response) {
		Scope scope = organisation.scopeOf(CurrentUser.get());
		List<Unit> all = organisation.searchAll(filter, scope);
		Map<Long, Unit> parents = parentsOf(all);
		xlsx.export(response, "units", List.of(
				Xlsx.col("unit.code", Unit::getCode),
				Xlsx.col("unit.kind", u -> u.getKind()),
				Xlsx.col("unit.nameAr", Unit::getNameAr),
				Xlsx.col("unit.nameFr", Unit::getNameFr),
				Xlsx.col("unit.parent", u -> parents.containsKey(u.getParentId()) ? parents.get(u.getParentId()).getCode() : null),
				Xlsx.col("unit.wilaya", Unit::getWilayaCode),
				Xlsx.col("unit.capacity", Unit::getCapacity),
				Xlsx.col("unit.active", Unit::isActive)), all.stream(), String.valueOf(filter));
	}

	private Map<Long, Unit> parentsOf(List<Unit> units) {
		return organisation.byIds(units.stream().map(Unit::getParentId).filter(Objects::nonNull)
			.collect(Collectors.toSet()));
	}

	@GetMapping("/units/{id}")
	String view(@PathVariable Long id, Model model) {
		Unit unit = organisation.getInScope(id, CurrentUser.get());
		model.addAttribute("unit", unit);
		model.addAttribute("parent", organisation.find(unit.getParentId()).orElse(null));
		model.addAttribute("children", organisation.search(new UnitFilter(null, null, null, null, id),
				Scope.NATIONAL, Paging.of(0, 200, Sort.by("code"))).getContent());
		return "organisation/unit";
	}

	@GetMapping("/units/new")
	String createForm(@RequestParam(required = false) Long parentId, Model model) {
		UnitForm form = new UnitForm();
		form.setParentId(parentId);
		model.addAttribute("form", form);
		return formView(model, null);
	}

	@PostMapping("/units/new")
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return formView(model, null);
		}
		return Forms.attempt(errors, "code", () -> organisation.create(form)).map(unit -> {
			flash.addFlashAttribute(Pages.SUCCESS, "unit.saved");
			return "redirect:/organisation/units/" + unit.getId();
		}).orElseGet(() -> formView(model, null));
	}

	@GetMapping("/units/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Unit unit = organisation.get(id);
		model.addAttribute("form", UnitForm.of(unit));
		return formView(model, unit);
	}

	@PostMapping("/units/{id}/edit")
	String edit(@PathVariable Long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		Unit unit = organisation.get(id);
		if (errors.hasErrors()) {
			return formView(model, unit);
		}
		if (Forms.succeeds(errors, "code", () -> organisation.update(id, form))) {
			flash.addFlashAttribute(Pages.SUCCESS, "unit.saved");
			return "redirect:/organisation/units/" + id;
		}
		return formView(model, unit);
	}

	private String formView(Model model, Unit unit) {
		model.addAttribute("unit", unit);
		model.addAttribute("parentOptions", organisation.searchAll(new UnitFilter(null, null, null, true, null),
				Scope.NATIONAL).stream().filter(u -> !u.getKind().isEstablishment()).toList());
		return "organisation/unit-form";
	}

	@PostMapping("/units/{id}/deactivate")
	String deactivate(@PathVariable Long id, RedirectAttributes flash) {
		return pages.run(flash, "/organisation/units/" + id, "unit.deactivated", () -> organisation.deactivate(id));
	}

	@PostMapping("/units/{id}/reactivate")
	String reactivate(@PathVariable Long id, RedirectAttributes flash) {
		organisation.reactivate(id);
		flash.addFlashAttribute(Pages.SUCCESS, "unit.reactivated");
		return "redirect:/organisation/units/" + id;
	}

	/**
	 * The tree level by level: the scope's roots open with their children, deeper levels fetched by htmx when a
	 * branch is opened (a national tree has hundreds of units nobody reads at once).
	 */
	@GetMapping("/tree")
	String tree(Model model) {
		Scope scope = organisation.scopeOf(CurrentUser.get());
		List<Organisation.TreeNode> roots = organisation.treeRoots(scope);
		model.addAttribute("total", organisation.countIn(scope));
		model.addAttribute("nodes", roots);
		model.addAttribute("expanded", roots.stream().filter(n -> n.children() > 0).collect(Collectors
			.toMap(n -> n.unit().getId(), n -> organisation.treeChildren(scope, n.unit().getId()))));
		return "organisation/tree";
	}

	@GetMapping("/tree/children")
	String treeChildren(@RequestParam Long parent, Model model) {
		model.addAttribute("nodes", organisation.treeChildren(organisation.scopeOf(CurrentUser.get()), parent));
		model.addAttribute("expanded", null);
		return "organisation/tree :: nodes";
	}
}
