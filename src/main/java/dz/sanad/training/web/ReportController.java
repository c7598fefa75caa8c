package dz.sanad.training.web;

import dz.sanad.platform.BusinessException;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import dz.sanad.platform.disclosure.SuppressedTable;
import dz.sanad.training.Catalogue;
import dz.sanad.training.Domain;
import dz.sanad.training.TrainingReports;
import dz.sanad.training.TrainingReports.Grouping;
import dz.sanad.training.TrainingReports.SessionRow;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	ReportController(TrainingReports reports, Catalogue catalogue, Xlsx xlsx, MessageSource messages) {
		this.messages = messages;
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
		List<SessionRow> sessions = reports.sessions(year, centreId);
		SanadUser reader = CurrentUser.get();
		model.addAttribute("sessions", sessions);
		model.addAttribute("sessionCounts", reports.sessionCounts(reader, sessions));
		Map<String, String> labels = labels();
		model.addAttribute("byCentre", reports.groupTable(reader, Grouping.CENTRE, year, k -> labels.getOrDefault("C" + k, k)));
		model.addAttribute("byWilaya", reports.groupTable(reader, Grouping.WILAYA, year, k -> k));
		model.addAttribute("byDomain", reports.groupTable(reader, Grouping.DOMAIN, year, k -> labels.getOrDefault("D" + k, k)));
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
		SanadUser reader = CurrentUser.get();
		out.put("byCentre", chart(reports.groupTable(reader, Grouping.CENTRE, year, k -> labels.getOrDefault("C" + k, k))));
		out.put("byWilaya", chart(reports.groupTable(reader, Grouping.WILAYA, year, k -> k)));
		out.put("byDomain", chart(reports.groupTable(reader, Grouping.DOMAIN, year, k -> labels.getOrDefault("D" + k, k))));
		return out;
	}

	/** Chart series from the table as shown: a hidden count is a gap (null), never a bar of 0. */
	private static Map<String, Object> chart(TrainingReports.GroupTable t) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("labels", t.counts().rows().stream().map(SuppressedTable.Row::label).toList());
		m.put("accepted", t.counts().series("training.accepted"));
		m.put("completed", t.counts().series("training.completed"));
		return m;
	}

	@GetMapping("/export")
	void export(@RequestParam(defaultValue = "SESSION") String kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long centreId, HttpServletResponse response) {
		if ("SESSION".equals(kind)) {
			List<SessionRow> sessions = reports.sessions(year, centreId);
			SuppressedTable counts = reports.sessionCounts(CurrentUser.get(), sessions);
			Map<Long, Unit> centres = catalogue.allCentres().stream()
				.collect(Collectors.toMap(Unit::getId, Function.identity()));
			xlsx.export(response, "training-report-sessions", List.of(
					Xlsx.<SessionRow>col("training.code", SessionRow::code),
					Xlsx.col("training.programme", SessionRow::programmeFr),
					Xlsx.col("training.centre", r -> centres.containsKey(r.centreId()) ? centres.get(r.centreId()).getCode() : null),
					Xlsx.col("training.state", SessionRow::state),
					Xlsx.col("training.capacity", SessionRow::capacity),
					Xlsx.col("training.accepted", r -> counts.cell(String.valueOf(r.id()), "training.accepted").export()),
					Xlsx.col("training.fillRate", SessionRow::fillRate),
					Xlsx.col("training.attendanceRate", SessionRow::attendanceRate),
					Xlsx.col("training.completed", r -> counts.cell(String.valueOf(r.id()), "training.completed").export()),
					Xlsx.col("training.postScore", SessionRow::postScore),
					Xlsx.col("training.satisfaction", SessionRow::satisfaction)),
					sessions.stream(), "year=" + year);
			return;
		}
		Grouping g = java.util.Arrays.stream(Grouping.values()).filter(x -> x.name().equals(kind)).findFirst()
			.orElseThrow(() -> BusinessException.onField("kind", "error.param.invalid", "kind"));
		Map<String, String> labels = labels();
		String prefix = g == Grouping.CENTRE ? "C" : g == Grouping.DOMAIN ? "D" : "";
		TrainingReports.GroupTable t = reports.groupTable(CurrentUser.get(), g, year,
				k -> labels.getOrDefault(prefix + k, k));
		List<Xlsx.Column<SuppressedTable.Row>> columns = new java.util.ArrayList<>();
		columns.add(Xlsx.col("training.report.group", SuppressedTable.Row::label));
		for (int i = 0; i < TrainingReports.GROUP_COLUMNS.size(); i++) {
			int c = i;
			columns.add(Xlsx.col(TrainingReports.GROUP_COLUMNS.get(c), r -> r.cells().get(c).export()));
		}
		columns.add(Xlsx.col("training.attendanceRate", r -> t.attendance().getOrDefault(r.key(), "—")));
		columns.add(Xlsx.col("training.satisfaction", r -> t.satisfaction().getOrDefault(r.key(), "—")));
		String total = messages.getMessage("disclosure.total", null, LocaleContextHolder.getLocale());
		xlsx.export(response, "training-report-" + g.name().toLowerCase(java.util.Locale.ROOT), columns,
				t.counts().rowsWithTotal(total).stream(), "year=" + year);
	}
}
