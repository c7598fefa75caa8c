package dz.sanad.holidays.web;

import java.util.LinkedHashMap;
import dz.sanad.holidays.AllocationJob;
import dz.sanad.holidays.Application;
import dz.sanad.holidays.ApplicationStatus;
import dz.sanad.holidays.Criterion;
import dz.sanad.holidays.Explanation;
import dz.sanad.holidays.HolidaySeasons;
import dz.sanad.holidays.HolidayOffers;
import dz.sanad.holidays.HolidayApplications;
import dz.sanad.holidays.HolidayPlaces;
import dz.sanad.holidays.HolidayAllocation;
import dz.sanad.holidays.HolidayLists;
import dz.sanad.holidays.HolidayReport;
import dz.sanad.holidays.HolidayApplications.ApplicationFilter;
import dz.sanad.holidays.HolidayApplications.ApplicationForm;
import dz.sanad.holidays.ApplicationRow;
import dz.sanad.holidays.Offer;
import dz.sanad.holidays.OfferKind;
import dz.sanad.holidays.Run;
import dz.sanad.holidays.Season;
import dz.sanad.holidays.SeasonStatus;
import dz.sanad.holidays.Shift;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Paging;
import dz.sanad.platform.SanadUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The same operations as the pages, as JSON. Scope is checked by the service exactly as for the pages. */
@RestController
@RequestMapping("/api/holidays")
class HolidaysApi {

	record SeasonDto(Long id, int year, String nameAr, String nameFr, SeasonStatus status, LocalDate applyFrom,
			LocalDate applyUntil, LocalDate appealsUntil, int confirmDays, long seed) {
		static SeasonDto of(Season s) {
			return new SeasonDto(s.getId(), s.getYear(), s.getNameAr(), s.getNameFr(), s.getStatus(),
					s.getApplyFrom(), s.getApplyUntil(), s.getAppealsUntil(), s.getConfirmDays(), s.getSeed());
		}
	}

	record CriterionDto(String code, String source, String nameAr, String nameFr, int weight) {
		static CriterionDto of(Criterion c) {
			return new CriterionDto(c.getCode(), c.getSource().name(), c.getNameAr(), c.getNameFr(), c.getWeight());
		}
	}

	record ShiftDto(Long id, String label, LocalDate startsOn, LocalDate endsOn, int capacity, int taken) {
		static ShiftDto of(Shift s) {
			return new ShiftDto(s.getId(), s.getLabel(), s.getStartsOn(), s.getEndsOn(), s.getCapacity(),
					s.getTaken());
		}
	}

	record OfferDto(Long id, OfferKind kind, Long centreUnitId, String siteNameAr, String siteNameFr, String partner,
			String destination, Integer ageMin, Integer ageMax, int contributionDzd, Integer seatsPerFamily,
			List<ShiftDto> shifts) {
	}

	record SeasonDetail(SeasonDto season, List<CriterionDto> criteria, List<OfferDto> offers) {
	}

	record ApplicationDto(Long id, Long seasonId, OfferKind kind, Long memberId, String matricule, Long childId,
			String childName, String wilayaCode, List<Long> choices, boolean siblingsTogether, ApplicationStatus status,
			Long placedShiftId, Integer score, Integer rank, LocalDate confirmBy, boolean overridden,
			String overrideReason, String appealStatus, Explanation explanation) {
	}

	record RunDto(Long id, Long seasonId, String status, int progress, int total, int placed, int waiting, long seed,
			String report) {
		static RunDto of(Run r) {
			return new RunDto(r.getId(), r.getSeasonId(), r.getStatus(), r.getProgress(), r.getTotal(),
					r.getPlaced(), r.getWaiting(), r.getSeed(), r.getReport());
		}
	}

	record Text(String text) {
	}

	record OverrideBody(Long shiftId, String reason) {
	}

	private final HolidaySeasons holidaySeasons;

	private final HolidayOffers holidayOffers;

	private final HolidayApplications holidayApplications;

	private final HolidayPlaces holidayPlaces;

	private final HolidayAllocation holidayAllocation;

	private final HolidayLists holidayLists;

	private final HolidayReport holidayReport;

	private final AllocationJob job;

	HolidaysApi(HolidaySeasons holidaySeasons, HolidayOffers holidayOffers, HolidayApplications holidayApplications, HolidayPlaces holidayPlaces, HolidayAllocation holidayAllocation, HolidayLists holidayLists, HolidayReport holidayReport,
			AllocationJob job) {
		this.holidaySeasons = holidaySeasons;
		this.holidayOffers = holidayOffers;
		this.holidayApplications = holidayApplications;
		this.holidayPlaces = holidayPlaces;
		this.holidayAllocation = holidayAllocation;
		this.holidayLists = holidayLists;
		this.holidayReport = holidayReport;
		this.job = job;
	}

	@GetMapping("/seasons")
	Page<SeasonDto> seasons(HolidaySeasons.SeasonFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return holidaySeasons.searchSeasons(filter, Paging.of(page, size, HolidaySeasons.SEASON_ORDER)).map(SeasonDto::of);
	}

