package dz.sanad.psychology;

import dz.sanad.access.Accounts;
import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Dates;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who is on call, per day: set by the psychology lead; the one psychologist who may break the glass that day. */
@Service("psychologyOnCall")
public class OnCall {

	public record Day(LocalDate day, String username, String setBy) {
	}

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final AuditTrail audit;

	OnCall(JdbcClient jdbc, Accounts accounts, AuditTrail audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
	}

	public Optional<String> on(LocalDate day) {
		return jdbc.sql("select username from psy_on_call where day = ?").param(day).query(String.class).optional();
	}

	public Optional<String> today() {
		return on(Dates.today());
	}

	public boolean isOnCallToday(SanadUser user) {
		return user.role() == Role.PSYCHOLOGIST && today().filter(user.getUsername()::equals).isPresent();
	}

	public List<Day> between(LocalDate from, LocalDate to) {
		return jdbc.sql("select day, username, set_by from psy_on_call where day between ? and ? order by day")
			.params(from, to)
			.query((rs, i) -> new Day(rs.getObject("day", LocalDate.class), rs.getString("username"),
					rs.getString("set_by")))
			.list();
	}

	/** The psychologists who may be put on call (enabled PSYCHOLOGIST accounts). */
	public List<String> psychologists() {
		return usernames(accounts, Role.PSYCHOLOGIST);
	}

	/** Enabled accounts of a role, by a query on the role (member accounts are many). */
	static List<String> usernames(Accounts accounts, Role role) {
		return accounts.findAll((r, q, cb) -> cb.and(cb.equal(r.get("role"), role), cb.isTrue(r.get("enabled"))))
			.stream().map(a -> a.getUsername()).sorted().toList();
	}

	@Transactional
	public void assign(SanadUser lead, LocalDate day, String username) {
		if (lead.role() != Role.PSYCHOLOGY_LEAD) {
			throw new AccessDeniedException("on-call rota");
		}
		if (day == null || day.isBefore(Dates.today())) {
			throw BusinessException.onField("day", "psychology.error.on-call-past");
		}
		if (!psychologists().contains(username)) {
			throw BusinessException.onField("username", "psychology.error.not-psychologist");
		}
		String before = on(day).orElse(null);
		jdbc.sql("""
				insert into psy_on_call (day, username, set_by, set_at) values (?, ?, ?, ?)
				on conflict (day) do update set username = excluded.username, set_by = excluded.set_by,
				set_at = excluded.set_at""")
			.params(day, username, lead.getUsername(), java.sql.Timestamp.from(Instant.now())).update();
		audit.record("UPDATE", "psychology-on-call", day.toString(), "on call " + day,
				before == null ? null : Map.of("username", before), Map.of("username", username));
	}
}
