package dz.sanad.welfare;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Referrals to the ministry's social services. A REFERRED decision opens one (the member's consent was checked by
 * the decision); the handler then records the ministry's answer: accepted or refused, then done. A refusal and the
 * end carry the outcome, mandatory.
 */
@Service
@Transactional
public class Referrals {

	public enum Status {
		REQUESTED, ACCEPTED, REFUSED, DONE;

		Set<Status> next() {
			return switch (this) {
				case REQUESTED -> Set.of(ACCEPTED, REFUSED);
				case ACCEPTED -> Set.of(DONE);
				default -> Set.of();
			};
		}

		public boolean needsOutcome() {
			return this == REFUSED || this == DONE;
		}

		public String messageKey() {
			return "welfare.referral." + name();
		}
	}

	public record Referral(Status status, String outcome, Instant requestedAt, Instant updatedAt) {

		public Set<Status> next() {
			return status.next();
		}
	}

	private final JdbcClient jdbc;

	private final ConcernHandling handling;

	private final AuditTrail audit;

	Referrals(JdbcClient jdbc, ConcernHandling handling, AuditTrail audit) {
		this.jdbc = jdbc;
		this.handling = handling;
		this.audit = audit;
	}

	void open(Concern c, String by, Instant at) {
		jdbc.sql("""
				insert into welfare_referral (concern_id, status, requested_by, requested_at) values (?, 'REQUESTED', ?, ?)
				on conflict (concern_id) do update set status = 'REQUESTED', outcome = null, requested_by = excluded.requested_by,
				requested_at = excluded.requested_at, updated_by = null, updated_at = null""")
			.params(c.getId(), by, Timestamp.from(at)).update();
		audit.record("CREATE", "welfare-referral", c.getId(), c.getReference(), null, Map.of("status", "REQUESTED"));
	}

	@Transactional(readOnly = true)
	public Optional<Referral> of(long concernId) {
		return jdbc.sql("select status, outcome, requested_at, updated_at from welfare_referral where concern_id = ?")
			.param(concernId)
			.query((rs, n) -> new Referral(Status.valueOf(rs.getString(1)), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
			.optional();
	}

	/** Records the ministry's answer or the end of the referral, by the concern's handler. */
	public void move(SanadUser user, long concernId, Status to, String outcome) {
		Concern c = handling.get(user, concernId);
		if (!handling.mayAct(user, c)) {
			throw new AccessDeniedException("not this concern's handler");
		}
		Referral r = of(concernId).orElseThrow(() -> BusinessException.of("welfare.error.referral-none"));
		if (to == null || !r.status().next().contains(to)) {
			throw BusinessException.onField("status", "welfare.error.referral-move");
		}
		String text = to.needsOutcome() ? MemberConcerns.text(outcome, "outcome", 2000)
				: outcome == null || outcome.isBlank() ? null : MemberConcerns.text(outcome, "outcome", 2000);
		jdbc.sql("""
				update welfare_referral set status = ?, outcome = coalesce(?, outcome), updated_by = ?, updated_at = ?
				where concern_id = ?""")
			.params(to.name(), text, user.getUsername(), Timestamp.from(Instant.now()), concernId).update();
		audit.record("UPDATE", "welfare-referral", concernId, c.getReference() + " " + to,
				Map.of("status", r.status().name()), Map.of("status", to.name()));
	}
}
