package dz.sanad.steering;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The joint follow-up committee: its members from both parties and which of them co-chairs for each party
 * (steering data, not an account role: every member signs in with the COMMITTEE role).
 */
@Service
@Transactional(readOnly = true)
public class Committee {

	public record Member(String username, String party, String roleAr, String roleFr, boolean coChair) {
	}

	private final JdbcClient jdbc;

	Committee(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Member> members() {
		return jdbc.sql("select username, party_code, role_ar, role_fr, co_chair from steering_member order by party_code, co_chair desc, username")
			.query((rs, i) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5)))
			.list();
	}

	public Optional<Member> member(String username) {
		return members().stream().filter(m -> m.username().equals(username)).findFirst();
	}

	/** The member behind the user, or 403: only members draft the committee's work. */
	Member requireMember(SanadUser user) {
		return member(user.getUsername())
			.orElseThrow(() -> new AccessDeniedException("not a member of the follow-up committee"));
	}

	/** The party the user co-chairs for; a member who does not co-chair is refused with a reason. */
	String requireCoChair(SanadUser user) {
		Member m = requireMember(user);
		if (!m.coChair()) {
			throw BusinessException.of("steering.error.coChairOnly");
		}
		return m.party();
	}

	/** SHA-256 of a text, hex: what an approval is recorded against. */
	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
