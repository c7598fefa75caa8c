package dz.sanad.training.web;

import dz.sanad.organisation.Unit;
import dz.sanad.people.MemberFunction;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import dz.sanad.platform.Xlsx;
import dz.sanad.training.Catalogue;
import dz.sanad.training.Catalogue.ProgrammeFilter;
import dz.sanad.training.Catalogue.ProgrammeForm;
import dz.sanad.training.Domain;
import dz.sanad.training.Programme;
import dz.sanad.training.ProgrammeType;
import dz.sanad.training.Room;
import dz.sanad.training.Trainer;
import dz.sanad.training.TrainingNeeds;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Catalogue pages: domains, programmes with their modules, the centres' rooms and trainers. */
@Controller("trainingCatalogueController")
@RequestMapping("/training")
class CatalogueController {

	private final Catalogue catalogue;

	private final TrainingNeeds needs;

	private final Xlsx xlsx;

	private final Pages pages;

	CatalogueController(Catalogue catalogue, TrainingNeeds needs, Xlsx xlsx, Pages pages) {
		this.catalogue = catalogue;
		this.needs = needs;
		this.xlsx = xlsx;
		this.pages = pages;
	}

	@ModelAttribute("domainMap")
	Map<Long, Domain> domainMap() {
		return catalogue.domainMap();
	}

	// ---- domains

	@GetMapping("/domains")
	String domains(Model model) {
		model.addAttribute("domains", catalogue.domains());
		return "training/domains";
	}

	@GetMapping("/domains/export")
	void exportDomains(HttpServletResponse response) {
		xlsx.export(response, "training-domains", List.of(Xlsx.<Domain>col("training.code", Domain::getCode),
				Xlsx.col("training.nameAr", Domain::getNameAr), Xlsx.col("training.nameFr", Domain::getNameFr),
				Xlsx.col("training.active", Domain::isActive)), catalogue.domains().stream(), "");
	}

	@PostMapping("/domains")
	String saveDomain(@RequestParam(required = false) Long id, @RequestParam(required = false) String code,
			@RequestParam String nameAr, @RequestParam String nameFr,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes flash) {
		return pages.run(flash, "/training/domains", "training.saved",
				() -> catalogue.saveDomain(id, code, nameAr, nameFr, id == null || active));
	}

	// ---- programmes

	@GetMapping("/programmes")
	String programmes(ProgrammeFilter filter, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", catalogue.searchProgrammes(filter, Paging.of(page, null, Sort.by("code"))));
		model.addAttribute("types", ProgrammeType.values());
		model.addAttribute("domains", catalogue.domains());
		return "training/programmes";
	}

	@GetMapping("/programmes/export")
	void exportProgrammes(ProgrammeFilter filter, HttpServletResponse response) {
		Map<Long, Domain> domains = catalogue.domainMap();
		xlsx.export(response, "training-programmes", List.of(
				Xlsx.<Programme>col("training.code", Programme::getCode),
				Xlsx.col("training.titleAr", Programme::getTitleAr),
				Xlsx.col("training.titleFr", Programme::getTitleFr),
				Xlsx.col("training.type", p -> p.getType()),
				Xlsx.col("training.domain", p -> domains.get(p.getDomainId()).getNameFr()),
				Xlsx.col("training.targetFunctions", Programme::getTargetFunctions),
				Xlsx.col("training.hours", p -> catalogue.hours(p.getId()))),
				catalogue.searchAllProgrammes(filter).stream(), String.valueOf(filter));
	}

	@GetMapping("/programmes/new")
	String newProgramme(Model model) {
		return programmeForm(model, null);
	}

	@GetMapping("/programmes/{id}/edit")
	String editProgramme(@PathVariable Long id, Model model) {
		return programmeForm(model, catalogue.programme(id));
	}

	private String programmeForm(Model model, Programme p) {
		model.addAttribute("programme", p);
		model.addAttribute("types", ProgrammeType.values());
		model.addAttribute("functions", MemberFunction.values());
		model.addAttribute("domains", catalogue.domains());
		model.addAttribute("needs", needs.searchAll(CurrentUser.get(),
				new TrainingNeeds.NeedFilter(null, null, null, null, null)));
		return "training/programme-form";
	}

