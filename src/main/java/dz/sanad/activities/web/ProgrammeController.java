package dz.sanad.activities.web;

import dz.sanad.activities.ActivityService;
import dz.sanad.activities.Programme;
import dz.sanad.activities.ProgrammeService;
import dz.sanad.activities.ScopeGuard;
import dz.sanad.activities.TrainedStaff;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Annual programmes of establishments and the staff trained under the agreement. */
@Controller
@RequestMapping("/activities/programmes")
class ProgrammeController {

	private final ActivityService service;

	private final ProgrammeService programmes;

	private final ScopeGuard guard;

	private final Xlsx xlsx;

	private final Pages pages;

	ProgrammeController(ActivityService service, ProgrammeService programmes, ScopeGuard guard, Xlsx xlsx,
			Pages pages) {
		this.pages = pages;
		this.service = service;
		this.programmes = programmes;
		this.guard = guard;
		this.xlsx = xlsx;
	}

	private List<Programme> filtered(Long unitId, Integer year) {
		return programmes.programmes(unitId).stream().filter(p -> year == null || p.getYear() == year).toList();
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", Lists.page(filtered(unitId, year), page));
		model.addAttribute("units", guard.establishments().stream().collect(Collectors.toMap(Unit::getId, Function.identity())));
		model.addAttribute("unitId", unitId);
		model.addAttribute("year", year);
		model.addAttribute("thisYear", LocalDate.now().getYear());
		return "activities/programmes";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year,
			HttpServletResponse response) {
		Map<Long, Unit> units = guard.establishments().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
		xlsx.export(response, "programmes", List.<Xlsx.Column<Programme>>of(
				Xlsx.col("act.unit", p -> units.containsKey(p.getUnitId()) ? units.get(p.getUnitId()).getCode() : null),
				Xlsx.col("act.programme.year", Programme::getYear),
				Xlsx.col("act.programme.title", Programme::getTitle),
				Xlsx.col("act.programme.trained", p -> programmes.trainedStaff(p.getId()).stream().filter(TrainedStaff::isTrained).count())),
				filtered(unitId, year).stream(), "unitId=" + unitId + " year=" + year);
	}

	@PostMapping("/new")
	String create(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int year,
			@RequestParam(required = false) String title, @RequestParam(required = false) String objectives,
			RedirectAttributes flash) {
		return pages.attempt(flash, "act.saved", () -> programmes.createProgramme(unitId, year, title, objectives))
			.map(p -> "redirect:/activities/programmes/" + p.getId())
			.orElse("redirect:/activities/programmes");
	}

	@GetMapping("/{id}")
	String view(@PathVariable Long id, Model model) {
		Programme p = programmes.programme(id);
		model.addAttribute("programme", p);
		model.addAttribute("unit", guard.establishments().stream().filter(u -> u.getId().equals(p.getUnitId())).findFirst().orElse(null));
		model.addAttribute("staff", programmes.trainedStaff(id));
		model.addAttribute("activities", service.searchAll(new ActivityService.ActivityFilter(null, p.getUnitId(), null, null, null))
			.stream().filter(a -> id.equals(a.getProgrammeId())).toList());
		return "activities/programme";
	}

	@GetMapping("/{id}/export")
	void staffExport(@PathVariable Long id, HttpServletResponse response) {
		xlsx.export(response, "trained-staff", List.<Xlsx.Column<TrainedStaff>>of(
				Xlsx.col("act.staff.name", TrainedStaff::getMemberName),
				Xlsx.col("act.staff.function", TrainedStaff::getFunctionCode),
				Xlsx.col("act.staff.trainingRef", TrainedStaff::getTrainingRef),
				Xlsx.col("act.staff.trainedOn", TrainedStaff::getTrainedOn)), programmes.trainedStaff(id).stream(), "programme=" + id);
	}

	@PostMapping("/{id}/staff")
	String addStaff(@PathVariable Long id, @RequestParam(required = false) String matricule,
			@RequestParam(required = false) String trainingRef,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate trainedOn,
			RedirectAttributes flash) {
		return pages.run(flash, "/activities/programmes/" + id, "act.saved",
				() -> programmes.addTrainedStaff(id, matricule, trainingRef, trainedOn));
	}
}
