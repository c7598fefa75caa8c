package dz.sanad.activities.web;

import dz.sanad.activities.ActivityDashboards;
import dz.sanad.activities.ActivityDashboards.Dashboard;
import dz.sanad.activities.Category;
import dz.sanad.activities.ScopeGuard;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Xlsx;
import dz.sanad.platform.disclosure.SuppressedTable;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The establishment dashboard (charts) and the aggregates by wilaya (committee: no personal data). */
@Controller
class DashboardController {

	private final ActivityDashboards dashboards;

	private final ScopeGuard guard;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Xlsx xlsx;

	DashboardController(ActivityDashboards dashboards, ScopeGuard guard, JsonMapper json, MessageSource messages, Xlsx xlsx) {
		this.dashboards = dashboards;
		this.guard = guard;
		this.json = json;
		this.messages = messages;
		this.xlsx = xlsx;
	}

	private String msg(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	@GetMapping("/activities/dashboard")
	String dashboard(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String wilaya,
			Model model) {
		ScopeGuard.Picker picker = guard.picker(wilaya, unitId);
		if (picker.byWilaya() && picker.wilaya() == null) {
			// a national user who chose nothing yet: the first wilaya
			picker = guard.picker(picker.wilayas().isEmpty() ? null : picker.wilayas().get(0).getCode(), null);
		}
		List<Unit> units = picker.units();
		// a wilaya chosen without JavaScript keeps the previous establishment in the form: the wilaya wins
		Long chosen = picker.byWilaya() && unitId != null && units.stream().noneMatch(u -> u.getId().equals(unitId))
				&& wilaya != null && !wilaya.isBlank() ? null : unitId;
		Long id = chosen != null ? chosen
				: units.stream().filter(u -> u.getId().equals(CurrentUser.get().scopeUnitId())).map(Unit::getId).findFirst()
					.orElse(units.isEmpty() ? null : units.get(0).getId());
		model.addAttribute("picker", picker);
		if (id == null) {
			return "activities/dashboard";
		}
		Dashboard d = dashboards.dashboard(id);
		model.addAttribute("d", d);
		model.addAttribute("monthChart", json.writeValueAsString(Map.of("type", "line",
				"data", Map.of("labels", new ArrayList<>(d.registrationsByMonth().keySet()), "datasets", List.of(
						Map.of("label", msg("act.chart.registrations"), "data", new ArrayList<>(d.registrationsByMonth().values()),
								"fill", true))))));
		List<String> cats = new ArrayList<>(d.confirmedByCategory().keySet());
		model.addAttribute("categoryChart", json.writeValueAsString(Map.of("type", "doughnut",
				"data", Map.of("labels", cats.stream().map(c -> msg(Category.valueOf(c).messageKey())).toList(),
						"datasets", List.of(Map.of("label", msg("act.confirmed"), "data", new ArrayList<>(d.confirmedByCategory().values())))))));
		List<String> bands = new ArrayList<>(d.agePyramid().keySet());
		model.addAttribute("pyramidChart", json.writeValueAsString(Map.of("type", "bar",
				"data", Map.of("labels", bands, "datasets", List.of(
						Map.of("label", msg("act.sex.M"), "data", bands.stream().map(b -> -d.agePyramid().get(b)[0]).toList()),
						Map.of("label", msg("act.sex.F"), "data", bands.stream().map(b -> d.agePyramid().get(b)[1]).toList()))),
				"options", Map.of("indexAxis", "y", "scales", Map.of("x", Map.of("stacked", true), "y", Map.of("stacked", true)),
						"plugins", Map.of("title", Map.of("display", true, "text", msg("act.chart.pyramid")))))));
		if (!d.occupancy().isEmpty()) {
			model.addAttribute("occupancyChart", json.writeValueAsString(Map.of("type", "bar",
					"data", Map.of("labels", d.occupancy().stream().map(o -> o.group()).toList(), "datasets", List.of(
							Map.of("label", msg("act.care.places"), "data", d.occupancy().stream().map(o -> o.places()).toList()),
							Map.of("label", msg("act.care.enrolled"), "data", d.occupancy().stream().map(o -> o.enrolled()).toList()),
							Map.of("label", msg("act.care.waiting"), "data", d.occupancy().stream().map(o -> o.waiting()).toList()))))));
		}
		return "activities/dashboard";
	}

	@GetMapping("/activities/stats")
	String stats(Model model) {
		ActivityDashboards.WilayaFigures figures = dashboards.byWilaya();
		SuppressedTable t = figures.counts();
		model.addAttribute("figures", figures);
		model.addAttribute("statsChart", json.writeValueAsString(Map.of("type", "bar",
				"data", Map.of("labels", t.rows().stream().map(SuppressedTable.Row::label).toList(), "datasets", List.of(
						Map.of("label", msg("act.confirmed"), "data", t.series("act.confirmed")),
						Map.of("label", msg("act.waiting"), "data", t.series("act.waiting")))))));
		return "activities/stats";
	}

	/** The table by wilaya with its national totals and the mean rating; hidden cells written "<5", never blank. */
	@GetMapping("/activities/stats/export")
	void statsExport(HttpServletResponse response) {
		ActivityDashboards.WilayaFigures figures = dashboards.byWilaya();
		List<Xlsx.Column<SuppressedTable.Row>> columns = new ArrayList<>();
		columns.add(Xlsx.col("act.assoc.wilaya", SuppressedTable.Row::label));
		for (int i = 0; i < ActivityDashboards.WILAYA_COLUMNS.size(); i++) {
			int c = i;
			columns.add(Xlsx.col(ActivityDashboards.WILAYA_COLUMNS.get(c), r -> r.cells().get(c).export()));
		}
		columns.add(Xlsx.col("act.kpi.satisfaction", r -> figures.satisfaction().getOrDefault(r.key(), "—")));
		xlsx.export(response, "activities-by-wilaya", columns,
				figures.counts().rowsWithTotal(msg("disclosure.total")).stream(), "");
	}
}
