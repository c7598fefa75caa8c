package dz.sanad.steering;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts drawn on the server as SVG, for the PDF reports (openhtmltopdf's SVG support draws them): each bar a
 * value, a tick at its target; hidden values ("&lt;k") are drawn as no bar, with the marker as the label.
 */
public final class SvgCharts {

	/** One bar: its label, its value (null when hidden or missing), its target (null when none), what it reads. */
	public record Bar(String label, Double value, Double target, String text) {
	}

	private SvgCharts() {
	}

	public static String bars(List<Bar> bars, int width, int height) {
		double max = 1;
		for (Bar b : bars) {
			max = Math.max(max, Math.max(b.value() == null ? 0 : b.value(), b.target() == null ? 0 : b.target()));
		}
		int n = Math.max(1, bars.size());
		double slot = (double) (width - 20) / n;
		double bottom = height - 24;
		StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">",
				width, height, width, height));
		svg.append(String.format(Locale.ROOT, "<line x1=\"10\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#555\"/>",
				bottom, width - 10, bottom));
		for (int i = 0; i < bars.size(); i++) {
			Bar b = bars.get(i);
			double x = 10 + i * slot + slot * 0.2;
			double w = slot * 0.6;
			if (b.value() != null) {
				double h = (bottom - 10) * b.value() / max;
				svg.append(String.format(Locale.ROOT,
						"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1f5f8b\"/>", x, bottom - h, w, h));
			}
			if (b.target() != null) {
				double y = bottom - (bottom - 10) * b.target() / max;
				svg.append(String.format(Locale.ROOT,
						"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c0392b\" stroke-width=\"2\"/>",
						x - 2, y, x + w + 2, y));
			}
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%.1f\" font-size=\"8\" text-anchor=\"middle\" fill=\"#000\">%s</text>",
					x + w / 2, bottom + 10, escape(b.label())));
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%.1f\" font-size=\"8\" text-anchor=\"middle\" fill=\"#000\">%s</text>",
					x + w / 2, bottom + 20, escape(b.text())));
		}
		return svg.append("</svg>").toString();
	}

	static String escape(String s) {
		return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
