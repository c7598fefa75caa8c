package dz.sanad.psychology.web;

import dz.sanad.platform.Xlsx;
import dz.sanad.psychology.PsychologyFigures;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;

/** The committee's aggregates: counts only, every cell under 10 shown as "<10", with an xlsx export. */
@Controller
class FiguresController {

	private final FigureLines figures;

	private final Xlsx xlsx;

	private final MessageSource messages;

	FiguresController(FigureLines figures, Xlsx xlsx, MessageSource messages) {
		this.figures = figures;
		this.xlsx = xlsx;
		this.messages = messages;
	}

	@GetMapping("/psychology/figures")
	String page(@RequestParam(required = false) Integer year, Model model) {
		int y = FigureLines.year(year);
		model.addAttribute("year", y);
		model.addAttribute("lines", figures.lines(y));
		model.addAttribute("threshold", PsychologyFigures.THRESHOLD);
		return "psychology/figures";
	}

	@GetMapping("/psychology/figures/export")
	void export(@RequestParam(required = false) Integer year, HttpServletResponse response) {
		int y = FigureLines.year(year);
		Locale locale = LocaleContextHolder.getLocale();
		xlsx.export(response, "psychology-figures", List.of(
				Xlsx.col("psychology.figures.group",
						(FigureLines.Line l) -> messages.getMessage(l.groupKey(), null, locale)),
				Xlsx.col("psychology.figures.label",
						(FigureLines.Line l) -> messages.getMessage(l.labelKey(), null, locale)),
				Xlsx.col("psychology.figures.count", (FigureLines.Line l) -> l.value())), figures.lines(y).stream(),
				"year=" + y);
	}
}
