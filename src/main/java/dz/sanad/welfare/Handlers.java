package dz.sanad.welfare;

import dz.sanad.organisation.Organisation;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The wilaya social services' handlers (welfare_handler) and the routing rules (welfare_route). A wilaya officer
 * handles the concerns of their scope's wilaya, at the level the table gives (OFFICER unless listed as HEAD); the
 * DGSN social directorate is the central level.
 */
@Component
@Transactional(readOnly = true)
public class Handlers {

	public enum Level {
		OFFICER, HEAD, CENTRAL
	}

	/** Who reads or acts: null wilaya for the central level; memberId for a member. */
	public record Reader(String username, Role role, String wilaya, Level level, Long memberId) {

		public boolean handler() {
			return role == Role.WILAYA_OFFICER && wilaya != null;
		}

		public boolean head() {
			return handler() && level == Level.HEAD;
		}

		public boolean central() {
			return role == Role.DGSN_SOCIAL;
		}
	}

	private final JdbcClient jdbc;

	private final Organisation organisation;

	Handlers(JdbcClient jdbc, Organisation organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	public Reader reader(SanadUser user) {
		return switch (user.role()) {
			case WILAYA_OFFICER -> new Reader(user.getUsername(), user.role(), organisation.scopeOf(user).wilayaCode(),
					level(user.getUsername()).orElse(Level.OFFICER), null);
			case DGSN_SOCIAL -> new Reader(user.getUsername(), user.role(), null, Level.CENTRAL, null);
			default -> new Reader(user.getUsername(), user.role(), null, null, user.memberId());
		};
	}

	Optional<Level> level(String username) {
		return jdbc.sql("select level from welfare_handler where username = ?").param(username)
			.query(String.class).optional().map(Level::valueOf);
	}

	/** The wilaya's handlers, heads first, then by name. */
	public List<String> ofWilaya(String wilaya) {
		return jdbc.sql("""
				select username from welfare_handler where wilaya_code = ?
				order by case level when 'HEAD' then 0 else 1 end, username""").param(wilaya)
			.query(String.class).list();
	}

	List<String> heads(String wilaya) {
		return jdbc.sql("select username from welfare_handler where wilaya_code = ? and level = 'HEAD' order by 1")
			.param(wilaya).query(String.class).list();
	}

	List<String> central() {
		return jdbc.sql("select username from welfare_handler where level = 'CENTRAL' order by 1")
			.query(String.class).list();
	}

	boolean handles(String username, String wilaya) {
		return jdbc.sql("select count(*) from welfare_handler where username = ? and wilaya_code = ?")
			.params(username, wilaya).query(Integer.class).single() > 0;
	}

	/**
	 * The handler a new concern goes to: the rule for its category (or the category's parent) in the wilaya, else
	 * the wilaya's officer with the fewest concerns in hand; empty when the wilaya has no handler (the concern waits
	 * in the wilaya's queue).
	 */
	Optional<String> route(String category, String parentCategory, String wilaya) {
		Optional<String> rule = jdbc.sql("""
				select username from welfare_route where wilaya_code = ? and category_code in (?, ?)
				order by case when category_code = ? then 0 else 1 end limit 1""")
			.params(wilaya, category, parentCategory == null ? category : parentCategory, category)
			.query(String.class).optional();
		if (rule.isPresent()) {
			return rule;
		}
		return jdbc.sql("""
				select h.username from welfare_handler h
				where h.wilaya_code = ? and h.level = 'OFFICER'
				order by (select count(*) from welfare_concern c where c.assigned_to = h.username
				          and c.state not in ('DECIDED', 'CLOSED')), h.username limit 1""")
			.param(wilaya).query(String.class).optional();
	}

	@Transactional
	public void ensure(String username, String wilaya, Level level) {
		jdbc.sql("insert into welfare_handler (username, wilaya_code, level) values (?, ?, ?) on conflict do nothing")
			.params(username, wilaya, level.name()).update();
	}
}
