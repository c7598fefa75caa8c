package dz.sanad.holidays.web;

import dz.sanad.holidays.Application;
import dz.sanad.holidays.ApplicationRow;
import dz.sanad.holidays.ApplicationStatus;
import dz.sanad.holidays.Criterion;
import dz.sanad.holidays.CriterionSource;
import dz.sanad.holidays.HolidayApplications;
import dz.sanad.holidays.HolidayApplications.ApplicationFilter;
import dz.sanad.holidays.HolidayApplications.ApplicationForm;
import dz.sanad.holidays.HolidayOffers;
import dz.sanad.holidays.HolidayPlaces;
import dz.sanad.holidays.HolidaySeasons;
import dz.sanad.holidays.HolidaysAccess;
import dz.sanad.holidays.OfferKind;
import dz.sanad.holidays.Season;
import dz.sanad.holidays.ShiftView;
import dz.sanad.organisation.Organisation;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Digits;
import dz.sanad.platform.Formats;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Applications: the form, the scoped list, one application with its explanation, and every move on it. */
@Controller
@RequestMapping("/holidays")
class ApplicationController {

	private final HolidaySeasons holidaySeasons;

	private final HolidayOffers holidayOffers;

	private final HolidayApplications holidayApplications;

	private final HolidaysAccess holidaysAccess;

	private final HolidayPlaces holidayPlaces;

	private final Organisation organisation;

	private final Xlsx xlsx;

	private final Pages pages;

	ApplicationController(HolidaySeasons holidaySeasons, HolidayOffers holidayOffers,
			HolidayApplications holidayApplications, HolidaysAccess holidaysAccess, HolidayPlaces holidayPlaces,
			Organisation organisation, Xlsx xlsx, Pages pages) {
		this.holidaySeasons = holidaySeasons;
		this.holidayOffers = holidayOffers;
		this.holidayApplications = holidayApplications;
		this.holidaysAccess = holidaysAccess;
		this.holidayPlaces = holidayPlaces;
		this.organisation = organisation;
		this.xlsx = xlsx;
		this.pages = pages;
	}

	@GetMapping("/applications")
	String list(ApplicationFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		SanadUser user = CurrentUser.get();
		Page<Application> result = holidayApplications.search(user, filter, Paging.of(page, size,
				Sort.by("seasonId").descending().and(Sort.by("rank", "id"))));
		List<ApplicationRow> rows = holidayApplications.rows(result.getContent());
		model.addAttribute("filter", filter);
		model.addAttribute("page", new PageImpl<>(rows, result.getPageable(), result.getTotalElements()));
		model.addAttribute("seasons", holidaySeasons.seasons());
		model.addAttribute("statuses", ApplicationStatus.values());
		model.addAttribute("kinds", OfferKind.values());
		model.addAttribute("wilayas", organisation.wilayasOf(CurrentUser.get()));
		model.addAttribute("shifts",
				filter.seasonId() == null ? List.of() : holidayOffers.shiftViews(filter.seasonId()));
		return "holidays/applications";
	}

	@GetMapping("/applications/export")
	void export(ApplicationFilter filter, HttpServletResponse response) {
		SanadUser user = CurrentUser.get();
		var locale = LocaleContextHolder.getLocale();
		List<ApplicationRow> rows = holidayApplications.rows(holidayApplications.searchAll(user, filter));
		// the season by its year and name, not its id
		Map<Long, String> seasons = new HashMap<>();
		holidaySeasons.seasons().forEach(s -> seasons.put(s.getId(), s.getYear() + " — " + s.name(locale)));
		xlsx.export(response, "holiday-applications", List.of(
				Xlsx.col("holidays.application.id", r -> r.app().getId()),
				Xlsx.col("holidays.season", r -> seasons.get(r.app().getSeasonId())),
				Xlsx.col("holidays.application.kind", r -> pages.text(r.app().getKind().messageKey())),
				Xlsx.col("holidays.member.matricule", ApplicationRow::matricule),
				Xlsx.col("holidays.member", ApplicationRow::memberName),
				Xlsx.col("holidays.child", ApplicationRow::childName),
				Xlsx.col("holidays.wilaya", r -> r.app().getWilayaCode()),
				Xlsx.col("holidays.application.status", r -> pages.text(r.app().getStatus().messageKey())),
				Xlsx.col("holidays.score", r -> r.app().getScore()),
				Xlsx.col("holidays.rank", r -> r.app().getRank()),
				Xlsx.col("holidays.placed", r -> r.placed() == null ? null : r.placed().label(locale)),
				Xlsx.col("holidays.confirmBy", r -> r.app().getConfirmBy())), rows.stream(), String.valueOf(filter));
	}

	@GetMapping("/applications/{id}")
	String view(@PathVariable Long id, Model model) {
		SanadUser user = CurrentUser.get();
		Application a = holidayApplications.applicationFor(user, id);
		Season season = holidaySeasons.season(a.getSeasonId());
		var views = holidayOffers.shiftViews(season.getId());
		Map<Long, ShiftView> byId = new LinkedHashMap<>();
		views.forEach(v -> byId.put(v.shift().getId(), v));
		LocalDate today = LocalDate.now(Formats.ZONE);
		model.addAttribute("row", holidayApplications.rows(List.of(a)).get(0));
		model.addAttribute("app", a);
		model.addAttribute("season", season);
		model.addAttribute("criteria", holidaySeasons.criteria(season.getId()));
		model.addAttribute("explanation", holidayApplications.explanation(a).orElse(null));
		model.addAttribute("choiceViews", a.choices().stream().map(byId::get).filter(Objects::nonNull)
			.toList());
		model.addAttribute("overrideShifts", views.stream().filter(v -> v.offer().getKind() == a.getKind()).toList());
		model.addAttribute("medical", holidaysAccess.canSeeMedical(user, a));
		model.addAttribute("manage", user.is(Role.DGSN_SOCIAL));
		model.addAttribute("canAppeal", user.is(Role.MEMBER, Role.WILAYA_OFFICER)
				&& a.canAppeal(season.acceptsAppeals(today)));
		model.addAttribute("manualCriteria", holidaySeasons.criteria(season.getId()).stream()
			.filter(c -> c.getSource() == CriterionSource.MANUAL).toList());
		return "holidays/application";
	}

