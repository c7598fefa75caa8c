package dz.sanad.holidays.web;

import dz.sanad.holidays.AllocationJob;
import dz.sanad.holidays.HolidayAllocation;
import dz.sanad.holidays.HolidayReport;
import dz.sanad.holidays.HolidaySeasons;
import dz.sanad.holidays.Run;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/** A season's allocation: starting a run, its progress, and the season report. */
@Controller
@RequestMapping("/holidays")
class AllocationController {

	private final HolidaySeasons holidaySeasons;

	private final HolidayAllocation holidayAllocation;

	private final HolidayReport holidayReport;

	private final AllocationJob job;

	private final Pages pages;

	private final Xlsx xlsx;

	AllocationController(HolidaySeasons holidaySeasons, HolidayAllocation holidayAllocation,
			HolidayReport holidayReport, AllocationJob job, Pages pages, Xlsx xlsx) {
		this.xlsx = xlsx;
		this.holidaySeasons = holidaySeasons;
		this.holidayAllocation = holidayAllocation;
		this.holidayReport = holidayReport;
		this.job = job;
		this.pages = pages;
	}

	@PostMapping("/seasons/{id}/allocate")
	String allocate(@PathVariable Long id, RedirectAttributes flash) {
		return pages.run(flash, "/holidays/seasons/" + id, "holidays.run.started",
				() -> job.start(CurrentUser.get(), id));
	}

	/** The progress bar, polled by htmx while the run goes on. */
	@GetMapping("/runs/{id}")
	String run(@PathVariable Long id, Model model) {
		Run run = holidayAllocation.run(id);
		model.addAttribute("run", run);
		model.addAttribute("report", report(run));
		return "holidays/run :: run";
	}

	/** A finished run's report (placed, waiting, choices, seed), or null while none is done. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> report(Run run) {
		if (run == null || run.getReport() == null || !"DONE".equals(run.getStatus())) {
			return null;
		}
		return JsonMapper.builder().build().readValue(run.getReport(), Map.class);
	}

	@GetMapping("/seasons/{id}/report")
	String report(@PathVariable Long id, Model model) {
		SanadUser user = CurrentUser.get();
		model.addAttribute("report", holidayReport.tablesFor(user, id));
		model.addAttribute("season", holidaySeasons.season(id));
		model.addAttribute("aggregatesOnly", !user.is(Role.DGSN_SOCIAL));
		return "holidays/report";
	}

	/** The report's table by wilaya as xlsx, hidden cells written as "<5" (never blank, never 0). */
	@GetMapping("/seasons/{id}/report/export")
	void reportExport(@PathVariable Long id, HttpServletResponse response) {
		xlsx.export(response, "holiday-report-" + id, "holidays.wilaya",
				holidayReport.tablesFor(CurrentUser.get(), id).byWilaya(), "season=" + id);
	}
}
