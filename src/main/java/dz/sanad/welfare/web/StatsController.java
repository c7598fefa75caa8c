package dz.sanad.welfare.web;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import dz.sanad.welfare.Categories;
import dz.sanad.welfare.WelfarePerformance;
import dz.sanad.welfare.WelfareStats;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Welfare statistics: aggregates only, suppressed below 5, with Chart.js charts and an xlsx export. */
@Controller
class StatsController {

	private final WelfareStats stats;

	private final Categories categories;

	private final MessageSource messages;

	private final Xlsx xlsx;

	private final WelfarePerformance performance;

	StatsController(WelfareStats stats, Categories categories, MessageSource messages, Xlsx xlsx,
			WelfarePerformance performance) {
		this.performance = performance;
		this.stats = stats;
		this.categories = categories;
		this.messages = messages;
		this.xlsx = xlsx;
	}

	private static int year(Integer year) {
		int now = LocalDate.now(dz.sanad.platform.Formats.ZONE).getYear();
		return year == null || year < 2000 || year > now + 1 ? now : year;
	}

	@GetMapping("/welfare/stats")
	String page(@RequestParam(required = false) Integer year, Model model) {
		SanadUser user = CurrentUser.get();
		int y = year(year);
		Locale locale = LocaleContextHolder.getLocale();
		List<WelfareStats.Cell> byCategory = stats.byCategory(user, y);
		List<WelfareStats.Cell> byMonth = stats.byMonth(user, y);
		model.addAttribute("year", y);
		model.addAttribute("wilaya", stats.scope(user));
		model.addAttribute("summary", stats.summary(user, y));
		model.addAttribute("byCategory", byCategory);
		model.addAttribute("byMonth", byMonth);
		model.addAttribute("byWilaya", stats.scope(user) == null ? stats.byWilaya(user, y) : List.of());
		model.addAttribute("categories", categories);
		String label = messages.getMessage("welfare.stats.count", null, locale);
		model.addAttribute("categoryChart", chart("bar", label, byCategory.stream()
			.map(c -> categories.label(c.key(), locale)).toList(), byCategory));
		model.addAttribute("monthChart", chart("line", label, byMonth.stream().map(WelfareStats.Cell::key).toList(),
				byMonth));
		List<WelfarePerformance.Row> perCategory = performance.by(user, y, WelfarePerformance.By.CATEGORY);
		model.addAttribute("perCategory", perCategory);
		model.addAttribute("perWilaya", performance.by(user, y, WelfarePerformance.By.WILAYA));
		model.addAttribute("reasons", performance.breachReasons(user, y));
		model.addAttribute("timesChart", timesChart(perCategory.stream()
			.map(r -> categories.label(r.key(), locale)).toList(), perCategory, locale));
		return "welfare/stats";
	}

	@GetMapping("/welfare/stats/export")
	void export(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) WelfarePerformance.By by, HttpServletResponse response) {
		SanadUser user = CurrentUser.get();
		Locale locale = LocaleContextHolder.getLocale();
		if (by != null) {
			xlsx.export(response, "concern-performance", List.<Xlsx.Column<WelfarePerformance.Row>>of(
					Xlsx.col(by == WelfarePerformance.By.CATEGORY ? "welfare.category" : "welfare.wilaya",
							r -> by == WelfarePerformance.By.CATEGORY ? categories.label(r.key(), locale) : r.key()),
					Xlsx.col("welfare.stats.count", WelfarePerformance.Row::concerns),
					Xlsx.col("welfare.stats.firstResponse", WelfarePerformance.Row::meanFirstResponse),
					Xlsx.col("welfare.stats.toDecision", WelfarePerformance.Row::meanDecision),
					Xlsx.col("welfare.stats.decided", WelfarePerformance.Row::decided),
					Xlsx.col("welfare.stats.appealRate", WelfarePerformance.Row::appealRate)),
					performance.by(user, year(year), by).stream(), "year=" + year(year) + " by=" + by);
			return;
		}
		xlsx.export(response, "concern-statistics", List.<Xlsx.Column<WelfareStats.Cell>>of(
				Xlsx.col("welfare.category", c -> categories.label(c.key(), locale)),
				Xlsx.col("welfare.stats.count", WelfareStats.Cell::shown)),
				stats.byCategory(user, year(year)).stream(), "year=" + year(year));
	}

	/** A Chart.js configuration for static/js/activities-charts.js (suppressed groups drawn as 0). */
	static String chart(String type, String label, List<String> labels, List<WelfareStats.Cell> cells) {
		return "{\"type\":\"" + type + "\",\"data\":{\"labels\":["
				+ labels.stream().map(StatsController::json).collect(Collectors.joining(","))
				+ "],\"datasets\":[{\"label\":" + json(label) + ",\"data\":["
				+ cells.stream().map(c -> String.valueOf(c.chartValue())).collect(Collectors.joining(","))
				+ "]}]},\"options\":{\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
	}

	/** Mean hours to the first answer and to the decision per category, two bar series. */
	private String timesChart(List<String> labels, List<WelfarePerformance.Row> rows, Locale locale) {
		return "{\"type\":\"bar\",\"data\":{\"labels\":["
				+ labels.stream().map(StatsController::json).collect(Collectors.joining(","))
				+ "],\"datasets\":[{\"label\":" + json(messages.getMessage("welfare.stats.firstResponse", null, locale))
				+ ",\"data\":[" + rows.stream().map(r -> String.valueOf(r.chartFirst())).collect(Collectors.joining(","))
				+ "]},{\"label\":" + json(messages.getMessage("welfare.stats.toDecision", null, locale)) + ",\"data\":["
				+ rows.stream().map(r -> String.valueOf(r.chartDecision())).collect(Collectors.joining(","))
				+ "]}]},\"options\":{\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
	}

	static String json(String s) {
		StringBuilder sb = new StringBuilder("\"");
		for (char ch : s.toCharArray()) {
			switch (ch) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				default -> {
					if (ch < 0x20) {
						sb.append(String.format("\\u%04x", (int) ch));
					}
					else {
						sb.append(ch);
					}
				}
			}
		}
		return sb.append('"').toString();
	}
}
