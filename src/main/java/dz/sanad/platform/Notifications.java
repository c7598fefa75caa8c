package dz.sanad.platform;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The in-app inbox every module writes to: a sentence in the three languages and a link, for an account or for a
 * member (read by the account linked to that member). Written in the caller's transaction, so a notification exists
 * exactly when the decision it reports was committed; mail stays the module's business and may fail on its own.
 */
@Service
public class Notifications {

	private static final int MAX_TEXT = 1000;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	Notifications(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	public record Notification(Long id, String text, String link, Instant createdAt, Instant readAt) {

		public boolean unread() {
			return readAt == null;
		}
	}

	/** Tells a member (through their account): {@code text} gives the sentence in a language. */
	@Transactional
	public void toMember(Long memberId, String link, Function<Locale, String> text) {
		insert(null, memberId, link, text);
	}

	/** Tells the holder of an account. */
	@Transactional
	public void toUser(String username, String link, Function<Locale, String> text) {
		insert(username, null, link, text);
	}

	/** The sentence from a message key whose arguments are the same in every language. */
	public Function<Locale, String> message(String key, Object... args) {
		return locale -> messages.getMessage(key, args, locale);
	}

	private void insert(String username, Long memberId, String link, Function<Locale, String> text) {
		jdbc.sql("insert into platform_notification (username, member_id, text_ar, text_fr, text_en, link) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(username, memberId, cut(text.apply(Languages.ARABIC)), cut(text.apply(Languages.FRENCH)),
					cut(text.apply(Languages.ENGLISH)), link)
			.update();
	}

	private static String cut(String s) {
		return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 1) + "…";
	}

	@Transactional(readOnly = true)
	public long unread(SanadUser user) {
		return jdbc.sql("select (select count(*) from platform_notification where username = ? and read_at is null)"
				+ " + (select count(*) from platform_notification where member_id = ? and read_at is null)")
			.params(user.getUsername(), memberKey(user)).query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public Page<Notification> page(SanadUser user, boolean unreadOnly, Pageable pageable, Locale locale) {
		String where = mine() + (unreadOnly ? " and read_at is null" : "");
		long total = jdbc.sql("select count(*) from platform_notification where " + where)
			.params(user.getUsername(), memberKey(user)).query(Long.class).single();
		List<Notification> rows = jdbc.sql("select id, " + column(locale) + " as text, link, created_at, read_at "
				+ "from platform_notification where " + where + " order by created_at desc, id desc limit ? offset ?")
			.params(user.getUsername(), memberKey(user), pageable.getPageSize(), pageable.getOffset())
			.query((rs, i) -> new Notification(rs.getLong("id"), rs.getString("text"), rs.getString("link"),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** Marks one of the user's notifications read and gives its link; someone else's answers like an unknown one. */
	@Transactional
	public String open(SanadUser user, Long id) {
		List<String> link = jdbc.sql("update platform_notification set read_at = coalesce(read_at, now()) "
				+ "where id = ? and (" + mine() + ") returning coalesce(link, '/notifications')")
			.params(id, user.getUsername(), memberKey(user)).query(String.class).list();
		if (link.isEmpty()) {
			throw new NotFoundException("notification " + id);
		}
		return link.get(0);
	}

	@Transactional
	public int readAll(SanadUser user) {
		return jdbc.sql("update platform_notification set read_at = now() where (" + mine() + ") and read_at is null")
			.params(user.getUsername(), memberKey(user)).update();
	}

	private static String mine() {
		return "(username = ? or member_id = ?)";
	}

	/** A member's id, or an impossible one for staff (so the member half of the filter matches nothing). */
	private static long memberKey(SanadUser user) {
		return user.memberId() == null ? -1L : user.memberId();
	}

	private static String column(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" -> "text_fr";
			case "en" -> "text_en";
			default -> "text_ar";
		};
	}
}