	@PostMapping("/programmes/new")
	String createProgramme(ProgrammeForm form, RedirectAttributes flash) {
		Long[] id = { null };
		String back = pages.run(flash, "/training/programmes/new", "training.saved",
				() -> id[0] = catalogue.saveProgramme(null, form).getId());
		return id[0] == null ? back : "redirect:/training/programmes/" + id[0];
	}

	@PostMapping("/programmes/{id}/edit")
	String updateProgramme(@PathVariable Long id, ProgrammeForm form, RedirectAttributes flash) {
		return pages.run(flash, "/training/programmes/" + id, "training.saved",
				() -> catalogue.saveProgramme(id, form));
	}

	@GetMapping("/programmes/{id}")
	String programme(@PathVariable Long id, Model model) {
		Programme p = catalogue.programme(id);
		model.addAttribute("programme", p);
		model.addAttribute("modules", catalogue.modules(id));
		model.addAttribute("hours", catalogue.hours(id));
		model.addAttribute("answeredNeeds", needs.byIds(p.getNeedIds()));
		return "training/programme";
	}

	@PostMapping("/programmes/{id}/modules")
	String addModule(@PathVariable Long id, @RequestParam String titleAr, @RequestParam String titleFr,
			@RequestParam(required = false) Integer hours, RedirectAttributes flash) {
		return pages.run(flash, "/training/programmes/" + id, "training.saved",
				() -> catalogue.addModule(id, titleAr, titleFr, hours));
	}

	// ---- rooms and trainers

	@GetMapping("/rooms")
	String rooms(Model model) {
		var user = CurrentUser.get();
		model.addAttribute("rooms", catalogue.rooms(user));
		model.addAttribute("centres", catalogue.centres(user));
		model.addAttribute("centreMap", centreMap());
		return "training/rooms";
	}

	@GetMapping("/rooms/export")
	void exportRooms(HttpServletResponse response) {
		Map<Long, Unit> centres = centreMap();
		xlsx.export(response, "training-rooms", List.of(
				Xlsx.<Room>col("training.centre", r -> centres.get(r.getCentreId()).getCode()),
				Xlsx.col("training.room", Room::getName), Xlsx.col("training.capacity", Room::getCapacity)),
				catalogue.rooms(CurrentUser.get()).stream(), "");
	}

	@PostMapping("/rooms")
	String addRoom(@RequestParam(required = false) Long centreId, @RequestParam String name,
			@RequestParam(required = false) String nameAr, @RequestParam(required = false) Integer capacity,
			RedirectAttributes flash) {
		return pages.run(flash, "/training/rooms", "training.saved",
				() -> catalogue.addRoom(CurrentUser.get(), centreId, name, nameAr, capacity));
	}

	@GetMapping("/trainers")
	String trainers(Model model) {
		var user = CurrentUser.get();
		model.addAttribute("trainers", catalogue.trainers(user));
		model.addAttribute("centres", catalogue.centres(user));
		model.addAttribute("centreMap", centreMap());
		return "training/trainers";
	}

	@GetMapping("/trainers/export")
	void exportTrainers(HttpServletResponse response) {
		Map<Long, Unit> centres = centreMap();
		xlsx.export(response, "training-trainers", List.of(
				Xlsx.<Trainer>col("training.centre", t -> centres.get(t.getCentreId()).getCode()),
				Xlsx.col("training.fullName", Trainer::getFullName), Xlsx.col("training.external", Trainer::isExternal),
				Xlsx.col("training.speciality", Trainer::getSpeciality), Xlsx.col("training.email", Trainer::getEmail),
				Xlsx.col("training.phone", Trainer::getPhone), Xlsx.col("training.username", Trainer::getUsername)),
				catalogue.trainers(CurrentUser.get()).stream(), "");
	}

	@PostMapping("/trainers")
	String addTrainer(@RequestParam(required = false) Long centreId, @RequestParam String fullName,
			@RequestParam(defaultValue = "false") boolean external, @RequestParam(required = false) String speciality,
			@RequestParam(required = false) String email, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String username, RedirectAttributes flash) {
		return pages.run(flash, "/training/trainers", "training.saved", () -> catalogue.addTrainer(CurrentUser.get(),
				centreId, fullName, external, speciality, email, phone, username));
	}

	private Map<Long, Unit> centreMap() {
		return catalogue.allCentres().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
	}
}
