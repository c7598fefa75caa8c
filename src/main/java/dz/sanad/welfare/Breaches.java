package dz.sanad.welfare;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.platform.cases.Clock;
import dz.sanad.platform.cases.ClockView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Why a clock went past its target: the handler records one reason per breached clock (the statistics count them by
 * reason). Only a clock that really is past its target takes a reason; a second one replaces the first, audited.
 */
@Service
@Transactional
public class Breaches {

	public enum Reason {
		WORKLOAD, THIRD_PARTY, COMPLEXITY, MEMBER_UNREACHABLE, BUDGET, OTHER;

		public String messageKey() {
			return "welfare.breach.reason." + name();
		}
	}

	public record Recorded(Clock clock, Reason reason, String note, String by, Instant at) {
	}

	private final JdbcClient jdbc;

	private final ConcernHandling handling;

	private final CaseEngine engine;

	private final AuditTrail audit;

	Breaches(JdbcClient jdbc, ConcernHandling handling, CaseEngine engine, AuditTrail audit) {
		this.jdbc = jdbc;
		this.handling = handling;
		this.engine = engine;
		this.audit = audit;
	}

	public void record(SanadUser user, long concernId, Clock clock, Reason reason, String note) {
		Concern c = handling.get(user, concernId);
		if (!handling.mayAct(user, c)) {
			throw new AccessDeniedException("not this concern's handler");
		}
		if (clock == null) {
			throw BusinessException.onField("clock", "welfare.error.breach-clock");
		}
		if (reason == null) {
			throw BusinessException.onField("reason", "welfare.error.breach-reason");
		}
		Instant now = Instant.now();
		boolean breached = engine.clocks(WelfareCases.ref(concernId), now).stream()
			.anyMatch(v -> v.clock() == clock && v.breached());
		if (!breached) {
			throw BusinessException.onField("clock", "welfare.error.breach-none");
		}
		String text = note == null || note.isBlank() ? null : note.trim();
		if (text != null && text.length() > 500) {
			throw BusinessException.onField("note", "welfare.error.too-long", 500);
		}
		jdbc.sql("""
				insert into welfare_breach (concern_id, clock, reason, note, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?) on conflict (concern_id, clock) do update set reason = excluded.reason,
				note = excluded.note, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
			.params(concernId, clock.name(), reason.name(), text, user.getUsername(), Timestamp.from(now)).update();
		audit.record("UPDATE", "welfare-concern", concernId, c.getReference() + " breach " + clock + ": " + reason,
				null, Map.of("clock", clock.name(), "reason", reason.name()));
	}

	@Transactional(readOnly = true)
	public List<Recorded> of(long concernId) {
		return jdbc.sql("""
				select clock, reason, note, recorded_by, recorded_at from welfare_breach where concern_id = ?
				order by clock""").param(concernId)
			.query((rs, n) -> new Recorded(Clock.valueOf(rs.getString(1)), Reason.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** Whether any clock of the concern is past its target (the page then offers to record why). */
	@Transactional(readOnly = true)
	public boolean anyBreached(List<ClockView> clocks) {
		return clocks.stream().anyMatch(ClockView::breached);
	}
}
