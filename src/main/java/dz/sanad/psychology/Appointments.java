package dz.sanad.psychology;

import dz.sanad.audit.AuditTrail;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Formats;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Notifications;
import dz.sanad.platform.SanadUser;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Appointments per psychologist at the social-medical centres. Two appointments of one psychologist never overlap
 * (checked under a per-psychologist lock, so two bookings at once cannot both pass). Reminders say "appointment at
 * the centre", never "psychologist": a phone or a shared screen must not tell who the member sees.
 */
@Service
public class Appointments {

	public record Appointment(long id, long caseId, String psychologist, long centreUnitId, Instant startsAt,
			Instant endsAt, Session.Kind kind, Session.Mode mode, Session.Status status) {
	}

	static final RowMapper<Appointment> ROW = (rs, i) -> new Appointment(rs.getLong("id"), rs.getLong("case_id"),
			rs.getString("psychologist"), rs.getLong("centre_unit_id"), rs.getTimestamp("starts_at").toInstant(),
			rs.getTimestamp("ends_at").toInstant(), Session.Kind.valueOf(rs.getString("kind")),
			Session.Mode.valueOf(rs.getString("mode")), Session.Status.valueOf(rs.getString("status")));

	private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm");

	static final String COLUMNS = "id, case_id, psychologist, centre_unit_id, starts_at, ends_at, kind, mode, status";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Notifications notifications;

	private final People people;

	Appointments(JdbcClient jdbc, AuditTrail audit, Notifications notifications, People people) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.notifications = notifications;
		this.people = people;
	}

	/** Books the psychologist (the caller, on the care team) for the record; refused when it overlaps another. */
	@Transactional
	public long book(SanadUser psychologist, PsyCase c, LocalDateTime start, Integer minutes, Session.Kind kind,
			Session.Mode mode) {
		if (start == null) {
			throw BusinessException.onField("start", "psychology.error.start");
		}
		if (minutes == null || minutes < 15 || minutes > 240) {
			throw BusinessException.onField("minutes", "psychology.error.minutes");
		}
		if (kind == null || mode == null) {
			throw BusinessException.onField("kind", "psychology.error.kind");
		}
		c.requireOpen();
		Instant from = start.atZone(Formats.ZONE).toInstant();
		if (from.isBefore(Instant.now())) {
			throw BusinessException.onField("start", "psychology.error.past");
		}
		Instant to = from.plus(Duration.ofMinutes(minutes));
		Long centre = c.centreUnitId() != null ? c.centreUnitId() : psychologist.scopeUnitId();
		if (centre == null) {
			throw BusinessException.onField("start", "psychology.error.centre");
		}
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("psy-agenda:" + psychologist.getUsername())
			.query(Object.class).list();
		boolean busy = jdbc.sql("""
				select exists (select 1 from psy_appointment where psychologist = ? and status in ('BOOKED', 'HELD')
				and starts_at < ? and ends_at > ?)""")
			.params(psychologist.getUsername(), Timestamp.from(to), Timestamp.from(from)).query(Boolean.class).single();
		if (busy) {
			throw BusinessException.onField("start", "psychology.error.conflict");
		}
		long id = jdbc.sql("""
				insert into psy_appointment (case_id, psychologist, centre_unit_id, starts_at, ends_at, kind, mode, status)
				values (?, ?, ?, ?, ?, ?, ?, 'BOOKED') returning id""")
			.params(c.id(), psychologist.getUsername(), centre, Timestamp.from(from), Timestamp.from(to), kind.name(),
					mode.name())
			.query(Long.class).single();
		audit.record("CREATE", "psychology-appointment", id, "appointment booked", null,
				Map.of("case", c.reference(), "kind", kind.name(), "mode", mode.name()));
		return id;
	}

	/** Held, missed or cancelled: only a booked appointment changes, and only to one of those. */
	@Transactional
	public void mark(PsyCase c, long id, Session.Status status) {
		if (status == null || status == Session.Status.BOOKED) {
			throw BusinessException.onField("status", "psychology.error.status");
		}
		int changed = jdbc.sql("update psy_appointment set status = ? where id = ? and case_id = ? and status = 'BOOKED'")
			.params(status.name(), id, c.id()).update();
		if (changed == 0) {
			throw new NotFoundException("appointment " + id);
		}
		audit.record("UPDATE", "psychology-appointment", id, "appointment " + status, Map.of("status", "BOOKED"),
				Map.of("status", status.name()));
	}

	public List<Appointment> ofCase(long caseId) {
		return jdbc.sql("select " + COLUMNS + " from psy_appointment where case_id = ? order by starts_at desc")
			.param(caseId).query(ROW).list();
	}

	/** The psychologist's own agenda over a period. */
	public List<Appointment> agenda(SanadUser psychologist, LocalDate from, LocalDate to) {
		return jdbc.sql("select " + COLUMNS + " " + """
				 from psy_appointment where psychologist = ? and starts_at >= ? and starts_at < ? order by starts_at""")
			.params(psychologist.getUsername(), Timestamp.from(from.atStartOfDay(Formats.ZONE).toInstant()),
					Timestamp.from(to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant()))
			.query(ROW).list();
	}

	/** The next booked appointment, for the member's page (time and centre only). */
	public java.util.Optional<Appointment> next(long caseId) {
		return jdbc.sql("select " + COLUMNS + " " + """
				 from psy_appointment where case_id = ? and status = 'BOOKED' and starts_at > now()
				 order by starts_at limit 1""").param(caseId).query(ROW).optional();
	}

	public long todayCount(SanadUser psychologist) {
		LocalDate today = dz.sanad.platform.Dates.today();
		return jdbc.sql("""
				select count(*) from psy_appointment where psychologist = ? and status = 'BOOKED'
				and starts_at >= ? and starts_at < ?""")
			.params(psychologist.getUsername(), Timestamp.from(today.atStartOfDay(Formats.ZONE).toInstant()),
					Timestamp.from(today.plusDays(1).atStartOfDay(Formats.ZONE).toInstant()))
			.query(Long.class).single();
	}

	/**
	 * The day-before reminders, each claimed by a conditional update before it is sent (once across nodes), worded
	 * "appointment at the centre".
	 */
	@Scheduled(fixedDelayString = "${sanad.psychology.reminder-every:PT15M}")
	@SchedulerLock(name = "psychology.reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	public void remind() {
		sendReminders();
	}

	/** One pass of the reminders, outside the node lock (each is claimed in the database, so a pass is safe). */
	@Transactional
	public int sendReminders() {
		record Due(long caseId, Instant at) {
		}
		List<Due> due = jdbc.sql("""
				update psy_appointment set reminded_at = now() where id in (select id from psy_appointment
				where status = 'BOOKED' and reminded_at is null and starts_at > now()
				and starts_at < now() + interval '1 day' limit 500) returning case_id, starts_at""")
			.query((rs, i) -> new Due(rs.getLong("case_id"), rs.getTimestamp("starts_at").toInstant())).list();
		for (Due d : due) {
			PsyCase c = jdbc.sql("select " + Records.COLUMNS + " from psy_case c where c.id = ?").param(d.caseId())
				.query(Records.ROW).single();
			Long member = c.memberId() != null ? c.memberId()
					: people.findFamilyMember(c.familyMemberId()).map(f -> f.getMemberId()).orElse(null);
			if (member != null) {
				notifications.toMember(member, "/psychology/my",
						notifications.message("psychology.reminder", WHEN.format(d.at().atZone(Formats.ZONE))));
			}
		}
		return due.size();
	}
}
