package dz.sanad.psychology;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.Sealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Progress notes (the care team) and process notes (their author only), sealed at rest with their own purpose.
 * Which notes come back is decided here, in SQL, from the reader's access level: under break-the-glass a process
 * note is never even selected.
 */
@Service
public class Notes {

	static final String PURPOSE = "psychology.note";

	public static final int MAX_LENGTH = 8000;

	public record Note(long id, NoteKind kind, String author, String body, Instant writtenAt) {
	}

	private final JdbcClient jdbc;

	private final Sealer sealer;

	private final AuditTrail audit;

	Notes(JdbcClient jdbc, Sealer sealer, AuditTrail audit) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.audit = audit;
	}

	/** Written by a member of the care team (the caller has checked CARE). */
	@Transactional
	public long write(SanadUser author, PsyCase c, NoteKind kind, String body) {
		if (kind == null) {
			throw BusinessException.onField("kind", "psychology.error.note-kind");
		}
		if (body == null || body.isBlank()) {
			throw BusinessException.onField("body", "psychology.error.note-empty");
		}
		if (body.length() > MAX_LENGTH) {
			throw BusinessException.onField("body", "psychology.error.note-long", MAX_LENGTH);
		}
		c.requireOpen();
		long id = jdbc.sql("""
				insert into psy_note (case_id, kind, author, body, written_at) values (?, ?, ?, ?, ?) returning id""")
			.params(c.id(), kind.name(), author.getUsername(), sealer.seal(body.trim(), PURPOSE),
					Timestamp.from(Instant.now()))
			.query(Long.class).single();
		// the audit trail names the note, never its text
		audit.record("CREATE", "psychology-note", id, kind + " note", null,
				Map.of("case", c.reference(), "kind", kind.name()));
		return id;
	}

	/**
	 * The notes the reader may read, newest first, opened: the care team's progress notes, plus the reader's own
	 * process notes unless {@code glass} (break-the-glass never shows a process note, not even the reader's own).
	 */
	public List<Note> readable(SanadUser reader, long caseId, boolean glass, int limit) {
		return jdbc.sql("""
				select id, kind, author, body, written_at from psy_note
				where case_id = ? and (kind = 'PROGRESS' or (not ? and kind = 'PROCESS' and author = ?))
				order by written_at desc, id desc limit ?""")
			.params(caseId, glass, reader.getUsername(), limit)
			.query((rs, i) -> new Note(rs.getLong("id"), NoteKind.valueOf(rs.getString("kind")), rs.getString("author"),
					sealer.open(rs.getBytes("body"), PURPOSE), rs.getTimestamp("written_at").toInstant()))
			.list();
	}

	public long count(long caseId) {
		return jdbc.sql("select count(*) from psy_note where case_id = ? and kind = 'PROGRESS'").param(caseId)
			.query(Long.class).single();
	}
}
