package dz.sanad.psychology.web;

import dz.sanad.platform.Dates;
import dz.sanad.psychology.PsychologyFigures;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The committee's table as the page, its export and the API show it: one suppressed line per cell, then a total. */
@Component
class FigureLines {

	/** One line: group, label key, shown value (a count, or "&lt;10"). */
	record Line(String groupKey, String labelKey, Object value) {
	}

	private final PsychologyFigures figures;

	FigureLines(PsychologyFigures figures) {
		this.figures = figures;
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

	/** Every key of the figures is one of the module's enums, each with its {@code messageKey()}. */
	private static String label(Enum<?> k) {
		try {
			return (String) k.getClass().getMethod("messageKey").invoke(k);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}
}
