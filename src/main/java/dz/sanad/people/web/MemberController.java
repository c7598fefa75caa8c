package dz.sanad.people.web;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Scope;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.people.ConsentForm;
import dz.sanad.people.ConsentPurpose;
import dz.sanad.people.FamilyForm;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Grade;
import dz.sanad.people.Member;
import dz.sanad.people.MemberForm;
import dz.sanad.people.MemberFunction;
import dz.sanad.people.MemberSearch;
import dz.sanad.people.MemberStatus;
import dz.sanad.people.People;
import dz.sanad.people.PeopleAdmin;
import dz.sanad.people.PeopleConsents;
import dz.sanad.people.PeopleCorrections;
import dz.sanad.people.Relation;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Forms;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

/** Search, view, create, edit and deactivate members; their family, consents and correction requests. */
@Controller
@RequestMapping("/people/members")
class MemberController {

	private final People people;

	private final PeopleAdmin admin;

	private final MemberSearch search;

	private final PeopleConsents consents;

	private final PeopleCorrections corrections;

	private final Organisation organisation;

	private final Xlsx xlsx;

	private final Pages pages;

	MemberController(People people, PeopleAdmin admin, MemberSearch search, PeopleConsents consents,
			PeopleCorrections corrections, Organisation organisation, Xlsx xlsx, Pages pages) {
		this.pages = pages;
		this.people = people;
		this.admin = admin;
		this.search = search;
		this.consents = consents;
		this.corrections = corrections;
		this.organisation = organisation;
		this.xlsx = xlsx;
	}

	@ModelAttribute
	void reference(Model model) {
		model.addAttribute("grades", Grade.values());
		model.addAttribute("functions", MemberFunction.values());
		model.addAttribute("statuses", MemberStatus.values());
		model.addAttribute("relations", Relation.values());
		model.addAttribute("purposes", ConsentPurpose.values());
		model.addAttribute("wilayas", organisation.wilayasOf(CurrentUser.get()));
	}

	/** Units a user may pick in filters and forms: the establishments and services in the user's scope. */
	private List<Unit> unitsInScope(SanadUser user) {
		Scope scope = organisation.scopeOf(user);
		return organisation.subtree(scope).stream()
			.filter(u -> u.getKind().isEstablishment() || u.getKind() == UnitKind.WILAYA_SERVICE
					|| u.getKind() == UnitKind.DGSN_DIRECTORATE)
			.filter(Unit::isActive).toList();
	}

	@GetMapping
	String list(MemberSearch.Filter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		SanadUser user = CurrentUser.get();
		var result = search.search(user, filter, Paging.of(page, size, Sort.unsorted()));
		model.addAttribute("filter", filter);
		model.addAttribute("page", result);
		model.addAttribute("units", unitsInScope(user));
		model.addAttribute("unitNames", unitNames(result.getContent().stream().map(MemberSearch.Hit::unitId).toList()));
		model.addAttribute("canCreate", user.is(dz.sanad.platform.Role.DGSN_SOCIAL, dz.sanad.platform.Role.WILAYA_OFFICER));
		return "people/members";
	}

	@GetMapping("/export")
	@Transactional(readOnly = true)
	void export(MemberSearch.Filter filter, HttpServletResponse response) {
		SanadUser user = CurrentUser.get();
		var locale = LocaleContextHolder.getLocale();
		Map<Long, String> units = organisation.subtree(organisation.scopeOf(user)).stream()
			.collect(Collectors.toMap(Unit::getId, Unit::getCode));
		xlsx.export(response, "members", List.<Xlsx.Column<MemberSearch.Hit>>of(
				Xlsx.col("member.matricule", MemberSearch.Hit::matricule),
				Xlsx.col("member.nin", MemberSearch.Hit::nin),
				Xlsx.col("member.lastNameAr", MemberSearch.Hit::lastNameAr),
				Xlsx.col("member.firstNameAr", MemberSearch.Hit::firstNameAr),
				Xlsx.col("member.lastNameLat", MemberSearch.Hit::lastNameLat),
				Xlsx.col("member.firstNameLat", MemberSearch.Hit::firstNameLat),
				Xlsx.col("member.sex", MemberSearch.Hit::sex),
				Xlsx.col("member.birthDate", MemberSearch.Hit::birthDate),
				Xlsx.col("member.grade", h -> h.grade()),
				Xlsx.col("member.function", h -> h.function()),
				Xlsx.col("member.unit", h -> units.get(h.unitId())),
				Xlsx.col("member.wilaya", MemberSearch.Hit::wilayaCode),
				Xlsx.col("member.status", h -> h.status())),
				search.stream(user, filter), String.valueOf(filter));
	}

