package dz.sanad.psychology.web;

import dz.sanad.platform.Dates;
import dz.sanad.platform.Xlsx;
import dz.sanad.psychology.PsychologyFigures;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The committee's aggregates: counts only, every cell under 10 shown as "<10", with an xlsx export. */
@Controller
class FiguresController {

	/** One line of the table and of the export: group, label key, shown value. */
	record Line(String groupKey, String labelKey, Object value) {
	}

	private final PsychologyFigures figures;

	private final Xlsx xlsx;

	private final MessageSource messages;

	FiguresController(PsychologyFigures figures, Xlsx xlsx, MessageSource messages) {
		this.figures = figures;
		this.xlsx = xlsx;
		this.messages = messages;
	}

	static int year(Integer year) {
		int now = Dates.today().getYear();
		return year == null || year < 2000 || year > now ? now : year;
	}

	List<Line> lines(int year) {
		List<Line> lines = new ArrayList<>();
		add(lines, "psychology.figures.sessions", figures.sessionsHeld(year));
		add(lines, "psychology.figures.referrals", figures.referrals(year));
		add(lines, "psychology.figures.records", figures.records(year));
		return lines;
	}

	private static <K extends Enum<K>> void add(List<Line> lines, String group, Map<K, Long> counts) {
		PsychologyFigures.suppressed(counts).forEach((k, v) -> lines.add(new Line(group, label(k), v)));
		lines.add(new Line(group, "psychology.figures.total", PsychologyFigures.total(counts)));
	}

	private static String label(Enum<?> k) {
		try {
			return (String) k.getClass().getMethod("messageKey").invoke(k);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	@GetMapping("/psychology/figures")
	String page(@RequestParam(required = false) Integer year, Model model) {
		int y = year(year);
		model.addAttribute("year", y);
		model.addAttribute("lines", lines(y));
		model.addAttribute("threshold", PsychologyFigures.THRESHOLD);
		return "psychology/figures";
	}

	@GetMapping("/psychology/figures/export")
	void export(@RequestParam(required = false) Integer year, HttpServletResponse response) {
		int y = year(year);
		Locale locale = LocaleContextHolder.getLocale();
		xlsx.export(response, "psychology-figures", List.of(
				Xlsx.col("psychology.figures.group", (Line l) -> messages.getMessage(l.groupKey(), null, locale)),
				Xlsx.col("psychology.figures.label", (Line l) -> messages.getMessage(l.labelKey(), null, locale)),
				Xlsx.col("psychology.figures.count", (Line l) -> l.value())), lines(y).stream(), "year=" + y);
	}
}
