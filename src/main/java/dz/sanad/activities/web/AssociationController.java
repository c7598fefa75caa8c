package dz.sanad.activities.web;

import dz.sanad.activities.Association;
import dz.sanad.activities.AssociationService;
import dz.sanad.activities.AssociationService.AssociationFilter;
import dz.sanad.activities.AssociationService.PartnershipFilter;
import dz.sanad.activities.Partnership;
import dz.sanad.activities.ScopeGuard;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import dz.sanad.platform.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Local associations, their partnership agreements and joint activities. */
@Controller
class AssociationController {

	private final AssociationService service;

	private final ScopeGuard guard;

	private final Xlsx xlsx;

	private final Pages pages;

	AssociationController(AssociationService service, ScopeGuard guard, Xlsx xlsx, Pages pages) {
		this.pages = pages;
		this.service = service;
		this.guard = guard;
		this.xlsx = xlsx;
	}

	private Map<Long, Unit> units() {
		return guard.establishments().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
	}

	@GetMapping("/activities/associations")
	String list(AssociationFilter filter, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", service.search(filter, Paging.of(page, null, Sort.by("name"))));
		model.addAttribute("units", units());
		model.addAttribute("domains", Association.DOMAINS);
		return "activities/associations";
	}

	@GetMapping("/activities/associations/export")
	void export(AssociationFilter filter, HttpServletResponse response) {
		Map<Long, Unit> units = units();
		xlsx.export(response, "associations", List.<Xlsx.Column<Association>>of(
				Xlsx.col("act.assoc.registrationNo", Association::getRegistrationNo), Xlsx.col("act.assoc.name", Association::getName),
				Xlsx.col("act.assoc.domain", Association::getDomain), Xlsx.col("act.assoc.wilaya", Association::getWilayaCode),
				Xlsx.col("act.unit", a -> units.containsKey(a.getUnitId()) ? units.get(a.getUnitId()).getCode() : null),
				Xlsx.col("act.assoc.contact", Association::getContactName), Xlsx.col("act.assoc.phone", Association::getPhone),
				Xlsx.col("act.assoc.email", Association::getEmail)), service.searchAll(filter).stream(), String.valueOf(filter));
	}

	@PostMapping("/activities/associations/new")
	String create(@RequestParam Map<String, String> p, RedirectAttributes flash) {
		return pages.attempt(flash, "act.saved",
				() -> service.createAssociation(ClubController.number(p.get("unitId")), p.get("registrationNo"),
					p.get("name"), p.get("domain"), p.get("contactName"), p.get("phone"), p.get("email")))
			.map(a -> "redirect:/activities/associations/" + a.getId())
			.orElse("redirect:/activities/associations");
	}

	@GetMapping("/activities/associations/{id}")
	String view(@PathVariable Long id, Model model) {
		Association a = service.association(id);
		model.addAttribute("association", a);
		model.addAttribute("partnerships", service.partnershipsOf(id));
		return "activities/association";
	}

	@PostMapping("/activities/associations/{id}/partnerships")
	String createPartnership(@PathVariable Long id, @RequestParam Map<String, String> p, RedirectAttributes flash) {
		return pages.attempt(flash, "act.saved",
				() -> service.createPartnership(id, p.get("title"), ClubController.date(p.get("startsOn")),
					ClubController.date(p.get("endsOn")), p.get("scope"), p.get("commitments"), p.get("notifyEmail")))
			.map(ps -> "redirect:/activities/partnerships/" + ps.getId())
			.orElse("redirect:/activities/associations/" + id);
	}

	@GetMapping("/activities/partnerships")
	String partnerships(PartnershipFilter filter, @RequestParam(required = false) Integer page, Model model) {
		var result = service.searchPartnerships(filter, Paging.of(page, null, Sort.by("endsOn")));
		model.addAttribute("filter", filter);
		model.addAttribute("page", result);
		model.addAttribute("units", units());
		model.addAttribute("states", Partnership.State.values());
		model.addAttribute("associations", service.associationsById(result.getContent().stream()
			.map(Partnership::getAssociationId).collect(Collectors.toSet())));
		return "activities/partnerships";
	}

	@GetMapping("/activities/partnerships/export")
	void partnershipsExport(PartnershipFilter filter, HttpServletResponse response) {
		List<Partnership> all = service.searchPartnershipsAll(filter);
		Map<Long, Association> assoc = service.associationsById(all.stream().map(Partnership::getAssociationId).collect(Collectors.toSet()));
		xlsx.export(response, "partnerships", List.<Xlsx.Column<Partnership>>of(
				Xlsx.col("act.partnership.title", Partnership::getTitle),
				Xlsx.col("act.assoc.name", p -> assoc.get(p.getAssociationId()).getName()),
				Xlsx.col("act.partnership.startsOn", Partnership::getStartsOn), Xlsx.col("act.partnership.endsOn", Partnership::getEndsOn),
				Xlsx.col("act.partnership.state", p -> p.getState()), Xlsx.col("act.partnership.scope", Partnership::getScope),
				Xlsx.col("act.partnership.commitments", Partnership::getCommitments),
				Xlsx.col("act.partnership.reminderSentOn", Partnership::getReminderSentOn)), all.stream(), String.valueOf(filter));
	}

	@GetMapping("/activities/partnerships/{id}")
	String partnership(@PathVariable Long id, Model model) {
		Partnership p = service.partnership(id);
		model.addAttribute("partnership", p);
		model.addAttribute("association", service.association(p.getAssociationId()));
		model.addAttribute("joint", service.jointActivities(id));
		return "activities/partnership";
	}

	@PostMapping("/activities/partnerships/{id}/{action:joint|renew}")
	String act(@PathVariable Long id, @PathVariable String action, @RequestParam Map<String, String> p,
			RedirectAttributes flash) {
		return pages.run(flash, "/activities/partnerships/" + id, "act.saved", () -> {
			if ("joint".equals(action)) {
				Long n = ClubController.number(p.get("participants"));
				service.addJointActivity(id, p.get("title"), ClubController.date(p.get("heldOn")), n == null ? null : n.intValue());
			}
			else {
				service.renew(id, ClubController.date(p.get("endsOn")));
			}
		});
	}
}
