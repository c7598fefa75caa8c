package dz.sanad.holidays.web;

import dz.sanad.holidays.Bus;
import dz.sanad.holidays.HolidayAllocation;
import dz.sanad.holidays.HolidayOffers;
import dz.sanad.holidays.HolidayOffers.BusForm;
import dz.sanad.holidays.HolidayOffers.OfferForm;
import dz.sanad.holidays.HolidayOffers.ShiftForm;
import dz.sanad.holidays.HolidaySeasons;
import dz.sanad.holidays.HolidaySeasons.CriterionForm;
import dz.sanad.holidays.HolidaySeasons.SeasonFilter;
import dz.sanad.holidays.HolidaySeasons.SeasonForm;
import dz.sanad.holidays.HolidaysAccess;
import dz.sanad.holidays.Offer;
import dz.sanad.holidays.OfferKind;
import dz.sanad.holidays.Run;
import dz.sanad.holidays.Season;
import dz.sanad.holidays.SeasonStatus;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Formats;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import dz.sanad.territory.Territory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Page;
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
import java.util.stream.Collectors;

/** Seasons: the published rules, offers, shifts, buses and quotas (the allocation: AllocationController). */
@Controller
@RequestMapping("/holidays")
class SeasonController {

	private final HolidaySeasons holidaySeasons;

	private final HolidayOffers holidayOffers;

	private final HolidaysAccess holidaysAccess;

	private final HolidayAllocation holidayAllocation;

	private final Territory territory;

	private final Pages pages;

	private final Xlsx xlsx;

	SeasonController(HolidaySeasons holidaySeasons, HolidayOffers holidayOffers, HolidaysAccess holidaysAccess,
			HolidayAllocation holidayAllocation, Territory territory, Pages pages, Xlsx xlsx) {
		this.xlsx = xlsx;
		this.holidaySeasons = holidaySeasons;
		this.holidayOffers = holidayOffers;
		this.holidaysAccess = holidaysAccess;
		this.holidayAllocation = holidayAllocation;
		this.territory = territory;
		this.pages = pages;
	}

	@GetMapping
	String seasons(SeasonFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		Page<Season> result = holidaySeasons.searchSeasons(filter, Paging.of(page, size, HolidaySeasons.SEASON_ORDER));
		model.addAttribute("filter", filter);
		model.addAttribute("page", result);
		model.addAttribute("seasons", result.getContent());
		model.addAttribute("statuses", SeasonStatus.values());
		return "holidays/seasons";
	}

	@GetMapping("/export")
	void export(SeasonFilter filter, HttpServletResponse response) {
		xlsx.export(response, "holiday-seasons", List.of(
				Xlsx.col("holidays.season.year", Season::getYear),
				Xlsx.col("holidays.field.nameAr", Season::getNameAr),
				Xlsx.col("holidays.field.nameFr", Season::getNameFr),
				Xlsx.col("holidays.season.status", s -> pages.text(s.getStatus().messageKey())),
				Xlsx.col("holidays.field.applyFrom", Season::getApplyFrom),
				Xlsx.col("holidays.field.applyUntil", Season::getApplyUntil),
				Xlsx.col("holidays.field.appealsUntil", Season::getAppealsUntil),
				Xlsx.col("holidays.season.seed", s -> String.valueOf(s.getSeed()))),
				holidaySeasons.searchSeasonsAll(filter).stream(), String.valueOf(filter));
	}

	@GetMapping("/seasons/{id}")
	String season(@PathVariable Long id, Model model) {
		SanadUser user = CurrentUser.get();
		Season season = holidaySeasons.season(id);
		List<Offer> offers = holidayOffers.offers(id);
		var views = holidayOffers.shiftViews(id);
		model.addAttribute("season", season);
		model.addAttribute("criteria", holidaySeasons.criteria(id));
		model.addAttribute("offers", offers);
		model.addAttribute("shiftsByOffer", views.stream().collect(Collectors.groupingBy(v -> v.offer().getId())));
		model.addAttribute("buses", holidayOffers.buses(views.stream().map(v -> v.shift().getId()).toList()).stream()
			.collect(Collectors.groupingBy(Bus::getShiftId)));
		model.addAttribute("runs", offers.stream().collect(Collectors.toMap(Offer::getId,
				o -> holidaysAccess.runsCamp(user, o))));
		model.addAttribute("centres", holidayOffers.centresById(offers));
		model.addAttribute("quotas", holidaySeasons.quotas(id));
		Run run = holidayAllocation.lastRun(id).orElse(null);
		model.addAttribute("run", run);
		model.addAttribute("report", AllocationController.report(run));
		model.addAttribute("canApply", user.is(Role.MEMBER, Role.WILAYA_OFFICER)
				&& season.acceptsApplications(LocalDate.now(Formats.ZONE)));
		model.addAttribute("manage", user.is(Role.DGSN_SOCIAL));
		if (user.is(Role.DGSN_SOCIAL)) {
			model.addAttribute("holidayCentres", holidayOffers.holidayCentres());
			model.addAttribute("wilayas", territory.wilayas());
			model.addAttribute("kinds", OfferKind.values());
		}
		return "holidays/season";
	}