	@GetMapping("/seasons/{id}")
	SeasonDetail season(@PathVariable Long id) {
		Season s = holidaySeasons.season(id);
		var views = holidayOffers.shiftViews(id);
		List<OfferDto> offers = holidayOffers.offers(id).stream().map((Offer o) -> new OfferDto(o.getId(), o.getKind(),
				o.getCentreUnitId(), o.getSiteNameAr(), o.getSiteNameFr(), o.getPartner(), o.getDestination(),
				o.getAgeMin(), o.getAgeMax(), o.getContributionDzd(), o.getSeatsPerFamily(),
				views.stream().filter(v -> v.offer().getId().equals(o.getId())).map(v -> ShiftDto.of(v.shift()))
					.toList()))
			.toList();
		return new SeasonDetail(SeasonDto.of(s), holidaySeasons.criteria(id).stream().map(CriterionDto::of).toList(),
				offers);
	}

	@PostMapping("/seasons/{id}/applications")
	@ResponseStatus(HttpStatus.CREATED)
	ApplicationDto apply(@PathVariable Long id, @RequestBody ApplicationForm form) {
		SanadUser user = CurrentUser.get();
		return dto(user, holidayApplications.apply(user, id, form));
	}

	@GetMapping("/applications")
	Page<ApplicationDto> applications(ApplicationFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		SanadUser user = CurrentUser.get();
		Page<Application> result = holidayApplications.search(user, filter, Paging.of(page, size, Sort.by("id")));
		List<ApplicationRow> rows = holidayApplications.rows(result.getContent());
		return new PageImpl<>(rows.stream().map(r -> dto(user, r)).toList(), result.getPageable(),
				result.getTotalElements());
	}

	@GetMapping("/applications/{id}")
	ApplicationDto application(@PathVariable Long id) {
		SanadUser user = CurrentUser.get();
		return dto(user, holidayApplications.applicationFor(user, id));
	}

	@PostMapping("/applications/{id}/withdraw")
	ApplicationDto withdraw(@PathVariable Long id) {
		holidayPlaces.withdraw(CurrentUser.get(), id);
		return application(id);
	}

	@PostMapping("/applications/{id}/confirm")
	ApplicationDto confirm(@PathVariable Long id) {
		holidayApplications.confirm(CurrentUser.get(), id);
		return application(id);
	}

	@PostMapping("/applications/{id}/appeal")
	ApplicationDto appeal(@PathVariable Long id, @RequestBody Text body) {
		holidayApplications.appeal(CurrentUser.get(), id, body.text());
		return application(id);
	}

	@PostMapping("/applications/{id}/override")
	ApplicationDto override(@PathVariable Long id, @RequestBody OverrideBody body) {
		holidayPlaces.override(CurrentUser.get(), id, body.shiftId(), body.reason());
		return application(id);
	}

	@PostMapping("/seasons/{id}/allocation")
	@ResponseStatus(HttpStatus.ACCEPTED)
	RunDto allocate(@PathVariable Long id) {
		return RunDto.of(job.start(CurrentUser.get(), id));
	}

	@GetMapping("/runs/{id}")
	RunDto run(@PathVariable Long id) {
		return RunDto.of(holidayAllocation.run(id));
	}

	@GetMapping("/seasons/{id}/report")
	Object report(@PathVariable Long id) {
		return holidayReport.reportFor(CurrentUser.get(), id);
	}

	@GetMapping("/shifts/{id}/participants")
	List<Map<String, Object>> participants(@PathVariable Long id) {
		return holidayLists.participants(CurrentUser.get(), id).stream().map(r -> participant(r, true)).toList();
	}

	@GetMapping("/buses/{id}/passengers")
	List<Map<String, Object>> passengers(@PathVariable Long id) {
		return holidayLists.passengers(CurrentUser.get(), id).stream().map(r -> participant(r, false)).toList();
	}

	private static Map<String, Object> participant(ApplicationRow r, boolean medical) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("applicationId", r.app().getId());
		m.put("name", r.childName() == null ? r.memberName() : r.childName());
		m.put("age", r.age());
		m.put("sex", r.childSex());
		m.put("member", r.memberName());
		m.put("matricule", r.matricule());
		m.put("wilayaCode", r.app().getWilayaCode());
		m.put("emergencyName1", r.app().getEmergencyName1());
		m.put("emergencyPhone1", r.app().getEmergencyPhone1());
		m.put("emergencyName2", r.app().getEmergencyName2());
		m.put("emergencyPhone2", r.app().getEmergencyPhone2());
		if (medical) {
			m.put("fit", r.app().isFit());
			m.put("medicalNotes", r.app().getMedicalNotes());
		}
		return m;
	}

	private ApplicationDto dto(SanadUser user, Application a) {
		return dto(user, holidayApplications.rows(List.of(a)).get(0));
	}

	private ApplicationDto dto(SanadUser user, ApplicationRow r) {
		Application a = r.app();
		return new ApplicationDto(a.getId(), a.getSeasonId(), a.getKind(), a.getMemberId(), r.matricule(),
				a.getChildId(), r.childName(), a.getWilayaCode(), a.choices(), a.isSiblingsTogether(), a.getStatus(),
				a.getPlacedShiftId(), a.getScore(), a.getRank(), a.getConfirmBy(), a.isOverridden(),
				a.getOverrideReason(), a.getAppealStatus() == null ? null : a.getAppealStatus().name(),
				holidayApplications.explanation(a).orElse(null));
	}
}
