package dz.sanad.audit;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.BreakGlass;
import dz.sanad.platform.confidential.Grant;
import dz.sanad.platform.confidential.Subject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static dz.sanad.platform.Formats.ZONE;

/**
 * Every read of a sensitive record (psychology, health): who, role, when, which record, why, and the
 * break-the-glass grant it used. Append-only and hash-chained with the audit trail's hash, on its own chain and
 * lock, so the DPO can prove it whole; the person reads their own entries ("who looked at my record").
 */
@Service
public class ReadLog {

	private static final long LOCK_KEY = 0x5a4e4144_52454144L; // "SANADREAD"

	private static final String COLUMNS = "id, at, actor, actor_role, domain, record_type, record_id, purpose_key, "
			+ "grant_id";

	private final JdbcClient jdbc;

	private final BreakGlass glass;

	ReadLog(JdbcClient jdbc, BreakGlass glass) {
		this.jdbc = jdbc;
		this.glass = glass;
	}

	/** In the caller's transaction: a read that rolls back with its request leaves no entry, as it showed nothing. */
	@Transactional
	public void record(String domain, String recordType, String recordId, Subject subject, String purposeKey) {
		SanadUser user = CurrentUser.get();
		Long grant = glass.active(domain, recordId).map(Grant::id).orElse(null);
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleValue();
		String prev = jdbc.sql("select hash from sensitive_read order by id desc limit 1").query(String.class)
			.optional().orElse(null);
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String hash = AuditTrail.hash(prev, at, user.getUsername(), user.role().name(), domain, recordType, recordId,
				str(subject.memberId()), str(subject.familyMemberId()), purposeKey, str(grant));
		jdbc.sql("""
				insert into sensitive_read (at, actor, actor_role, domain, record_type, record_id, subject_member_id,
				                            subject_family_id, purpose_key, grant_id, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(at), user.getUsername(), user.role().name(), domain, recordType, recordId,
					subject.memberId(), subject.familyMemberId(), purposeKey, grant, prev, hash)
			.update();
	}

	/** Who looked at this person's records, newest first. */
	@Transactional(readOnly = true)
	public List<ReadEntry> forSubject(Subject subject, int limit) {
		String column = subject.memberId() != null ? "subject_member_id" : "subject_family_id";
		long id = subject.memberId() != null ? subject.memberId() : subject.familyMemberId();
		return jdbc.sql("select " + COLUMNS + " from sensitive_read where " + column + " = ? "
				+ "order by at desc, id desc limit ?").params(id, limit).query(ReadLog::row).list();
	}

	/** The DPO's search: metadata only; every filter optional. */
	@Transactional(readOnly = true)
	public Page<ReadEntry> search(String domain, String actor, LocalDate from, LocalDate to, Pageable page) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		if (domain != null && !domain.isBlank()) {
			where.append(" and domain = ?");
			args.add(domain);
		}
		if (actor != null && !actor.isBlank()) {
			where.append(" and actor = ?");
			args.add(actor.strip().toLowerCase(java.util.Locale.ROOT));
		}
		if (from != null) {
			where.append(" and at >= ?");
			args.add(Timestamp.from(from.atStartOfDay(ZONE).toInstant()));
		}
		if (to != null) {
			where.append(" and at < ?");
			args.add(Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()));
		}
		long total = jdbc.sql("select count(*) from sensitive_read" + where).params(args).query(Long.class).single();
		List<Object> paged = new ArrayList<>(args);
		paged.add(page.getPageSize());
		paged.add(page.getOffset());
		List<ReadEntry> rows = jdbc.sql("select " + COLUMNS + " from sensitive_read" + where
				+ " order by at desc, id desc limit ? offset ?").params(paged).query(ReadLog::row).list();
		return new PageImpl<>(rows, page, total);
	}

	/** Walks the chain; the first broken entry's id, or intact. */
	@Transactional(readOnly = true)
	public AuditTrail.VerificationResult verify() {
		return AuditTrail.walk(jdbc, """
				select id, at, actor, actor_role, domain, record_type, record_id, subject_member_id, subject_family_id,
				       purpose_key, grant_id, prev_hash, hash from sensitive_read order by id""",
				rs -> new String[] { rs.getString("actor"), rs.getString("actor_role"), rs.getString("domain"),
						rs.getString("record_type"), rs.getString("record_id"), rs.getString("subject_member_id"),
						rs.getString("subject_family_id"), rs.getString("purpose_key"), rs.getString("grant_id") });
	}

	private static String str(Long value) {
		return value == null ? null : value.toString();
	}

	private static ReadEntry row(ResultSet rs, int i) throws SQLException {
		long grant = rs.getLong("grant_id");
		Long grantId = rs.wasNull() ? null : grant;
		return new ReadEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				Role.valueOf(rs.getString("actor_role")), rs.getString("domain"), rs.getString("record_type"),
				rs.getString("record_id"), rs.getString("purpose_key"), grantId);
	}
}
