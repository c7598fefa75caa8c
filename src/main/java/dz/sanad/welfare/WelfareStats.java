package dz.sanad.welfare;

import dz.sanad.organisation.Organisation;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.platform.disclosure.DisclosureRule;
import dz.sanad.platform.disclosure.Sensitivity;
import dz.sanad.platform.disclosure.SuppressedTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Aggregates of concerns, never their content: a wilaya officer's wilaya, the national picture for the central
 * directorate and the committee. Every count below the disclosure threshold is shown as "&lt;5" (a count of one
 * could point at a confidential concern), with complementary groups hidden under the platform's rule
 * ({@link SuppressedTable}), rates only over groups large enough.
 */
@Service
@Transactional(readOnly = true)
public class WelfareStats {

	/** One group: its key, its count as shown, and the count for charts (null when hidden: a gap, not a 0). */
	public record Cell(String key, String shown, Long chartValue) {
	}

	public record Summary(String total, String open, String withinSla, String satisfaction, String appealed) {
	}

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final CaseEngine engine;

	private final DisclosureRule disclosure;

	WelfareStats(JdbcClient jdbc, Organisation organisation, CaseEngine engine, DisclosureRule disclosure) {
		this.disclosure = disclosure;
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.engine = engine;
	}

	/** The wilaya the user's figures cover, or null for national. */
	public String scope(SanadUser user) {
		if (user.is(Role.DGSN_SOCIAL, Role.COMMITTEE)) {
			return null;
		}
		if (user.role() == Role.WILAYA_OFFICER && organisation.scopeOf(user).wilayaCode() != null) {
			return organisation.scopeOf(user).wilayaCode();
		}
		throw new AccessDeniedException("no welfare statistics for this role");
	}

	public List<Cell> byCategory(SanadUser user, int year) {
		return cells("""
				select coalesce(k.parent_code, k.code) as key, count(*) from welfare_concern c
				join welfare_category k on k.code = c.category_code
				where %s group by 1 order by 1""", user, year);
	}

	public List<Cell> byMonth(SanadUser user, int year) {
		return cells("""
				select to_char(c.submitted_at at time zone 'Africa/Algiers', 'YYYY-MM') as key, count(*)
				from welfare_concern c where %s group by 1 order by 1""", user, year);
	}

	public List<Cell> byWilaya(SanadUser user, int year) {
		return cells("select c.wilaya_code as key, count(*) from welfare_concern c where %s group by 1 order by 1",
				user, year);
	}

	public Summary summary(SanadUser user, int year) {
		List<Object> p = new ArrayList<>();
		String where = where(user, year, p);
		record Row(long total, long open, long decided, long rated, double rating, long appealed) {
		}
		Row r = jdbc.sql("""
				select count(*), count(*) filter (where c.state not in ('DECIDED', 'CLOSED')),
				       count(*) filter (where c.state in ('DECIDED', 'CLOSED')), count(c.rating),
				       coalesce(avg(c.rating), 0), count(*) filter (where c.state = 'APPEALED')
				from welfare_concern c where\s""" + where).params(p)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5),
					rs.getLong(6)))
			.single();
		// a breach is a clock that reached its full target (the level-2 step at 100 %)
		Long[] breached = engine.escalatedTo(WelfareCases.TYPE, null, 2, 1_000_000).toArray(Long[]::new);
		List<Object> q = new ArrayList<>();
		String w2 = where(user, year, q);
		q.add(breached);
		long late = jdbc.sql("select count(*) from welfare_concern c where " + w2 + " and c.id = any (?)").params(q)
			.query(Long.class).single();
		String within = r.total() < ConcernSearch.THRESHOLD ? "—"
				: Math.round(100.0 * (r.total() - late) / r.total()) + " %";
		String satisfaction = r.rated() < ConcernSearch.THRESHOLD ? "—"
				: String.format(java.util.Locale.ROOT, "%.1f / 5", r.rating());
		return new Summary(ConcernSearch.suppressed(r.total()), ConcernSearch.suppressed(r.open()), within,
				satisfaction, ConcernSearch.suppressed(r.appealed()));
	}

	/**
	 * Groups under the platform's disclosure rule: the groups add up to the year's total shown beside them, so a
	 * small group is hidden with a complementary one (one hidden group alone would be the total minus the rest).
	 */
	private List<Cell> cells(String sql, SanadUser user, int year) {
		List<Object> p = new ArrayList<>();
		String where = where(user, year, p);
		SuppressedTable.Builder b = disclosure.table(Sensitivity.STANDARD).columns("welfare.stats.count");
		jdbc.sql(sql.formatted(where)).params(p).query((rs, n) -> b.add(rs.getString(1), "welfare.stats.count",
				rs.getLong(2))).list();
		SuppressedTable t = b.build();
		return t.rows().stream().map(r -> new Cell(r.key(), r.cells().get(0).text(), r.cells().get(0).chartValue()))
			.toList();
	}

	private String where(SanadUser user, int year, List<Object> params) {
		String wilaya = scope(user);
		params.add(java.sql.Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay()));
		params.add(java.sql.Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay()));
		String w = "c.submitted_at >= ? and c.submitted_at < ?";
		if (wilaya != null) {
			params.add(wilaya);
			w += " and c.wilaya_code = ?";
		}
		return w;
	}
}
