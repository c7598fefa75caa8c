package dz.sanad.audit;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.SanadUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The audit module's API: appends an entry in the caller's transaction (a rolled-back change leaves no trace).
 * Entries are chained: each hash covers the entry's fields and the previous hash, so editing or removing any
 * line breaks {@link #verify()}. Appends are serialised with a transaction-scoped advisory lock so the chain stays
 * linear across nodes.
 */
@Service
public class AuditTrail {

	private static final long LOCK_KEY = 0x5a4e4144_41554449L; // "SANADAUDI"

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Records a change of business data, with its before and after pictures (null for create / delete). */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String entityType, Object entityId, String summary, Object before,
			Object after) {
		SanadUser user = CurrentUser.find().orElse(null);
		append(user == null ? "system" : user.getUsername(), user == null ? null : user.role().name(), clientIp(),
				action, entityType, entityId == null ? null : entityId.toString(), summary, toJson(before),
				toJson(after));
	}

	/** Records an event outside any business transaction (logins, exports), committed on its own. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordStandalone(String actor, String role, String ip, String action, String entityType,
			String entityId, String summary) {
		append(actor, role, ip, action, entityType, entityId, summary, null, null);
	}

	private void append(String actor, String role, String ip, String action, String entityType, String entityId,
			String summary, String before, String after) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleValue();
		String prev = jdbc.sql("select hash from audit_entry order by id desc limit 1").query(String.class).optional()
			.orElse(null);
		// microseconds: what PostgreSQL stores, so verify() recomputes the same text
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String hash = hash(prev, at, actor, role, ip, action, entityType, entityId, summary, before, after);
		jdbc.sql("""
				insert into audit_entry (at, actor, actor_role, ip, action, entity_type, entity_id, summary,
				                         before_data, after_data, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(at), actor, role, ip, action, entityType, entityId, truncate(summary, 500), before,
					after, prev, hash)
			.update();
	}

	/** Walks the whole chain; returns the first broken entry's id, or empty when intact. */
	@Transactional(readOnly = true)
	public VerificationResult verify() {
		return walk(jdbc, """
				select id, at, actor, actor_role, ip, action, entity_type, entity_id, summary, before_data,
				       after_data, prev_hash, hash from audit_entry order by id""",
				rs -> new String[] { rs.getString("actor"), rs.getString("actor_role"), rs.getString("ip"),
						rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
						rs.getString("summary"), rs.getString("before_data"), rs.getString("after_data") });
	}

	/** The hashed fields of a chained row, in the order they were hashed (after the previous hash and the time). */
	interface ChainedFields {
		String[] of(java.sql.ResultSet rs) throws java.sql.SQLException;
	}

	/**
	 * Walks a hash chain read by {@code sql} in id order (columns id, at, prev_hash, hash and the hashed fields):
	 * the first row whose previous hash or own hash does not follow, or intact.
	 */
	static VerificationResult walk(JdbcClient jdbc, String sql, ChainedFields fields) {
		String[] prev = { null };
		long[] checked = { 0 };
		Long[] broken = { null };
		jdbc.sql(sql).query(rs -> {
			if (broken[0] != null) {
				return;
			}
			String expected = hash(prev[0], rs.getTimestamp("at").toInstant(), fields.of(rs));
			if (!Objects.equals(prev[0], rs.getString("prev_hash")) || !expected.equals(rs.getString("hash"))) {
				broken[0] = rs.getLong("id");
			}
			prev[0] = rs.getString("hash");
			checked[0]++;
		});
		return new VerificationResult(broken[0] == null, checked[0], broken[0]);
	}

	public record VerificationResult(boolean intact, long checked, Long firstBrokenId) implements java.io.Serializable {
	}

	static String hash(String prev, Instant at, String... fields) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(String.valueOf(prev).getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0x1f);
			sha.update(at.toString().getBytes(StandardCharsets.UTF_8));
			for (String f : fields) {
				sha.update((byte) 0x1f);
				sha.update(String.valueOf(f).getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private String toJson(Object o) {
		if (o == null) {
			return null;
		}
		return o instanceof String s ? s : json.writeValueAsString(o);
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	static String clientIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
			HttpServletRequest request = attrs.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
