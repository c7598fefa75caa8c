package dz.sanad.welfare;

import dz.sanad.audit.AuditTrail;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import dz.sanad.welfare.Handlers.Reader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Listening days: a wilaya's social service meets members on a day and a place and captures their petitions on the
 * spot; each becomes a concern (channel LISTENING_DAY) routed as any other. The report lists what was captured,
 * confidential petitions as a count only.
 */
@Service
@Transactional
public class ListeningDays {

	public record Day(long id, String wilayaCode, LocalDate heldOn, String place, String createdBy) {
	}

	/** A captured petition as the report shows it: null subject for a confidential one. */
	public record Petition(String reference, String categoryCode, String subject, ConcernState state) {
	}

	private final JdbcClient jdbc;

	private final Handlers handlers;

	private final People people;

	private final MemberConcerns members;

	private final AuditTrail audit;

	ListeningDays(JdbcClient jdbc, Handlers handlers, People people, MemberConcerns members, AuditTrail audit) {
		this.jdbc = jdbc;
		this.handlers = handlers;
		this.people = people;
		this.members = members;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Day> list(SanadUser user) {
		Reader r = handlers.reader(user);
		if (!r.handler() && !r.central()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, wilaya_code, held_on, place, created_by from welfare_listening_day
				where cast(? as varchar) is null or wilaya_code = ? order by held_on desc, id desc limit 200""")
			.params(r.wilaya(), r.wilaya()).query(this::day).list();
	}

	/** The day, if in the user's reach (their wilaya, or national): 404 otherwise. */
	@Transactional(readOnly = true)
	public Day get(SanadUser user, long id) {
		Reader r = handlers.reader(user);
		return jdbc.sql("select id, wilaya_code, held_on, place, created_by from welfare_listening_day where id = ?")
			.param(id).query(this::day).optional()
			.filter(d -> r.central() || (r.handler() && r.wilaya().equals(d.wilayaCode())))
			.orElseThrow(() -> new NotFoundException("listening day " + id));
	}

	public long create(SanadUser user, LocalDate heldOn, String place) {
		Reader r = handlers.reader(user);
		if (!r.handler()) {
			throw new AccessDeniedException("a wilaya's social service holds its listening days");
		}
		if (heldOn == null) {
			throw BusinessException.onField("heldOn", "welfare.error.required");
		}
		String where = MemberConcerns.text(place, "place", 200);
		long id = jdbc.sql("""
				insert into welfare_listening_day (wilaya_code, held_on, place, created_by, created_at)
				values (?, ?, ?, ?, ?) returning id""")
			.params(r.wilaya(), heldOn, where, r.username(), Timestamp.from(Instant.now())).query(Long.class).single();
		audit.record("CREATE", "welfare-listening-day", id, heldOn + " " + where, null,
				Map.of("wilaya", r.wilaya(), "heldOn", heldOn.toString(), "place", where));
		return id;
	}

	/** Captures a petition of a member of the day's wilaya, named by matricule. */
	public Concern capture(SanadUser user, long dayId, String matricule, ConcernForm form) {
		Day day = get(user, dayId);
		if (!handlers.reader(user).handler()) {
			throw new AccessDeniedException("captured by the wilaya's social service");
		}
		Member m = people.memberInScope(user, matricule).filter(x -> day.wilayaCode().equals(x.getWilayaCode()))
			.orElseThrow(() -> BusinessException.onField("matricule", "welfare.error.matricule"));
		form.setPseudonymous(false);
		Concern c = members.create(form, Channel.LISTENING_DAY, m.getId(), null, day.wilayaCode(), null);
		c.capturedAt(day.id());
		return c;
	}

	@Transactional(readOnly = true)
	public List<Petition> petitions(long dayId) {
		return new ArrayList<>(jdbc.sql("""
				select reference, category_code, case when confidentiality = 'NORMAL' then subject end, state
				from welfare_concern where listening_day_id = ? order by id""").param(dayId)
			.query((rs, n) -> new Petition(rs.getString(1), rs.getString(2), rs.getString(3),
					ConcernState.valueOf(rs.getString(4))))
			.list());
	}

	private Day day(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Day(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5));
	}
}
