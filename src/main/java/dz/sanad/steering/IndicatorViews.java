package dz.sanad.steering;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.Dates;
import dz.sanad.platform.disclosure.DisclosureRule;
import dz.sanad.platform.disclosure.Sensitivity;
import dz.sanad.platform.disclosure.SuppressedTable;
import dz.sanad.steering.Indicators.Figures;
import dz.sanad.steering.Indicators.Indicator;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the committee sees of an indicator: its figures by centre or wilaya under the disclosure rule (10 for
 * psychological and health figures), the national value only when its counts are shown, the target, the target
 * pro rata of the year elapsed, and the traffic light.
 */
@Component
public class IndicatorViews {

	public static final String NUMERATOR = "steering.numerator";

	public static final String DENOMINATOR = "steering.denominator";

	public record View(Indicator indicator, int year, boolean available, boolean stored, SuppressedTable table,
			String value, BigDecimal target, Double proRata, String light) {
	}

	private final Indicators indicators;

	private final DisclosureRule disclosure;

	private final Organisation organisation;

	IndicatorViews(Indicators indicators, DisclosureRule disclosure, Organisation organisation) {
		this.indicators = indicators;
		this.disclosure = disclosure;
		this.organisation = organisation;
	}

	public List<View> all(int year) {
		return indicators.indicators().stream().map(i -> view(i, year)).toList();
	}

	public View view(Indicator i, int year) {
		Figures f = indicators.figures(i, year);
		boolean rate = f.byScope().values().stream().anyMatch(x -> x.denominator() != null) || !"COUNT".equals(i.unit());
		SuppressedTable.Builder b = disclosure.table(i.sensitive() ? Sensitivity.HEALTH : Sensitivity.STANDARD);
		if (rate) {
			b.columns(NUMERATOR, DENOMINATOR);
		}
		else {
			b.columns(NUMERATOR);
		}
		Map<String, String> labels = labels(i, f.byScope());
		f.byScope().forEach((scope, x) -> {
			b.row(scope, labels.getOrDefault(scope, scope)).add(scope, NUMERATOR, x.numerator());
			if (rate) {
				b.add(scope, DENOMINATOR, x.denominator() == null ? 0 : x.denominator());
			}
		});
		SuppressedTable t = b.build();
		boolean shown = !t.columnTotal(NUMERATOR).suppressed() && (!rate || !t.columnTotal(DENOMINATOR).suppressed());
		Double value = f.available() ? f.value() : null;
		String text = !f.available() || value == null ? "—" : shown ? format(i, value) : t.marker();
		double elapsed = Indicators.elapsed(year, Dates.today());
		Double proRata = f.target() == null ? null
				: "COUNT".equals(i.unit()) ? Math.round(f.target().doubleValue() * elapsed * 10) / 10.0
						: f.target().doubleValue();
		String light = shown ? Indicators.light(i, value, f.target(), elapsed) : "NONE";
		BigDecimal target = f.target() == null ? null : new BigDecimal(f.target().stripTrailingZeros().toPlainString());
		return new View(i, year, f.available(), f.stored(), t, text, target, proRata, light);
	}

	private static String format(Indicator i, double v) {
		return "COUNT".equals(i.unit()) ? String.valueOf(Math.round(v))
				: String.format(Locale.ROOT, "%.1f", v) + ("PERCENT".equals(i.unit()) ? " %" : "");
	}

	/** Centre names in the reader's language; wilaya codes as they are. */
	private Map<String, String> labels(Indicator i, Map<String, IndicatorSource.Figure> byScope) {
		if (!"CENTRE".equals(i.disaggregation())) {
			return Map.of();
		}
		boolean ar = "ar".equals(LocaleContextHolder.getLocale().getLanguage());
		List<Long> ids = byScope.keySet().stream().filter(k -> k.matches("\\d+")).map(Long::valueOf).toList();
		return organisation.byIds(ids).values().stream().collect(Collectors.toMap(u -> String.valueOf(u.getId()),
				(Unit u) -> ar ? u.getNameAr() : u.getNameFr()));
	}
}
