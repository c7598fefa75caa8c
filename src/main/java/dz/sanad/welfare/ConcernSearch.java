package dz.sanad.welfare;

import dz.sanad.platform.SanadUser;
import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.welfare.Handlers.Reader;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The handlers' queue: only the concerns the reader may open are ever selected (the rule of {@link ConcernAccess}
 * in SQL), so a confidential concern's subject cannot reach a list or an export it should not; what is left out is
 * given as a suppressed count.
 */
@Service
@Transactional(readOnly = true)
public class ConcernSearch {

	/** Counts below this are shown as "&lt;5". */
	public static final int THRESHOLD = 5;

	private static final int BREACHING_LIMIT = 5000;

	public record Filter(ConcernState state, String category, Priority priority, Boolean mine, Boolean breaching,
			String q) {
	}

	public record Row(long id, String reference, String subject, String categoryCode, Priority priority,
			ConcernState state, Confidentiality confidentiality, String assignedTo, String wilayaCode,
			Instant submittedAt) {
	}

	private final JdbcClient jdbc;

	private final Handlers handlers;

	private final CaseEngine engine;

	ConcernSearch(JdbcClient jdbc, Handlers handlers, CaseEngine engine) {
		this.jdbc = jdbc;
		this.handlers = handlers;
		this.engine = engine;
	}

	public Page<Row> search(SanadUser user, Filter f, Pageable pageable) {
		List<Object> params = new ArrayList<>();
		String where = where(handlers.reader(user), f, params);
		long total = jdbc.sql("select count(*) from welfare_concern c where " + where).params(params)
			.query(Long.class).single();
		params.add(pageable.getPageSize());
		params.add(pageable.getOffset());
		List<Row> rows = jdbc.sql(select() + where + " order by c.submitted_at desc, c.id desc limit ? offset ?")
			.params(params).query(this::row).list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** The whole filtered list for the export (at most 100,000 rows). */
	public List<Row> searchAll(SanadUser user, Filter f) {
		List<Object> params = new ArrayList<>();
		String where = where(handlers.reader(user), f, params);
		return jdbc.sql(select() + where + " order by c.submitted_at desc, c.id desc limit 100000").params(params)
			.query(this::row).list();
	}

	/** How many concerns of the reader's wilaya they may not open, as shown: a number, or "&lt;5" below 5. */
	public String hiddenCount(SanadUser user) {
		Reader r = handlers.reader(user);
		List<Object> params = new ArrayList<>();
		String visible = ConcernAccess.visibleSql(r, params);
		String scope = r.central() ? "true" : "c.wilaya_code = ?";
		if (!r.central()) {
			params.add(0, r.wilaya());
		}
		if (!r.central() && !r.handler()) {
			return suppressed(0);
		}
		long n = jdbc.sql("select count(*) from welfare_concern c where " + scope + " and not " + visible)
			.params(params).query(Long.class).single();
		return suppressed(n);
	}

	public static String suppressed(long n) {
		return n < THRESHOLD ? "<" + THRESHOLD : String.valueOf(n);
	}

	/** Open concerns in the reader's hands, for the home page. */
	public long pendingOf(String username) {
		return jdbc.sql("""
				select count(*) from welfare_concern where assigned_to = ?
				and state in ('ASSIGNED', 'IN_PROGRESS', 'REOPENED', 'APPEALED')""").param(username)
			.query(Long.class).single();
	}

	/** Concerns of a wilaya nobody has taken yet. */
	public long unassignedIn(SanadUser user) {
		Reader r = handlers.reader(user);
		List<Object> params = new ArrayList<>();
		String visible = ConcernAccess.visibleSql(r, params);
		return jdbc.sql("select count(*) from welfare_concern c where c.state = 'SUBMITTED' and " + visible)
			.params(params).query(Long.class).single();
	}

	/** The ids close to or past an SLA step: due within a working day, or already escalated and still open. */
	public Set<Long> breachingIds(String owner) {
		Set<Long> ids = new HashSet<>(engine.dueBefore(WelfareCases.TYPE, owner,
				Instant.now().plus(Duration.ofDays(1)), BREACHING_LIMIT));
		ids.addAll(engine.escalatedTo(WelfareCases.TYPE, owner, 1, BREACHING_LIMIT));
		return ids;
	}

	/** How many of the owner's concerns still open are close to or past a deadline (home page). */
	public long breachingOpen(String owner) {
		Set<Long> ids = breachingIds(owner);
		if (ids.isEmpty()) {
			return 0;
		}
		return jdbc.sql("select count(*) from welfare_concern where id = any (?) and state not in ('DECIDED', 'CLOSED')")
			.param(ids.toArray(Long[]::new)).query(Long.class).single();
	}

	private String where(Reader r, Filter f, List<Object> params) {
		StringBuilder w = new StringBuilder(ConcernAccess.visibleSql(r, params));
		if (f.state() != null) {
			w.append(" and c.state = ?");
			params.add(f.state().name());
		}
		if (f.category() != null && !f.category().isBlank()) {
			w.append(" and (c.category_code = ? or c.category_code like ?)");
			params.add(f.category());
			params.add(f.category() + ".%");
		}
		if (f.priority() != null) {
			w.append(" and c.priority = ?");
			params.add(f.priority().name());
		}
		if (Boolean.TRUE.equals(f.mine())) {
			w.append(" and c.assigned_to = ?");
			params.add(r.username());
		}
		if (f.q() != null && !f.q().isBlank()) {
			String like = "%" + f.q().trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%";
			w.append(" and (lower(c.reference) like ? or lower(c.subject) like ?)");
			params.add(like);
			params.add(like);
		}
		if (Boolean.TRUE.equals(f.breaching())) {
			Set<Long> ids = breachingIds(null);
			if (ids.isEmpty()) {
				w.append(" and false");
			}
			else {
				w.append(" and c.state not in ('DECIDED', 'CLOSED') and c.id = any (?)");
				params.add(ids.toArray(Long[]::new));
			}
		}
		return w.toString();
	}

	private static String select() {
		return """
				select c.id, c.reference, c.subject, c.category_code, c.priority, c.state, c.confidentiality,
				       c.assigned_to, c.wilaya_code, c.submitted_at from welfare_concern c where\s""";
	}

	private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				Priority.valueOf(rs.getString(5)), ConcernState.valueOf(rs.getString(6)),
				Confidentiality.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9),
				rs.getTimestamp(10).toInstant());
	}
}