	@GetMapping("/seasons/{id}/apply")
	String applyForm(@PathVariable Long id, @RequestParam(required = false) String matricule, Model model) {
		ApplicationForm form = new ApplicationForm(null, OfferKind.CAMP, null, null, null, null, false, true, null,
				null, null, null, null, null);
		return applyView(id, matricule, form, model);
	}

	@PostMapping("/seasons/{id}/apply")
	String apply(@PathVariable Long id, @RequestParam(required = false) String matricule, ApplicationForm form,
			Model model, RedirectAttributes flash) {
		return pages.attempt(model, () -> holidayApplications.apply(CurrentUser.get(), id, form)).map(a -> {
			flash.addFlashAttribute(Pages.SUCCESS, "holidays.application.saved");
			return "redirect:/holidays/applications/" + a.getId();
		}).orElseGet(() -> applyView(id, matricule, form, model));
	}

	private String applyView(Long seasonId, String matricule, ApplicationForm form, Model model) {
		SanadUser user = CurrentUser.get();
		Season season = holidaySeasons.season(seasonId);
		Optional<Member> member = user.is(Role.MEMBER) ? Optional.ofNullable(user.memberId())
			.map(m -> holidayApplications.memberFor(user, m))
				: form.memberId() != null ? Optional.of(holidayApplications.memberFor(user, form.memberId()))
						: holidayApplications.memberByMatricule(user, matricule);
		if (!user.is(Role.MEMBER) && matricule != null && !matricule.isBlank() && member.isEmpty()) {
			model.addAttribute(Pages.ERROR, pages.text("holidays.error.member-not-found", matricule));
			model.addAttribute(Pages.ERROR_FIELD, "matricule");
		}
		List<FamilyMember> children = member.map(m -> holidayApplications.childrenOf(user, m.getId()))
			.orElse(List.of());
		var views = holidayOffers.shiftViews(seasonId);
		model.addAttribute("season", season);
		model.addAttribute("criteria", holidaySeasons.criteria(seasonId));
		model.addAttribute("member", member.orElse(null));
		model.addAttribute("matricule", matricule);
		model.addAttribute("children", children);
		model.addAttribute("camps", views.stream().filter(v -> v.offer().getKind() == OfferKind.CAMP).toList());
		model.addAttribute("trips", views.stream().filter(v -> v.offer().getKind() == OfferKind.TRIP).toList());
		model.addAttribute("form", form);
		model.addAttribute("open", season.acceptsApplications(LocalDate.now(Formats.ZONE)));
		return "holidays/apply";
	}

	@PostMapping("/applications/{id}/withdraw")
	String withdraw(@PathVariable Long id, RedirectAttributes flash) {
		return act(id, flash, "holidays.application.withdrawn", () -> holidayPlaces.withdraw(CurrentUser.get(), id));
	}

	@PostMapping("/applications/{id}/confirm")
	String confirm(@PathVariable Long id, RedirectAttributes flash) {
		return act(id, flash, "holidays.application.confirmed",
				() -> holidayApplications.confirm(CurrentUser.get(), id));
	}

	@PostMapping("/applications/{id}/appeal")
	String appeal(@PathVariable Long id, @RequestParam(required = false) String text, RedirectAttributes flash) {
		return act(id, flash, "holidays.appeal.saved", () -> holidayApplications.appeal(CurrentUser.get(), id, text));
	}

	@PostMapping("/applications/{id}/appeal-answer")
	String answer(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean accepted,
			@RequestParam(required = false) String answer, RedirectAttributes flash) {
		return act(id, flash, "holidays.appeal.answered",
				() -> holidayApplications.answerAppeal(CurrentUser.get(), id, accepted, answer));
	}

	@PostMapping("/applications/{id}/override")
	String override(@PathVariable Long id, @RequestParam(required = false) Long shiftId,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean ageAcknowledged,
			RedirectAttributes flash) {
		return act(id, flash, "holidays.application.overridden",
				() -> holidayPlaces.override(CurrentUser.get(), id, shiftId, reason, ageAcknowledged));
	}

	@PostMapping("/applications/{id}/manual")
	String manual(@PathVariable Long id, @RequestParam Map<String, String> params, RedirectAttributes flash) {
		Application a = holidayApplications.application(id);
		Map<String, Integer> values = new LinkedHashMap<>();
		for (Criterion c : holidaySeasons.criteria(a.getSeasonId())) {
			String v = params.get("c_" + c.getCode());
			if (c.getSource() == CriterionSource.MANUAL && v != null && !v.isBlank()) {
				try {
					values.put(c.getCode(), Integer.valueOf(Digits.latin(v).trim()));
				}
				catch (NumberFormatException e) {
					values.put(c.getCode(), -1);
				}
			}
		}
		return act(id, flash, "holidays.saved",
				() -> holidayApplications.setManualValues(CurrentUser.get(), id, values));
	}

	private String act(Long id, RedirectAttributes flash, String success, Runnable action) {
		return pages.run(flash, "/holidays/applications/" + id, success, action);
	}
}
