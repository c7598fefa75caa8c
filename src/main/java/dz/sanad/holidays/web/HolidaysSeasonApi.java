package dz.sanad.holidays.web;

import dz.sanad.holidays.AllocationJob;
import dz.sanad.holidays.Criterion;
import dz.sanad.holidays.HolidayAllocation;
import dz.sanad.holidays.HolidayOffers;
import dz.sanad.holidays.HolidayReport;
import dz.sanad.holidays.HolidaySeasons;
import dz.sanad.holidays.Offer;
import dz.sanad.holidays.OfferKind;
import dz.sanad.holidays.Run;
import dz.sanad.holidays.Season;
import dz.sanad.holidays.SeasonStatus;
import dz.sanad.holidays.Shift;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Paging;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** Seasons, their allocation runs and report, as JSON. Scope is checked by the services as for the pages. */
@RestController
@RequestMapping("/api/holidays")
class HolidaysSeasonApi {

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

	record RunDto(Long id, Long seasonId, String status, int progress, int total, int placed, int waiting, long seed,
			String report) {
		static RunDto of(Run r) {
			return new RunDto(r.getId(), r.getSeasonId(), r.getStatus(), r.getProgress(), r.getTotal(),
					r.getPlaced(), r.getWaiting(), r.getSeed(), r.getReport());
		}
	}

	private final HolidaySeasons holidaySeasons;

	private final HolidayOffers holidayOffers;

	private final HolidayAllocation holidayAllocation;

	private final HolidayReport holidayReport;

	private final AllocationJob job;

	HolidaysSeasonApi(HolidaySeasons holidaySeasons, HolidayOffers holidayOffers, HolidayAllocation holidayAllocation,
			HolidayReport holidayReport, AllocationJob job) {
		this.holidaySeasons = holidaySeasons;
		this.holidayOffers = holidayOffers;
		this.holidayAllocation = holidayAllocation;
		this.holidayReport = holidayReport;
		this.job = job;
	}

	@GetMapping("/seasons")
	Page<SeasonDto> seasons(HolidaySeasons.SeasonFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return holidaySeasons.searchSeasons(filter, Paging.of(page, size, HolidaySeasons.SEASON_ORDER))
			.map(SeasonDto::of);
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
}
