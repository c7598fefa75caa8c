package dz.sanad.welfare;

import dz.sanad.platform.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A concern's two-way thread and its attachments. Files are PDF, JPEG or PNG as their first bytes say (the name
 * and the declared type are not trusted), at most {@link #MAX_BYTES} each and {@link #MAX_FILES} per concern,
 * stored in PostgreSQL.
 */
@Component
public class ConcernThread {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	public static final int MAX_FILES = 5;

	public static final int MAX_BODY = 4000;

	public enum Kind {
		MESSAGE, ANSWER, REQUEST
	}

	public record Message(long id, boolean fromMember, String author, Kind kind, String body, Instant at) {
	}

	public record Attachment(long id, String filename, String contentType, int size, boolean fromMember, Instant at) {
	}

	public record File(String filename, String contentType, byte[] data) {
	}

	/** An uploaded file before checking. */
	public record Upload(String filename, byte[] data) {

		public boolean empty() {
			return data == null || data.length == 0;
		}
	}

	private final JdbcClient jdbc;

	ConcernThread(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void post(long concernId, boolean fromMember, String author, Kind kind, String body, Instant at) {
		String text = body == null ? "" : body.trim();
		if (text.isEmpty()) {
			throw BusinessException.onField("body", "welfare.error.body");
		}
		if (text.length() > MAX_BODY) {
			throw BusinessException.onField("body", "welfare.error.too-long", MAX_BODY);
		}
		jdbc.sql("""
				insert into welfare_message (concern_id, from_member, author, kind, body, at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(concernId, fromMember, author, kind.name(), text, Timestamp.from(at)).update();
	}

	void attach(long concernId, Upload upload, boolean fromMember, Instant at) {
		if (upload == null || upload.empty()) {
			throw BusinessException.onField("file", "welfare.error.file-missing");
		}
		if (upload.data().length > MAX_BYTES) {
			throw BusinessException.onField("file", "welfare.error.file-size", MAX_BYTES / (1024 * 1024));
		}
		String type = sniff(upload.data())
			.orElseThrow(() -> BusinessException.onField("file", "welfare.error.file-type"));
		int count = jdbc.sql("select count(*) from welfare_attachment where concern_id = ?").param(concernId)
			.query(Integer.class).single();
		if (count >= MAX_FILES) {
			throw BusinessException.onField("file", "welfare.error.file-count", MAX_FILES);
		}
		jdbc.sql("""
				insert into welfare_attachment (concern_id, filename, content_type, size_bytes, data, from_member,
				                                uploaded_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(concernId, safeName(upload.filename(), type), type, upload.data().length, upload.data(),
					fromMember, Timestamp.from(at))
			.update();
	}

	/** The type the content declares by its magic bytes: PDF, JPEG or PNG, nothing else. */
	static Optional<String> sniff(byte[] d) {
		if (starts(d, new byte[] { '%', 'P', 'D', 'F', '-' })) {
			return Optional.of("application/pdf");
		}
		if (starts(d, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of("image/jpeg");
		}
		if (starts(d, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] d, byte[] magic) {
		return d.length >= magic.length && Arrays.equals(d, 0, magic.length, magic, 0, magic.length);
	}

	/** The shown name: the uploaded one without path or odd characters, with the extension of the real type. */
	private static String safeName(String name, String type) {
		String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._ -]", "_");
		base = base.replaceAll("\\.[^.]*$", "");
		if (base.isBlank()) {
			base = "document";
		}
		if (base.length() > 150) {
			base = base.substring(0, 150);
		}
		String ext = switch (type) {
			case "application/pdf" -> ".pdf";
			case "image/jpeg" -> ".jpg";
			default -> ".png";
		};
		return base + ext;
	}

	@Transactional(readOnly = true)
	public List<Message> messages(long concernId) {
		return jdbc.sql("""
				select id, from_member, author, kind, body, at from welfare_message where concern_id = ? order by id""")
			.param(concernId)
			.query((rs, n) -> new Message(rs.getLong(1), rs.getBoolean(2), rs.getString(3),
					Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachments(long concernId) {
		return jdbc.sql("""
				select id, filename, content_type, size_bytes, from_member, uploaded_at from welfare_attachment
				where concern_id = ? order by id""").param(concernId)
			.query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBoolean(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	/** A file of this concern (empty when the id belongs to another concern). */
	@Transactional(readOnly = true)
	public Optional<File> file(long concernId, long attachmentId) {
		return jdbc.sql("select filename, content_type, data from welfare_attachment where id = ? and concern_id = ?")
			.params(attachmentId, concernId)
			.query((rs, n) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
	}
}
