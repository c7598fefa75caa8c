package dz.sanad.training;

import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.disclosure.DisclosureRule;
import dz.sanad.platform.disclosure.Sensitivity;
import dz.sanad.platform.disclosure.SuppressedTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Aggregates for the reports: per session, centre, wilaya and domain. Plain SQL over the module's own tables;
 * attendance and results come from the completion figures fixed when each session closed.
 */
@Service
@Transactional(readOnly = true)
public class TrainingReports {

	private final JdbcClient jdbc;

	private final DisclosureRule disclosure;

	TrainingReports(JdbcClient jdbc, DisclosureRule disclosure) {
		this.jdbc = jdbc;
		this.disclosure = disclosure;
	}

	/** The count columns of a grouped report (message keys). */
	public static final List<String> GROUP_COLUMNS = List.of("training.report.sessions",
			"training.report.nominations", "training.accepted", "training.completed");

	/**
	 * A grouped report as the reader may see it: counts in a {@link SuppressedTable} with their totals (under the
	 * disclosure rule for the follow-up committee), and per group its rates as text, hidden ("&lt;5") where the
	 * group's accepted trainees are too few to show.
	 */
	public record GroupTable(SuppressedTable counts, Map<String, String> attendance, Map<String, String> satisfaction) {
	}

	public GroupTable groupTable(SanadUser reader, Grouping g, Integer year, Function<String, String> label) {
		boolean committee = reader.is(Role.COMMITTEE);
		int k = committee ? disclosure.threshold(Sensitivity.STANDARD) : 0;
		SuppressedTable.Builder b = (committee ? disclosure.table(Sensitivity.STANDARD) : disclosure.unsuppressed())
			.columns(GROUP_COLUMNS.toArray(String[]::new));
		Map<String, String> attendance = new LinkedHashMap<>();
		Map<String, String> satisfaction = new LinkedHashMap<>();
		for (GroupRow r : grouped(g, year)) {
			b.row(r.key(), label.apply(r.key())).add(r.key(), GROUP_COLUMNS.get(0), r.sessions())
				.add(r.key(), GROUP_COLUMNS.get(1), r.nominations()).add(r.key(), GROUP_COLUMNS.get(2), r.accepted())
				.add(r.key(), GROUP_COLUMNS.get(3), r.completed());
			boolean few = r.accepted() < k;
			attendance.put(r.key(), r.attendanceRate() == null ? "—" : few ? "<" + k
					: String.format(Locale.ROOT, "%.1f %%", r.attendanceRate()));
			satisfaction.put(r.key(), r.satisfaction() == null ? "—" : few ? "<" + k : String.valueOf(r.satisfaction()));
		}
		return new GroupTable(b.build(), attendance, satisfaction);
	}

	/**
	 * The per-session list for the committee: accepted and completed counts under k hidden ("&lt;5"); no totals
	 * are shown with it, so hiding the small ones is enough within this table.
	 */
	public SuppressedTable sessionCounts(SanadUser reader, List<SessionRow> sessions) {
		boolean committee = reader.is(Role.COMMITTEE);
		SuppressedTable.Builder b = (committee ? disclosure.table(Sensitivity.STANDARD) : disclosure.unsuppressed())
			.columns("training.accepted", "training.completed").columnTotals(false);
		sessions.forEach(s -> b.row(String.valueOf(s.id()), s.code()).add(String.valueOf(s.id()), "training.accepted",
				s.accepted()).add(String.valueOf(s.id()), "training.completed", s.completed()));
		return b.build();
	}

	public record SessionRow(Long id, String code, String programmeAr, String programmeFr, Long centreId,
			String state, int capacity, long accepted, Double fillRate, Double attendanceRate, long completed,
			Double postScore, Double satisfaction) {
	}

	/** A group (centre, wilaya or domain) with its figures. */
	public record GroupRow(String key, long sessions, long nominations, long accepted, long completed,
			Double attendanceRate, Double satisfaction) {
	}

	public List<SessionRow> sessions(Integer year, Long centreId) {
		StringBuilder sql = new StringBuilder("""
				select s.id, s.code, p.title_ar, p.title_fr, s.centre_id, s.state, s.capacity,
				  count(n.id) filter (where n.status = 'ACCEPTED') as accepted,
				  avg(n.attendance_rate) filter (where n.status = 'ACCEPTED') as attendance,
				  count(n.id) filter (where n.completed) as completed,
				  avg(n.post_score) filter (where n.status = 'ACCEPTED') as post,
				  (select avg(sf.overall) from training_satisfaction sf join training_nomination n2 on n2.id = sf.nomination_id
				   where n2.session_id = s.id) as satisfaction
				from training_session s join training_programme p on p.id = s.programme_id
				left join training_nomination n on n.session_id = s.id where 1 = 1""");
		List<Object> args = new ArrayList<>();
		if (year != null) {
			sql.append(" and s.plan_year = ?");
			args.add(year);
		}
		if (centreId != null) {
			sql.append(" and s.centre_id = ?");
			args.add(centreId);
		}
		sql.append(" group by s.id, p.id order by s.start_date, s.code");
		return jdbc.sql(sql.toString()).params(args).query((rs, i) -> {
			int capacity = rs.getInt(7);
			long accepted = rs.getLong(8);
			return new SessionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					rs.getString(6), capacity, accepted, capacity == 0 ? null : round(100.0 * accepted / capacity),
					dbl(rs.getObject(9)), rs.getLong(10), dbl(rs.getObject(11)), dbl(rs.getObject(12)));
		}).list();
	}

	public enum Grouping {
		CENTRE("s.centre_id::text"), WILAYA("n.wilaya_code"), DOMAIN("p.domain_id::text");

		final String expression;

		Grouping(String expression) {
			this.expression = expression;
		}
	}

	public List<GroupRow> grouped(Grouping g, Integer year) {
		String sql = """
				select %s as k, count(distinct s.id), count(n.id), count(n.id) filter (where n.status = 'ACCEPTED'),
				  count(n.id) filter (where n.completed),
				  avg(n.attendance_rate) filter (where n.status = 'ACCEPTED'),
				  avg(sf.overall)
				from training_session s join training_programme p on p.id = s.programme_id
				%s join training_nomination n on n.session_id = s.id
				left join training_satisfaction sf on sf.nomination_id = n.id
				where s.state <> 'CANCELLED' %s
				group by 1 having %s is not null order by 1""".formatted(g.expression,
				g == Grouping.WILAYA ? "" : "left", year == null ? "" : "and s.plan_year = ?", g.expression);
		var spec = jdbc.sql(sql);
		if (year != null) {
			spec = spec.param(year);
		}
		return spec.query((rs, i) -> new GroupRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
				rs.getLong(5), dbl(rs.getObject(6)), dbl(rs.getObject(7)))).list();
	}

	private static Double dbl(Object o) {
		return o == null ? null : round(((Number) o).doubleValue());
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}
}
