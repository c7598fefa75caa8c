package dz.sanad.holidays;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The allocation's runs: starting one, and writing its result (outcomes, explanations, shift counts, report). */
@Service
@Transactional(readOnly = true)
public class HolidayAllocation {

	private final HolidaySeasons seasons;

	private final Applications applications;

	private final Runs runs;

	private final ShiftPlaces places;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	HolidayAllocation(HolidaySeasons seasons, Applications applications, Runs runs, ShiftPlaces places,
			AuditTrail audit, JsonMapper json, JdbcClient jdbc) {
		this.seasons = seasons;
		this.applications = applications;
		this.runs = runs;
		this.places = places;
		this.audit = audit;
		this.json = json;
		this.jdbc = jdbc;
	}

	public Optional<Run> lastRun(Long seasonId) {
		return runs.findFirstBySeasonIdOrderByIdDesc(seasonId);
	}

	public Run run(Long id) {
		return runs.findById(id).orElseThrow(() -> new NotFoundException("run " + id));
	}

	@Transactional
	public Run startAllocation(SanadUser user, Long seasonId) {
		Season season = seasons.season(seasonId);
		if (season.getStatus() != SeasonStatus.CLOSED && season.getStatus() != SeasonStatus.ALLOCATED) {
			throw BusinessException.of("holidays.error.season-state", season.getStatus().label());
		}
		if (applications.countBySeasonIdAndStatus(seasonId, ApplicationStatus.CONFIRMED) > 0) {
			throw BusinessException.of("holidays.error.rerun-confirmed");
		}
		if (lastRun(seasonId).filter(r -> !r.isFinished()).isPresent()) {
			throw BusinessException.of("holidays.error.run-running");
		}
		Run run = runs.save(new Run(seasonId, season.getSeed(), user.getUsername()));
		audit.record("ALLOCATE_START", "holiday_season", seasonId, "seed " + season.getSeed(), null,
				Map.of("run", run.getId()));
		return run;
	}

	/** Writes a run's result: every applicant's outcome and explanation, and the shifts' counts. */
	@Transactional
	public void applyResult(Long runId, Allocator.Input input, Allocator.Result result) {
		Run run = run(runId);
		Season season = seasons.season(run.getSeasonId());
		// the same lock order as single operations: applications first, then shifts by id
		jdbc.sql("select id from holiday_application where season_id = ? order by id for update")
			.param(season.getId()).query(Long.class).list();
		places.lock(input.capacity().keySet());
		Map<Long, Application> apps = applications.findBySeasonIdAndStatusNotOrderById(season.getId(),
				ApplicationStatus.WITHDRAWN).stream().collect(Collectors.toMap(Application::getId, Function.identity()));
		Map<Long, Allocator.Applicant> byId = input.applicants().stream()
			.collect(Collectors.toMap(Allocator.Applicant::id, Function.identity()));
		Map<Long, Integer> taken = new HashMap<>();
		LocalDate confirmBy = HolidaySeasons.today().plusDays(season.getConfirmDays());
		int n = result.outcomes().size();
		int[] byChoice = new int[4];
		for (Allocator.Outcome o : result.outcomes()) {
			Application a = apps.get(o.applicationId());
			if (a == null || a.getStatus() == ApplicationStatus.EXPIRED) {
				continue; // withdrawn while the run computed: its place simply stays free
			}
			Explanation e = new Explanation(byId.get(a.getId()).values(), o.points(), o.score(), o.rank(), n,
					o.lottery(), input.seed(), o.choice(), o.refusals().stream().map(Enum::name).toList(),
					o.siblings() == null ? null : o.siblings().name());
			a.allocated(o.placedShiftId(), o.score(), o.rank(), o.lottery(), json.writeValueAsString(e), confirmBy);
			byChoice[o.choice()]++;
			if (o.placedShiftId() != null) {
				taken.merge(o.placedShiftId(), 1, Integer::sum);
			}
		}
		applications.flush();
		for (Long shiftId : input.capacity().keySet()) {
			places.set(shiftId, taken.getOrDefault(shiftId, 0));
		}
		Map<String, Object> before = season.snapshot();
		season.allocated();
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("applicants", n);
		report.put("placed", result.placed());
		report.put("waiting", result.waiting());
		report.put("firstChoice", byChoice[1]);
		report.put("secondChoice", byChoice[2]);
		report.put("thirdChoice", byChoice[3]);
		report.put("seed", input.seed());
		jdbc.sql("""
				update holiday_run set status = 'DONE', progress = 100, total = ?, placed = ?, waiting = ?,
				  finished_at = now(), report = ? where id = ?""")
			.params(n, result.placed(), result.waiting(), json.writeValueAsString(report), runId).update();
		audit.record("ALLOCATE", "holiday_season", season.getId(), "run " + runId + ": " + report, before,
				season.snapshot());
	}
}
