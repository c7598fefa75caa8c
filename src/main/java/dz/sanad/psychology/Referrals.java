package dz.sanad.psychology;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.platform.confidential.CaseConsents;
import dz.sanad.platform.confidential.Sealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Referrals out of a record, to the police hospital's psychiatrist or the ministry's services, on the case engine:
 * refused without the matching consent scope, and closed only with an outcome. Reason and outcome are sealed.
 */
@Service("psychologyReferrals")
public class Referrals {

	static final String REASON = "psychology.referral.reason";

	static final String OUTCOME = "psychology.referral.outcome";

	public record Referral(long id, long caseId, ReferralTarget target, String reason, ReferralState state,
			String outcome, String createdBy, Instant createdAt, Instant closedAt) {
	}

	private final JdbcClient jdbc;

	private final CaseEngine engine;

	private final CaseConsents consents;

	private final Sealer sealer;

	private final AuditTrail audit;

	Referrals(JdbcClient jdbc, CaseEngine engine, CaseConsents consents, Sealer sealer, AuditTrail audit) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.consents = consents;
		this.sealer = sealer;
		this.audit = audit;
	}

	@Transactional
	public long refer(SanadUser user, PsyCase c, ReferralTarget target, String reason) {
		if (target == null) {
			throw BusinessException.onField("target", "psychology.error.target");
		}
		if (reason == null || reason.isBlank()) {
			throw BusinessException.onField("reason", "psychology.error.reason");
		}
		c.requireOpen();
		consents.require(Scopes.DOMAIN, String.valueOf(c.id()), target.scope());
		Instant at = Instant.now();
		long id = jdbc.sql("select nextval('psy_referral_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into psy_referral (id, case_id, target, reason, state, created_by, created_at)
				values (?, ?, ?, ?, 'SENT', ?, ?)""")
			.params(id, c.id(), target.name(), sealer.seal(reason.trim(), REASON), user.getUsername(), Timestamp.from(at))
			.update();
		engine.open(PsychologyCases.referralRef(id), PsychologyCases.REFERRAL_POLICY, user.getUsername(), at);
		audit.record("CREATE", "psychology-referral", id, "referral " + target, null,
				Map.of("case", c.reference(), "target", target.name()));
		return id;
	}

	@Transactional
	public void accept(PsyCase c, long referralId) {
		Referral r = of(c, referralId);
		move(r, ReferralState.ACCEPTED, null);
	}

	/** Closes the referral: its outcome is mandatory. */
	@Transactional
	public void close(PsyCase c, long referralId, String outcome) {
		Referral r = of(c, referralId);
		if (outcome == null || outcome.isBlank()) {
			throw BusinessException.onField("outcome", "psychology.error.referral-outcome");
		}
		move(r, ReferralState.CLOSED, outcome.trim());
	}

	private void move(Referral r, ReferralState to, String outcome) {
		PsychologyCases.REFERRAL_WORKFLOW.check(r.state(), to);
		Instant at = Instant.now();
		jdbc.sql("""
				update psy_referral set state = ?, outcome = coalesce(?, outcome), closed_at = ?, version = version + 1
				where id = ?""")
			.params(to.name(), outcome == null ? null : sealer.seal(outcome, OUTCOME),
					to == ReferralState.CLOSED ? Timestamp.from(at) : null, r.id())
			.update();
		engine.transition(PsychologyCases.referralRef(r.id()), to, null, at);
		audit.record("UPDATE", "psychology-referral", r.id(), "referral " + to, Map.of("state", r.state().name()),
				Map.of("state", to.name()));
	}

	private Referral of(PsyCase c, long id) {
		return ofCase(c.id()).stream().filter(r -> r.id() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("referral " + id));
	}

	/** The case's referrals, opened (care team or break-the-glass reader: the caller has checked). */
	public List<Referral> ofCase(long caseId) {
		return jdbc.sql("""
				select id, case_id, target, reason, state, outcome, created_by, created_at, closed_at
				from psy_referral where case_id = ? order by created_at desc""")
			.param(caseId)
			.query((rs, i) -> new Referral(rs.getLong("id"), rs.getLong("case_id"),
					ReferralTarget.valueOf(rs.getString("target")), sealer.open(rs.getBytes("reason"), REASON),
					ReferralState.valueOf(rs.getString("state")),
					rs.getBytes("outcome") == null ? null : sealer.open(rs.getBytes("outcome"), OUTCOME),
					rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant()))
			.list();
	}
}