	@GetMapping("/seasons/new")
	String createForm(Model model) {
		int year = LocalDate.now().getYear() + 1;
		model.addAttribute("form", new SeasonForm(year, "", "", null, null, null, 7));
		return "holidays/season-form";
	}

	@PostMapping("/seasons/new")
	String create(SeasonForm form, Model model) {
		return pages.attempt(model, () -> holidaySeasons.createSeason(form))
			.map(s -> "redirect:/holidays/seasons/" + s.getId())
			.orElseGet(() -> {
				model.addAttribute("form", form);
				return "holidays/season-form";
			});
	}

	@GetMapping("/seasons/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Season s = holidaySeasons.season(id);
		model.addAttribute("season", s);
		model.addAttribute("form", new SeasonForm(s.getYear(), s.getNameAr(), s.getNameFr(), s.getApplyFrom(),
				s.getApplyUntil(), s.getAppealsUntil(), s.getConfirmDays()));
		return "holidays/season-form";
	}

	@PostMapping("/seasons/{id}/edit")
	String edit(@PathVariable Long id, SeasonForm form, Model model) {
		if (pages.attempt(model, () -> holidaySeasons.updateSeason(id, form)).isPresent()) {
			return "redirect:/holidays/seasons/" + id;
		}
		model.addAttribute("season", holidaySeasons.season(id));
		model.addAttribute("form", form);
		return "holidays/season-form";
	}

	@PostMapping("/seasons/{id}/open")
	String open(@PathVariable Long id, RedirectAttributes flash) {
		return act(id, flash, "holidays.season.opened", () -> holidaySeasons.openSeason(id));
	}

	@PostMapping("/seasons/{id}/close")
	String close(@PathVariable Long id, RedirectAttributes flash) {
		return act(id, flash, "holidays.season.closed", () -> holidaySeasons.closeSeason(id));
	}

	@PostMapping("/seasons/{id}/criteria")
	String addCriterion(@PathVariable Long id, CriterionForm form, RedirectAttributes flash) {
		return act(id, flash, "holidays.saved", () -> holidaySeasons.addCriterion(id, form));
	}

	@PostMapping("/seasons/{id}/criteria/{cid}/weight")
	String weight(@PathVariable Long id, @PathVariable Long cid, @RequestParam(required = false) Integer weight,
			RedirectAttributes flash) {
		return act(id, flash, "holidays.saved", () -> holidaySeasons.setWeight(cid, weight));
	}

	@PostMapping("/seasons/{id}/criteria/{cid}/delete")
	String removeCriterion(@PathVariable Long id, @PathVariable Long cid, RedirectAttributes flash) {
		return act(id, flash, "holidays.saved", () -> holidaySeasons.removeCriterion(cid));
	}

	@PostMapping("/seasons/{id}/offers")
	String addOffer(@PathVariable Long id, OfferForm form, RedirectAttributes flash) {
		return act(id, flash, "holidays.saved", () -> holidayOffers.addOffer(id, form));
	}

	@PostMapping("/seasons/{id}/offers/{oid}/shifts")
	String addShift(@PathVariable Long id, @PathVariable Long oid, ShiftForm form, RedirectAttributes flash) {
		return act(id, flash, "holidays.saved", () -> holidayOffers.addShift(oid, form));
	}

	@PostMapping("/seasons/{id}/shifts/{sid}/buses")
	String addBus(@PathVariable Long id, @PathVariable Long sid, BusForm form, RedirectAttributes flash) {
		return act(id, flash, "holidays.saved", () -> holidayOffers.addBus(sid, form));
	}

	@PostMapping("/seasons/{id}/quotas")
	String quota(@PathVariable Long id, @RequestParam(required = false) String wilayaCode,
			@RequestParam(required = false) Integer maxPlaces, RedirectAttributes flash) {
		return act(id, flash, "holidays.saved", () -> holidaySeasons.setQuota(id, wilayaCode, maxPlaces));
	}

	private String act(Long id, RedirectAttributes flash, String success, Runnable action) {
		return pages.run(flash, "/holidays/seasons/" + id, success, action);
	}
}
