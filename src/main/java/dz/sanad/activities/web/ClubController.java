package dz.sanad.activities.web;

import dz.sanad.activities.AthleteService.Athlete;
import dz.sanad.activities.AthleteService.AthleteFilter;
import dz.sanad.activities.AthleteService;
import dz.sanad.activities.ClubSection;
import dz.sanad.activities.ClubService;
import dz.sanad.activities.CompetitionService;
import dz.sanad.activities.ScopeGuard;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Digits;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sports clubs: sections, the section view (headcounts, age pyramid, medals over time), athletes. */
@Controller
@RequestMapping("/activities/clubs")
class ClubController {

	private final ClubService clubs;

	private final AthleteService athleteService;

	private final CompetitionService competitionService;

	private final ScopeGuard guard;

	private final Xlsx xlsx;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Pages pages;

	ClubController(ClubService clubs, AthleteService athleteService, CompetitionService competitionService, ScopeGuard guard, Xlsx xlsx, JsonMapper json, MessageSource messages,
			Pages pages) {
		this.pages = pages;
		this.clubs = clubs;
		this.athleteService = athleteService;
		this.competitionService = competitionService;
		this.guard = guard;
		this.xlsx = xlsx;
		this.json = json;
		this.messages = messages;
	}

	private Map<Long, Unit> units() {
		return guard.establishments().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
	}

	private String msg(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String discipline,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", Lists.page(clubs.sections(unitId, discipline), page));
		model.addAttribute("units", units());
		model.addAttribute("unitId", unitId);
		model.addAttribute("discipline", discipline);
		model.addAttribute("disciplines", ClubSection.DISCIPLINES);
		return "activities/clubs";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String discipline,
			HttpServletResponse response) {
		Map<Long, Unit> units = units();
		var locale = LocaleContextHolder.getLocale();
		xlsx.export(response, "club-sections", List.<Xlsx.Column<ClubSection>>of(
				Xlsx.col("act.unit", s -> units.containsKey(s.getUnitId()) ? units.get(s.getUnitId()).getCode() : null),
				Xlsx.col("act.club.discipline", ClubSection::getDiscipline),
				Xlsx.col("act.club.section", s -> s.name(locale)),
				Xlsx.col("act.club.athletes", s -> athleteService.headcounts(s.getId()).get("athletes"))),
				clubs.sections(unitId, discipline).stream(), "unitId=" + unitId + " discipline=" + discipline);
	}

	@PostMapping("/new")
	String create(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String discipline,
			@RequestParam(required = false) String nameAr, @RequestParam(required = false) String nameFr,
			RedirectAttributes flash) {
		return pages.attempt(flash, "act.saved", () -> clubs.createSection(unitId, discipline, nameAr, nameFr))
			.map(s -> "redirect:/activities/clubs/" + s.getId())
			.orElse("redirect:/activities/clubs");
	}

	@GetMapping("/{id}")
	String view(@PathVariable Long id, Model model) {
		ClubSection s = clubs.section(id);
		model.addAttribute("section", s);
		model.addAttribute("headcounts", athleteService.headcounts(id));
		model.addAttribute("coaches", clubs.coaches(id));
		model.addAttribute("teams", clubs.teams(id));
		model.addAttribute("athletes", athleteService.athletes(id));
		model.addAttribute("competitions", competitionService.competitions(id));
		model.addAttribute("results", competitionService.results(id));
		model.addAttribute("levels", CompetitionService.LEVELS);
		model.addAttribute("categories", ClubService.CATEGORIES);
		model.addAttribute("coachLevels", ClubService.COACH_LEVELS);
		model.addAttribute("seasons", clubs.seasons());
		Map<String, int[]> pyramid = athleteService.agePyramid(id);
		List<String> bands = new ArrayList<>(pyramid.keySet());
		// horizontal bar chart with men to the left (negative) and women to the right: the usual pyramid
		model.addAttribute("pyramidChart", json.writeValueAsString(Map.of("type", "bar",
				"data", Map.of("labels", bands, "datasets", List.of(
						Map.of("label", msg("act.sex.M"), "data", bands.stream().map(b -> -pyramid.get(b)[0]).toList()),
						Map.of("label", msg("act.sex.F"), "data", bands.stream().map(b -> pyramid.get(b)[1]).toList()))),
				"options", Map.of("indexAxis", "y", "scales", Map.of("x", Map.of("stacked", true), "y", Map.of("stacked", true)),
						"plugins", Map.of("title", Map.of("display", true, "text", msg("act.chart.pyramid")))))));
		Map<Integer, int[]> medals = competitionService.medalsByYear(id);
		List<String> years = medals.keySet().stream().map(String::valueOf).toList();
		model.addAttribute("medalsChart", json.writeValueAsString(Map.of("type", "bar",
				"data", Map.of("labels", years, "datasets", List.of(
						Map.of("label", msg("act.medal.GOLD"), "data", medals.values().stream().map(v -> v[0]).toList(), "backgroundColor", "#d4a017"),
						Map.of("label", msg("act.medal.SILVER"), "data", medals.values().stream().map(v -> v[1]).toList(), "backgroundColor", "#a8a9ad"),
						Map.of("label", msg("act.medal.BRONZE"), "data", medals.values().stream().map(v -> v[2]).toList(), "backgroundColor", "#cd7f32"))),
				"options", Map.of("scales", Map.of("x", Map.of("stacked", true), "y", Map.of("stacked", true)),
						"plugins", Map.of("title", Map.of("display", true, "text", msg("act.chart.medals")))))));
		return "activities/club-section";
	}

