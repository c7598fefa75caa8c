package dz.sanad.welfare;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.welfare.Handlers.Reader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may open a concern, the same rule as SQL for every list, export and count, and the read log of confidential
 * concerns. A concern the reader may not open answers like one that does not exist (404), so a reference reveals
 * nothing; the member's chain of command, other wilayas and the committee never reach any content.
 */
@Component
public class ConcernAccess {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ConcernAccess(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Whether a member of staff may open the concern (members reach only their own, through self-service). */
	public boolean canOpen(Reader r, Concern c) {
		if (c.getConfidentiality() == Confidentiality.SEALED) {
			return (r.handler() || r.central()) && r.username().equals(c.getSealedTo());
		}
		if (r.central()) {
			return c.getConfidentiality() == Confidentiality.NORMAL;
		}
		if (!r.handler() || !r.wilaya().equals(c.getWilayaCode())) {
			return false;
		}
		return c.getConfidentiality() == Confidentiality.NORMAL || r.head()
				|| r.username().equals(c.getAssignedTo());
	}

	/** Whether the reader may act on it (answer, ask, decide): its handler, or the head of its service. */
	public boolean canAct(Reader r, Concern c) {
		return canOpen(r, c) && r.handler()
				&& (r.username().equals(c.getAssignedTo()) || r.head() || c.getAssignedTo() == null);
	}

	/**
	 * Whether opening it needs a reason: a confidential concern opened by someone else than its handler (the head
	 * of the service, for instance).
	 */
	public boolean needsReason(Reader r, Concern c) {
		return c.confidential() && !r.username().equals(c.getAssignedTo());
	}

	/** The visibility rule as a SQL condition on alias {@code c}, with its parameters appended to {@code params}. */
	public static String visibleSql(Reader r, List<Object> params) {
		if (r.central()) {
			params.add(r.username());
			return "(c.confidentiality = 'NORMAL' or c.sealed_to = ?)";
		}
		if (!r.handler()) {
			return "false";
		}
		params.add(r.wilaya());
		params.add(r.head());
		params.add(r.username());
		params.add(r.username());
		return """
				((c.wilaya_code = ? and (c.confidentiality = 'NORMAL' or (c.confidentiality = 'RESTRICTED'
				  and (? or c.assigned_to = ?)))) or (c.confidentiality = 'SEALED' and c.sealed_to = ?))""";
	}

	/** The concern for a member of staff, 404 when they may not open it. */
	Concern check(Reader r, Concern c) {
		if (!canOpen(r, c)) {
			throw new NotFoundException("concern " + c.getId());
		}
		return c;
	}

	/** Records an opening of a confidential concern: welfare's read log (shown to the member) and the audit trail. */
	@Transactional
	public void recordRead(Reader r, Concern c, String reason, Instant at) {
		if (!c.confidential()) {
			return;
		}
		String why = reason == null || reason.isBlank() ? null : reason.trim();
		if (why == null && needsReason(r, c)) {
			throw BusinessException.onField("reason", "welfare.error.reason-to-open");
		}
		if (why != null && why.length() > 500) {
			throw BusinessException.onField("reason", "welfare.error.too-long", 500);
		}
		jdbc.sql("insert into welfare_read (concern_id, username, role, reason, at) values (?, ?, ?, ?, ?)")
			.params(c.getId(), r.username(), r.role().name(), why, Timestamp.from(at)).update();
		audit.record("READ", "welfare-concern", c.getId(), c.getReference() + (why == null ? "" : ": " + why), null,
				null);
	}

	/** One opening as the member sees it: the role, never the person. */
	public record Opening(String role, Instant at) {
	}

	@Transactional(readOnly = true)
	public List<Opening> openings(long concernId) {
		return new ArrayList<>(jdbc.sql("select role, at from welfare_read where concern_id = ? order by id desc")
			.param(concernId).query((rs, n) -> new Opening(rs.getString(1), rs.getTimestamp(2).toInstant())).list());
	}
}
