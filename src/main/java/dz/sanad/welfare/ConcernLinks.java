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
import java.util.ArrayList;
import java.util.List;

/**
 * Links from a concern to the other Sanad records it is about (a holiday application, a training nomination, an
 * activity registration, a crèche application). A link is added by the member on their own record, or by the
 * concern's handler on a record of the concern's member within the handler's scope; it is resolved at each reading
 * for that reader, so a record they may not open in its own module is never shown (only counted, suppressed).
 */
@Service
@Transactional
public class ConcernLinks {

	static final int MAX = 10;

	/** A link as its reader sees it. */
	public record Shown(LinkKind kind, long recordId, String title, String status, Instant at, String href) {
	}

	/** What the reader may see, and how many links lead to records they may not open. */
	public record View(List<Shown> shown, int hidden) {
	}

	private final JdbcClient jdbc;

	private final LinkedRecords records;

	private final ConcernHandling handling;

	private final MemberConcerns members;

	private final AuditTrail audit;

	ConcernLinks(JdbcClient jdbc, LinkedRecords records, ConcernHandling handling, MemberConcerns members,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.records = records;
		this.handling = handling;
		this.members = members;
		this.audit = audit;
	}

	/** The member links one of their own records to their (named) concern. */
	public void addByMember(SanadUser user, long concernId, LinkKind kind, Long recordId) {
		Concern c = members.own(user, concernId);
		add(user, c, kind, recordId);
	}

	/** The concern's handler links a record of the concern's member, seen within the handler's own scope. */
	public void addByHandler(SanadUser user, long concernId, LinkKind kind, Long recordId) {
		Concern c = handling.get(user, concernId);
		if (!handling.mayAct(user, c)) {
			throw new AccessDeniedException("not this concern's handler");
		}
		add(user, c, kind, recordId);
	}

	private void add(SanadUser user, Concern c, LinkKind kind, Long recordId) {
		if (kind == null) {
			throw BusinessException.onField("kind", "welfare.error.link-kind");
		}
		if (recordId == null || recordId <= 0) {
			throw BusinessException.onField("recordId", "welfare.error.link-record");
		}
		if (!c.identified()) {
			// a record of the member would tie the pseudonymous concern to them
			throw BusinessException.of("welfare.error.link-pseudonymous");
		}
		LinkedRecords.Resolved r = records.resolve(user, kind, recordId)
			.filter(x -> x.memberId() == c.getMemberId())
			.orElseThrow(() -> BusinessException.onField("recordId", "welfare.error.link-record"));
		long count = jdbc.sql("select count(*) from welfare_link where concern_id = ?").param(c.getId())
			.query(Long.class).single();
		if (count >= MAX) {
			throw BusinessException.of("welfare.error.link-many", MAX);
		}
		int added = jdbc.sql("""
				insert into welfare_link (concern_id, kind, record_id, added_by, added_at) values (?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(c.getId(), kind.name(), recordId, user.getUsername(), Timestamp.from(Instant.now())).update();
		if (added == 0) {
			throw BusinessException.onField("recordId", "welfare.error.link-twice");
		}
		audit.record("LINK", "welfare-concern", c.getId(), c.getReference() + " → " + kind + " " + recordId, null,
				java.util.Map.of("kind", kind.name(), "record", recordId, "title", r.title()));
	}

	/** The concern's links as this reader may see them (the caller has checked the reader may open the concern). */
	@Transactional(readOnly = true)
	public View of(SanadUser reader, long concernId) {
		record Row(LinkKind kind, long id) {
		}
		List<Row> rows = jdbc.sql("select kind, record_id from welfare_link where concern_id = ? order by added_at")
			.param(concernId).query((rs, n) -> new Row(LinkKind.valueOf(rs.getString(1)), rs.getLong(2))).list();
		List<Shown> shown = new ArrayList<>();
		int hidden = 0;
		for (Row row : rows) {
			var r = records.resolve(reader, row.kind(), row.id());
			if (r.isPresent()) {
				shown.add(new Shown(row.kind(), row.id(), r.get().title(), r.get().status(), r.get().at(),
						r.get().href()));
			}
			else {
				hidden++;
			}
		}
		return new View(shown, hidden);
	}
}