	@PostMapping("/{id}/{what:coaches|teams|athletes|competitions}")
	String add(@PathVariable Long id, @PathVariable String what, @RequestParam Map<String, String> p,
			RedirectAttributes flash) {
		return pages.run(flash, "/activities/clubs/" + id, "act.saved", () -> {
			switch (what) {
				case "coaches" -> clubs.addCoach(id, p.get("matricule"), p.get("qualification"), p.get("level"), date(p.get("validUntil")));
				case "teams" -> clubs.addTeam(id, p.get("name"), p.get("category"));
				case "athletes" -> athleteService.addAthlete(id, p.get("matricule"), number(p.get("familyMemberId")), p.get("licenceNo"),
						p.get("season"), date(p.get("medicalValidUntil")), number(p.get("teamId")));
				default -> competitionService.addCompetition(id, p.get("name"), p.get("level"), date(p.get("heldOn")), p.get("location"));
			}
		});
	}

	@PostMapping("/{id}/results")
	String addResult(@PathVariable Long id, @RequestParam Long competitionId, @RequestParam(required = false) String who,
			@RequestParam(required = false) Integer rank, RedirectAttributes flash) {
		return pages.run(flash, "/activities/clubs/" + id, "act.saved", () -> {
			clubs.section(id);
			Long athlete = who != null && who.startsWith("a") ? number(who.substring(1)) : null;
			Long team = who != null && who.startsWith("t") ? number(who.substring(1)) : null;
			competitionService.addResult(competitionId, athlete, team, rank);
		});
	}

	@PostMapping("/athletes/{athleteId}/medical")
	String renewMedical(@PathVariable Long athleteId, @RequestParam Long sectionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
			RedirectAttributes flash) {
		return pages.run(flash, "/activities/clubs/" + sectionId, "act.saved",
				() -> athleteService.renewMedical(athleteId, validUntil));
	}

	@GetMapping("/athletes")
	String athletes(AthleteFilter filter, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", Lists.page(athleteService.searchAthletes(filter), page));
		model.addAttribute("units", units());
		model.addAttribute("sections", clubs.sections(null, null).stream().collect(Collectors.toMap(ClubSection::getId, Function.identity())));
		model.addAttribute("medicals", AthleteService.Medical.values());
		model.addAttribute("seasons", clubs.seasons());
		return "activities/athletes";
	}

	@GetMapping("/athletes/export")
	void athletesExport(AthleteFilter filter, HttpServletResponse response) {
		var locale = LocaleContextHolder.getLocale();
		xlsx.export(response, "athletes", List.<Xlsx.Column<Athlete>>of(
				Xlsx.col("act.reg.participant", a -> a.name(locale)),
				Xlsx.col("act.reg.birthDate", Athlete::birthDate),
				Xlsx.col("act.club.licence", Athlete::licenceNo),
				Xlsx.col("act.club.season", Athlete::season),
				Xlsx.col("act.club.medicalValidUntil", Athlete::medicalValidUntil),
				Xlsx.col("act.club.medical", a -> a.getMedical())), athleteService.searchAthletes(filter).stream(), String.valueOf(filter));
	}

	static LocalDate date(String s) {
		try {
			return s == null || s.isBlank() ? null : LocalDate.parse(Digits.latin(s).trim());
		}
		catch (DateTimeParseException e) {
			throw BusinessException.onField("date", "act.error.date-format", s);
		}
	}

	static Long number(String s) {
		try {
			return s == null || s.isBlank() ? null : Long.valueOf(Digits.latin(s).trim());
		}
		catch (NumberFormatException e) {
			throw BusinessException.onField("number", "act.error.number-format", s);
		}
	}
}
