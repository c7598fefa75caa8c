package dz.sanad.welfare;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.cases.EscalationLadder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * The routing administration: who handles concerns in a wilaya (officers and the head of its social service), which
 * category goes to whom, and the escalation ladder above them. The central directorate administers every wilaya,
 * the head of a wilaya's social service their own (officers and rules, not heads); every change is audited.
 */
@Service
@Transactional
public class Routing {

	public record Handler(String username, Handlers.Level level, long open) {
	}

	public record Rule(String categoryCode, String username) {
	}

	/** A wilaya's routing as the page shows it. */
	public record View(String wilaya, List<Handler> handlers, List<Rule> rules, List<EscalationLadder.Step> ladder,
			List<String> heads, List<String> central, boolean mayAppointHeads) {
	}

	private final JdbcClient jdbc;

	private final Handlers handlers;

	private final Categories categories;

	private final Organisation organisation;

	private final UserDetailsService users;

	private final AuditTrail audit;

	Routing(JdbcClient jdbc, Handlers handlers, Categories categories, Organisation organisation,
			UserDetailsService users, AuditTrail audit) {
		this.jdbc = jdbc;
		this.handlers = handlers;
		this.categories = categories;
		this.organisation = organisation;
		this.users = users;
		this.audit = audit;
	}

	/** The wilaya the user administers: any of their scope for the directorate, their own for a head. */
	public String wilaya(SanadUser user, String asked) {
		if (user.role() == Role.DGSN_SOCIAL) {
			var all = organisation.wilayasOf(user);
			if (asked != null && all.stream().anyMatch(w -> w.getCode().equals(asked))) {
				return asked;
			}
			return all.stream().filter(w -> w.getCode().equals("16")).findFirst().orElse(all.get(0)).getCode();
		}
		Handlers.Reader r = handlers.reader(user);
		if (!r.head()) {
			throw new AccessDeniedException("routing is administered by the directorate and the wilaya heads");
		}
		return r.wilaya();
	}

	@Transactional(readOnly = true)
	public View view(SanadUser user, String asked) {
		String w = wilaya(user, asked);
		List<Handler> list = jdbc.sql("""
				select h.username, h.level, (select count(*) from welfare_concern c where c.assigned_to = h.username
				  and c.state not in ('DECIDED', 'CLOSED')) from welfare_handler h where h.wilaya_code = ?
				order by case h.level when 'HEAD' then 0 else 1 end, h.username""").param(w)
			.query((rs, n) -> new Handler(rs.getString(1), Handlers.Level.valueOf(rs.getString(2)), rs.getLong(3)))
			.list();
		List<Rule> rules = jdbc.sql("""
				select category_code, username from welfare_route where wilaya_code = ? order by category_code""")
			.param(w).query((rs, n) -> new Rule(rs.getString(1), rs.getString(2))).list();
		return new View(w, list, rules, WelfareCases.LADDER.steps(), handlers.heads(w), handlers.central(),
				user.role() == Role.DGSN_SOCIAL);
	}

	/** Adds a wilaya officer's account to the wilaya's handlers (a head only by the directorate). */
	public void addHandler(SanadUser user, String asked, String username, Handlers.Level level) {
		String w = wilaya(user, asked);
		if (level == null || level == Handlers.Level.CENTRAL) {
			throw BusinessException.onField("level", "welfare.error.routing-level");
		}
		if (level == Handlers.Level.HEAD && user.role() != Role.DGSN_SOCIAL) {
			throw BusinessException.onField("level", "welfare.error.routing-head");
		}
		String name = username == null ? "" : username.trim();
		SanadUser account = account(name);
		if (account == null || account.role() != Role.WILAYA_OFFICER
				|| !w.equals(organisation.scopeOf(account).wilayaCode())) {
			throw BusinessException.onField("username", "welfare.error.routing-account", w);
		}
		var before = handlers.level(name);
		if (before.isPresent() && !w.equals(wilayaOf(name))) {
			throw BusinessException.onField("username", "welfare.error.routing-account", w);
		}
		jdbc.sql("""
				insert into welfare_handler (username, wilaya_code, level) values (?, ?, ?)
				on conflict (username) do update set level = excluded.level""").params(name, w, level.name()).update();
		audit.record(before.isPresent() ? "UPDATE" : "CREATE", "welfare-handler", name, w + " " + level,
				before.map(l -> Map.<String, Object>of("level", l.name())).orElse(null),
				Map.of("wilaya", w, "level", level.name()));
	}

	/** Removes a handler who has no open concern in hand and no rule naming them. */
	public void removeHandler(SanadUser user, String asked, String username) {
		String w = wilaya(user, asked);
		var level = handlers.level(username);
		if (level.isEmpty() || !w.equals(wilayaOf(username))) {
			throw BusinessException.onField("username", "welfare.error.routing-unknown");
		}
		if (level.get() == Handlers.Level.HEAD && user.role() != Role.DGSN_SOCIAL) {
			throw BusinessException.onField("username", "welfare.error.routing-head");
		}
		long open = jdbc.sql("""
				select count(*) from welfare_concern where assigned_to = ? and state not in ('DECIDED', 'CLOSED')""")
			.param(username).query(Long.class).single();
		if (open > 0) {
			throw BusinessException.onField("username", "welfare.error.routing-busy", open);
		}
		long rules = jdbc.sql("select count(*) from welfare_route where username = ?").param(username)
			.query(Long.class).single();
		if (rules > 0) {
			throw BusinessException.onField("username", "welfare.error.routing-ruled");
		}
		jdbc.sql("delete from welfare_handler where username = ?").param(username).update();
		audit.record("DELETE", "welfare-handler", username, w, Map.of("level", level.get().name()), null);
	}

	/** Sends a category (and its sub-categories without a rule of their own) of the wilaya to a named handler. */
	public void setRule(SanadUser user, String asked, String category, String username) {
		String w = wilaya(user, asked);
		if (categories.any(category).isEmpty()) {
			throw BusinessException.onField("categoryCode", "welfare.error.category");
		}
		if (username == null || !handlers.handles(username, w)) {
			throw BusinessException.onField("username", "welfare.error.assignee");
		}
		String before = ruleOf(w, category);
		jdbc.sql("""
				insert into welfare_route (category_code, wilaya_code, username) values (?, ?, ?)
				on conflict (category_code, wilaya_code) do update set username = excluded.username""")
			.params(category, w, username).update();
		audit.record(before == null ? "CREATE" : "UPDATE", "welfare-route", w + "/" + category, username,
				before == null ? null : Map.of("username", before), Map.of("username", username));
	}

	public void removeRule(SanadUser user, String asked, String category) {
		String w = wilaya(user, asked);
		String before = ruleOf(w, category);
		if (before == null) {
			throw BusinessException.onField("categoryCode", "welfare.error.routing-no-rule");
		}
		jdbc.sql("delete from welfare_route where wilaya_code = ? and category_code = ?").params(w, category).update();
		audit.record("DELETE", "welfare-route", w + "/" + category, before, Map.of("username", before), null);
	}

	private String ruleOf(String wilaya, String category) {
		return jdbc.sql("select username from welfare_route where wilaya_code = ? and category_code = ?")
			.params(wilaya, category).query(String.class).optional().orElse(null);
	}

	private String wilayaOf(String username) {
		return jdbc.sql("select wilaya_code from welfare_handler where username = ?").param(username)
			.query(String.class).optional().orElse(null);
	}

	private SanadUser account(String username) {
		try {
			return username.isEmpty() ? null : (SanadUser) users.loadUserByUsername(username);
		}
		catch (UsernameNotFoundException e) {
			return null;
		}
	}
}
