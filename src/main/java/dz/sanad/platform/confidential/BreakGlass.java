package dz.sanad.platform.confidential;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Notifications;
import dz.sanad.platform.RateLimit;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Break-the-glass: a designated reader (the domain says who: e.g. the clinician on call) opens one record
 * read-only for a few hours, after typing their password again and giving a reason code and their own words.
 * The record's clinicians and lead are told at once; a reviewer gives a verdict afterwards. Whether a grant lets
 * its holder see a part of the record (never process notes) is the module's rule; this class only says whether
 * an unexpired grant exists.
 */
@Service
public class BreakGlass {

	static final String REASON_PURPOSE = "confidential.glass.reason";

	private static final String GLASS_FAILURES = "glass-password";

	private static final int MAX_FAILURES = 5;

	private static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

	private static final String COLUMNS = "id, domain, record_type, record_id, subject_member_id, subject_family_id, "
			+ "actor, actor_role, reason, reason_text, opened_at, expires_at, verdict, reviewed_by";

	private final JdbcClient jdbc;

	private final Sealer sealer;

	private final ConfidentialDomains domains;

	private final Reauthentication reauthentication;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final RateLimit rateLimit;

	BreakGlass(JdbcClient jdbc, Sealer sealer, ConfidentialDomains domains, Reauthentication reauthentication,
			Notifications notifications, AuditTrail audit, RateLimit rateLimit) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.domains = domains;
		this.reauthentication = reauthentication;
		this.notifications = notifications;
		this.audit = audit;
		this.rateLimit = rateLimit;
	}

	@Transactional
	public Grant open(String domain, String recordType, String recordId, Subject subject, GlassReason reason,
			String text, String password) {
		SanadUser user = CurrentUser.get();
		ConfidentialDomain d = domains.get(domain);
		if (!d.mayBreakGlass(user)) {
			throw new AccessDeniedException("not allowed to break the glass in " + domain);
		}
		if (reason == null) {
			throw BusinessException.onField("reason", "confidential.glass.reason-required");
		}
		if (text == null || text.isBlank()) {
			throw BusinessException.onField("text", "confidential.glass.text-required");
		}
		// only wrong passwords count: five in a quarter of an hour and the form refuses even a right one
		if (rateLimit.exhausted(GLASS_FAILURES, user.getUsername(), MAX_FAILURES, FAILURE_WINDOW)) {
			throw BusinessException.of("confidential.glass.too-many");
		}
		if (!reauthentication.matches(user, password)) {
			rateLimit.tryAcquire(GLASS_FAILURES, user.getUsername(), MAX_FAILURES, FAILURE_WINDOW);
			throw BusinessException.onField("password", "confidential.glass.password-wrong");
		}
		Optional<Grant> existing = active(domain, recordId);
		if (existing.isPresent()) {
			return existing.get();
		}
		Instant expires = Instant.now().plus(d.glassDuration());
		long id = jdbc.sql("""
				insert into glass_grant (domain, record_type, record_id, subject_member_id, subject_family_id, actor,
				                         actor_role, reason, reason_text, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(domain, recordType, recordId, subject.memberId(), subject.familyMemberId(), user.getUsername(),
					user.role().name(), reason.name(), sealer.seal(text.strip(), REASON_PURPOSE), Timestamp.from(expires))
			.query(Long.class).single();
		audit.record("BREAK_GLASS", "glass_grant", id, domain + " " + recordType + " " + recordId + " " + reason,
				null, Map.of("domain", domain, "recordType", recordType, "recordId", recordId, "reason", reason.name(),
						"expiresAt", expires.toString()));
		for (String username : d.notifyOnBreakGlass(recordId)) {
			if (!username.equals(user.getUsername())) {
				notifications.toUser(username, null,
						notifications.message("confidential.glass.notice", user.fullName(), recordId));
			}
		}
		return get(id);
	}

	/** The current user's unexpired grant on that record, if any. */
	@Transactional(readOnly = true)
	public Optional<Grant> active(String domain, String recordId) {
		SanadUser user = CurrentUser.find().orElse(null);
		if (user == null) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " from glass_grant where actor = ? and domain = ? and record_id = ? "
				+ "and expires_at > now() order by expires_at desc limit 1")
			.params(user.getUsername(), domain, recordId).query(this::row).optional();
	}

	/** The verdict, once, by a reviewer of the grant's domain who is not its holder. */
	@Transactional
	public void review(long grantId, GlassVerdict verdict, String comment) {
		SanadUser user = CurrentUser.get();
		Grant grant = get(grantId);
		if (!domains.get(grant.domain()).reviews(user)) {
			throw new AccessDeniedException("not a reviewer of " + grant.domain());
		}
		if (verdict == null) {
			throw BusinessException.onField("verdict", "confidential.glass.verdict-required");
		}
		if (grant.actor().equals(user.getUsername())) {
			throw BusinessException.of("confidential.glass.own-grant");
		}
		int updated = jdbc.sql("update glass_grant set verdict = ?, review_comment = ?, reviewed_by = ?, "
				+ "reviewed_at = now() where id = ? and verdict is null")
			.params(verdict.name(), comment == null || comment.isBlank() ? null
					: sealer.seal(comment.strip(), REASON_PURPOSE), user.getUsername(), grantId)
			.update();
		if (updated == 0) {
			throw BusinessException.of("confidential.glass.already-reviewed");
		}
		audit.record("REVIEW", "glass_grant", grantId, grant.domain() + " " + verdict, null,
				Map.of("verdict", verdict.name()));
	}

	/** The grants of a domain still waiting for their verdict, oldest first. */
	@Transactional(readOnly = true)
	public List<Grant> awaitingReview(String domain) {
		return jdbc.sql("select " + COLUMNS + " from glass_grant where domain = ? and verdict is null "
				+ "order by opened_at").param(domain).query(this::row).list();
	}

	/** Every grant of the domains this user reviews, newest first (the reviewers' page). */
	@Transactional(readOnly = true)
	public List<Grant> forReviewer(SanadUser user, boolean awaitingOnly, int limit) {
		List<String> names = domains.reviewedBy(user);
		if (names.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from glass_grant where domain in (:domains)"
				+ (awaitingOnly ? " and verdict is null" : "") + " order by opened_at desc limit :limit")
			.param("domains", names).param("limit", limit).query(this::row).list();
	}

	@Transactional(readOnly = true)
	public long countAwaiting(SanadUser user) {
		List<String> names = domains.reviewedBy(user);
		return names.isEmpty() ? 0 : jdbc.sql("select count(*) from glass_grant where domain in (:domains) "
				+ "and verdict is null and actor <> :me").param("domains", names).param("me", user.getUsername())
			.query(Long.class).single();
	}

	Grant get(long id) {
		return jdbc.sql("select " + COLUMNS + " from glass_grant where id = ?").param(id).query(this::row).optional()
			.orElseThrow(() -> new NotFoundException("grant " + id));
	}

	private Grant row(ResultSet rs, int i) throws SQLException {
		Subject subject = new Subject(rs.getObject("subject_member_id", Long.class),
				rs.getObject("subject_family_id", Long.class));
		String verdict = rs.getString("verdict");
		return new Grant(rs.getLong("id"), rs.getString("domain"), rs.getString("record_type"),
				rs.getString("record_id"), subject, rs.getString("actor"), rs.getString("actor_role"),
				GlassReason.valueOf(rs.getString("reason")), sealer.open(rs.getBytes("reason_text"), REASON_PURPOSE),
				rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				verdict == null ? null : GlassVerdict.valueOf(verdict), rs.getString("reviewed_by"));
	}
}