	private Map<Long, Unit> unitNames(List<Long> ids) {
		return organisation.byIds(ids.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
	}

	@GetMapping("/{id}")
	String view(@PathVariable Long id, Model model) {
		SanadUser user = CurrentUser.get();
		Member m = people.memberFor(user, id);
		model.addAttribute("member", m);
		model.addAttribute("unit", organisation.find(m.getUnitId()).orElse(null));
		model.addAttribute("family", people.familyOf(id));
		model.addAttribute("consents", consents.of(user, id));
		model.addAttribute("corrections", corrections.ofMember(user, id));
		model.addAttribute("canEdit", admin.canEdit(user, m));
		model.addAttribute("familyNames", people.familyOf(id).stream()
			.collect(Collectors.toMap(FamilyMember::getId, f -> f.name(LocaleContextHolder.getLocale()))));
		if (!model.containsAttribute("consentForm")) {
			model.addAttribute("consentForm", new ConsentForm());
		}
		return "people/member";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		MemberForm form = new MemberForm();
		String wilaya = organisation.scopeOf(CurrentUser.get()).wilayaCode();
		form.setWilayaCode(wilaya);
		model.addAttribute("form", form);
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") MemberForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return formView(model, null);
		}
		return Forms.attempt(errors, "matricule", () -> admin.create(CurrentUser.get(), form)).map(m -> {
			flash.addFlashAttribute(Pages.SUCCESS, "member.saved");
			return "redirect:/people/members/" + m.getId();
		}).orElseGet(() -> formView(model, null));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Member m = editable(id);
		model.addAttribute("form", MemberForm.of(m));
		return formView(model, m);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable Long id, @Valid @ModelAttribute("form") MemberForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		Member m = editable(id);
		if (errors.hasErrors()) {
			return formView(model, m);
		}
		if (Forms.succeeds(errors, "matricule", () -> admin.update(CurrentUser.get(), id, form))) {
			flash.addFlashAttribute(Pages.SUCCESS, "member.saved");
			return "redirect:/people/members/" + id;
		}
		return formView(model, m);
	}

	private Member editable(Long id) {
		SanadUser user = CurrentUser.get();
		Member m = people.memberFor(user, id);
		if (!admin.canEdit(user, m)) {
			throw new org.springframework.security.access.AccessDeniedException("not editable");
		}
		return m;
	}

	private String formView(Model model, Member m) {
		model.addAttribute("member", m);
		model.addAttribute("units", unitsInScope(CurrentUser.get()));
		return "people/member-form";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, @RequestParam(required = false) MemberStatus status,
			@RequestParam(defaultValue = "false") boolean diedOnDuty, RedirectAttributes flash) {
		return pages.run(flash, "/people/members/" + id, "member.deactivated",
				() -> admin.deactivate(CurrentUser.get(), id, status, diedOnDuty));
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable Long id, RedirectAttributes flash) {
		return pages.run(flash, "/people/members/" + id, "member.reactivated",
				() -> admin.reactivate(CurrentUser.get(), id));
	}

	// ---- family

	@GetMapping("/{id}/family/new")
	String familyForm(@PathVariable Long id, Model model) {
		model.addAttribute("member", editable(id));
		model.addAttribute("form", new FamilyForm());
		model.addAttribute("relative", null);
		return "people/family-form";
	}

	@PostMapping("/{id}/family/new")
	String addFamily(@PathVariable Long id, @Valid @ModelAttribute("form") FamilyForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		Member m = editable(id);
		if (errors.hasErrors()) {
			// the form's own checks and the household's rules, all shown at once
			admin.familyViolations(id, form, null).add(errors);
		}
		else if (Forms.succeeds(errors, () -> admin.addFamily(CurrentUser.get(), id, form))) {
			flash.addFlashAttribute(Pages.SUCCESS, "family.saved");
			return "redirect:/people/members/" + id;
		}
		model.addAttribute("member", m);
		model.addAttribute("relative", null);
		return "people/family-form";
	}

	@GetMapping("/{id}/family/{fid}/edit")
	String editFamilyForm(@PathVariable Long id, @PathVariable Long fid, Model model) {
		Member m = editable(id);
		FamilyMember f = ofMember(m, fid);
		model.addAttribute("member", m);
		model.addAttribute("relative", f);
		model.addAttribute("form", FamilyForm.of(f));
		return "people/family-form";
	}

	@PostMapping("/{id}/family/{fid}/edit")
	String editFamily(@PathVariable Long id, @PathVariable Long fid, @Valid @ModelAttribute("form") FamilyForm form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		Member m = editable(id);
		FamilyMember f = ofMember(m, fid);
		if (errors.hasErrors()) {
			admin.familyViolations(id, form, fid).add(errors);
		}
		else if (Forms.succeeds(errors, () -> admin.updateFamily(CurrentUser.get(), fid, form))) {
			flash.addFlashAttribute(Pages.SUCCESS, "family.saved");
			return "redirect:/people/members/" + id;
		}
		model.addAttribute("member", m);
		model.addAttribute("relative", f);
		return "people/family-form";
	}

	@PostMapping("/{id}/family/{fid}/remove")
	String removeFamily(@PathVariable Long id, @PathVariable Long fid, RedirectAttributes flash) {
		ofMember(editable(id), fid);
		return pages.run(flash, "/people/members/" + id, "family.removed",
				() -> admin.removeFamily(CurrentUser.get(), fid));
	}

	private FamilyMember ofMember(Member m, Long fid) {
		FamilyMember f = admin.familyFor(CurrentUser.get(), fid);
		if (!f.getMemberId().equals(m.getId())) {
			throw new dz.sanad.platform.NotFoundException("family " + fid);
		}
		return f;
	}

	// ---- consents

	@PostMapping("/{id}/consents")
	String recordConsent(@PathVariable Long id, @Valid @ModelAttribute("consentForm") ConsentForm form,
			BindingResult errors, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			pages.refuse(flash, "consent.error.form");
			return "redirect:/people/members/" + id + "#consents";
		}
		return pages.run(flash, "/people/members/" + id + "#consents", "consent.saved",
				() -> consents.record(CurrentUser.get(), id, form));
	}
}
