package dz.sanad.training.web;

import dz.sanad.platform.BusinessException;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.Xlsx;
import dz.sanad.training.Catalogue;
import dz.sanad.training.Domain;
import dz.sanad.training.TrainingReports;
import dz.sanad.training.TrainingReports.GroupRow;
import dz.sanad.training.TrainingReports.Grouping;
import dz.sanad.training.TrainingReports.SessionRow;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reports per session, centre, wilaya and domain, with charts and xlsx exports. */
@Controller("trainingReportController")
@RequestMapping("/training/reports")
class ReportController {

	private final TrainingReports reports;

	private final Catalogue catalogue;

	private final Xlsx xlsx;

	ReportController(TrainingReports reports, Catalogue catalogue, Xlsx xlsx) {
		this.reports = reports;
		this.catalogue = catalogue;
		this.xlsx = xlsx;
	}

	@GetMapping
	String reports(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long centreId,
			Model model) {
		model.addAttribute("year", year);
		model.addAttribute("centreId", centreId);
		model.addAttribute("centres", catalogue.allCentres());
		model.addAttribute("sessions", reports.sessions(year, centreId));
		model.addAttribute("byCentre", reports.grouped(Grouping.CENTRE, year));
		model.addAttribute("byWilaya", reports.grouped(Grouping.WILAYA, year));
		model.addAttribute("byDomain", reports.grouped(Grouping.DOMAIN, year));
		model.addAttribute("labels", labels());
		model.addAttribute("dataUrl", "/training/reports/data" + (year == null ? "" : "?year=" + year));
		return "training/reports";
	}

	/** Display names of centre and domain keys in the reader's language. */
	private Map<String, String> labels() {
		boolean ar = "ar".equals(LocaleContextHolder.getLocale().getLanguage());
		Map<String, String> m = new LinkedHashMap<>();
		for (Unit u : catalogue.allCentres()) {
			m.put("C" + u.getId(), ar ? u.getNameAr() : u.getNameFr());
		}
		for (Domain d : catalogue.domains()) {
			m.put("D" + d.getId(), ar ? d.getNameAr() : d.getNameFr());
		}
		return m;
	}

	@GetMapping("/data")
	@ResponseBody
	Map<String, Object> data(@RequestParam(required = false) Integer year) {
		Map<String, String> labels = labels();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("byCentre", chart(reports.grouped(Grouping.CENTRE, year), k -> labels.getOrDefault("C" + k, k)));
		out.put("byWilaya", chart(reports.grouped(Grouping.WILAYA, year), k -> k));
		out.put("byDomain", chart(reports.grouped(Grouping.DOMAIN, year), k -> labels.getOrDefault("D" + k, k)));
		return out;
	}

	private static Map<String, Object> chart(List<GroupRow> rows, Function<String, String> label) {
		return Map.of("labels", rows.stream().map(r -> label.apply(r.key())).toList(),
				"accepted", rows.stream().map(GroupRow::accepted).toList(),
				"completed", rows.stream().map(GroupRow::completed).toList());
	}

	@GetMapping("/export")
	void export(@RequestParam(defaultValue = "SESSION") String kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long centreId, HttpServletResponse response) {
		if ("SESSION".equals(kind)) {
			Map<Long, Unit> centres = catalogue.allCentres().stream()
				.collect(Collectors.toMap(Unit::getId, Function.identity()));
			xlsx.export(response, "training-report-sessions", List.of(
					Xlsx.<SessionRow>col("training.code", SessionRow::code),
					Xlsx.col("training.programme", SessionRow::programmeFr),
					Xlsx.col("training.centre", r -> centres.containsKey(r.centreId()) ? centres.get(r.centreId()).getCode() : null),
					Xlsx.col("training.state", SessionRow::state),
					Xlsx.col("training.capacity", SessionRow::capacity),
					Xlsx.col("training.accepted", SessionRow::accepted),
					Xlsx.col("training.fillRate", SessionRow::fillRate),
					Xlsx.col("training.attendanceRate", SessionRow::attendanceRate),
					Xlsx.col("training.completed", SessionRow::completed),
					Xlsx.col("training.postScore", SessionRow::postScore),
					Xlsx.col("training.satisfaction", SessionRow::satisfaction)),
					reports.sessions(year, centreId).stream(), "year=" + year);
			return;
		}
		Grouping g = java.util.Arrays.stream(Grouping.values()).filter(x -> x.name().equals(kind)).findFirst()
			.orElseThrow(() -> BusinessException.onField("kind", "error.param.invalid", "kind"));
		Map<String, String> labels = labels();
		String prefix = g == Grouping.CENTRE ? "C" : g == Grouping.DOMAIN ? "D" : "";
		xlsx.export(response, "training-report-" + g.name().toLowerCase(java.util.Locale.ROOT), List.of(
				Xlsx.<GroupRow>col("training.report.group", r -> labels.getOrDefault(prefix + r.key(), r.key())),
				Xlsx.col("training.report.sessions", GroupRow::sessions),
				Xlsx.col("training.report.nominations", GroupRow::nominations),
				Xlsx.col("training.accepted", GroupRow::accepted),
				Xlsx.col("training.completed", GroupRow::completed),
				Xlsx.col("training.attendanceRate", GroupRow::attendanceRate),
				Xlsx.col("training.satisfaction", GroupRow::satisfaction)), reports.grouped(g, year).stream(),
				"year=" + year);
	}
}
