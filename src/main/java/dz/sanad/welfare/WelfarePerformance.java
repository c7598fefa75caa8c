package dz.sanad.welfare;

import dz.sanad.platform.SanadUser;
import dz.sanad.platform.calendar.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the service performs, by category or by wilaya: mean working time (on the Algerian working calendar, the
 * SLA clocks' own measure) from submission to the first answer and to the first decision, the appeal rate among
 * decided concerns, and the reasons recorded for breached clocks. A group of fewer than
 * {@link ConcernSearch#THRESHOLD} concerns shows none of its figures; a mean or rate over fewer than that many
 * concerns, or an appeal count below it, is suppressed too, so no figure points at one member.
 */
@Service
@Transactional(readOnly = true)
public class WelfarePerformance {

	public enum By {
		CATEGORY, WILAYA
	}

	/** One group as shown; {@code chartFirst}/{@code chartDecision} are hours for charts (0 when suppressed). */
	public record Row(String key, String concerns, String meanFirstResponse, String meanDecision, String decided,
			String appealRate, double chartFirst, double chartDecision) {
	}

	public record Reason(Breaches.Reason reason, String count, long chartValue) {
	}

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final WelfareStats stats;

	WelfarePerformance(JdbcClient jdbc, WorkingCalendar calendar, WelfareStats stats) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.stats = stats;
	}

	private static final class Acc {
		long concerns;
		long responded;
		Duration toFirst = Duration.ZERO;
		long decided;
		Duration toDecision = Duration.ZERO;
		long appealed;
	}

	public List<Row> by(SanadUser user, int year, By by) {
		List<Object> p = new ArrayList<>();
		String where = where(user, year, p);
		String key = by == By.CATEGORY ? "coalesce(k.parent_code, k.code)" : "c.wilaya_code";
		Map<String, Acc> groups = new TreeMap<>();
		// one pass over the concerns of the scope and year; the first answer, first decision and any appeal are
		// read through the per-concern indexes of the thread, the decisions and the transitions
		jdbc.sql("select " + key + """
				, c.submitted_at,
				  (select min(m.at) from welfare_message m where m.concern_id = c.id and not m.from_member),
				  (select min(d.recorded_at) from case_decision d where d.case_type = 'welfare-concern'
				     and d.case_id = c.id),
				  exists (select 1 from case_transition t where t.case_type = 'welfare-concern' and t.case_id = c.id
				     and t.to_state = 'APPEALED')
				from welfare_concern c join welfare_category k on k.code = c.category_code where\s""" + where)
			.params(p).query(rs -> {
				Acc a = groups.computeIfAbsent(rs.getString(1), x -> new Acc());
				var submitted = rs.getTimestamp(2).toInstant();
				a.concerns++;
				Timestamp first = rs.getTimestamp(3);
				if (first != null) {
					a.responded++;
					a.toFirst = a.toFirst.plus(calendar.workingDuration(submitted, first.toInstant()));
				}
				Timestamp decided = rs.getTimestamp(4);
				if (decided != null) {
					a.decided++;
					a.toDecision = a.toDecision.plus(calendar.workingDuration(submitted, decided.toInstant()));
					if (rs.getBoolean(5)) {
						a.appealed++;
					}
				}
			});
		List<Row> rows = new ArrayList<>();
		groups.forEach((k, a) -> rows.add(row(k, a)));
		return rows;
	}

	private static Row row(String key, Acc a) {
		int t = ConcernSearch.THRESHOLD;
		if (a.concerns < t) {
			return new Row(key, ConcernSearch.suppressed(a.concerns), "—", "—", "—", "—", 0, 0);
		}
		double first = a.responded < t ? 0 : hours(a.toFirst.dividedBy(a.responded));
		double decision = a.decided < t ? 0 : hours(a.toDecision.dividedBy(a.decided));
		String rate = a.decided < t ? "—"
				: a.appealed > 0 && a.appealed < t ? "<" + t
				: Math.round(100.0 * a.appealed / a.decided) + " %";
		return new Row(key, String.valueOf(a.concerns), a.responded < t ? "—" : format(first),
				a.decided < t ? "—" : format(decision), ConcernSearch.suppressed(a.decided), rate, first, decision);
	}

	/** The reasons recorded for breached clocks, each count suppressed below the threshold. */
	public List<Reason> breachReasons(SanadUser user, int year) {
		List<Object> p = new ArrayList<>();
		String where = where(user, year, p);
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql("""
				select b.reason, count(*) from welfare_breach b join welfare_concern c on c.id = b.concern_id
				where\s""" + where + " group by b.reason").params(p)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		List<Reason> result = new ArrayList<>();
		for (Breaches.Reason r : Breaches.Reason.values()) {
			long n = counts.getOrDefault(r.name(), 0L);
			if (n > 0) {
				result.add(new Reason(r, ConcernSearch.suppressed(n), n < ConcernSearch.THRESHOLD ? 0 : n));
			}
		}
		return result;
	}

	private String where(SanadUser user, int year, List<Object> params) {
		String wilaya = stats.scope(user);
		params.add(Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay()));
		params.add(Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay()));
		String w = "c.submitted_at >= ? and c.submitted_at < ?";
		if (wilaya != null) {
			params.add(wilaya);
			w += " and c.wilaya_code = ?";
		}
		return w;
	}

	private static double hours(Duration d) {
		return Math.round(d.toMinutes() / 6.0) / 10.0;
	}

	private static String format(double hours) {
		return String.format(Locale.ROOT, "%.1f", hours);
	}
}
