package dz.sanad.health;

import dz.sanad.audit.AuditTrail;
import dz.sanad.health.HealthAccess.Person;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.calendar.WorkingCalendar;
import dz.sanad.platform.confidential.Subject;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HealthAppointments at a centre's services. A booking must fall on a slot of the service's weekly availability, on a
 * working day; a slot holds at most the service's capacity (the service row is locked while counting, so two
 * bookings cannot both take the last place — the second goes to the waiting list when asked, else is refused);
 * a person never holds two overlapping appointments (double booking, refused; a unique index guards the same
 * start). Walk-ins arrive now, outside the slots. A recurring series books every occurrence or none.
 */
@Service
@Transactional
public class HealthAppointments {

	static final ZoneId ZONE = ZoneId.of("Africa/Algiers");

	public record Appointment(long id, long serviceId, String serviceAr, String serviceFr, long recordId,
			Long memberId, Long familyMemberId, Instant startsAt, AppointmentStatus status, boolean walkIn,
			Long seriesId) {

		public Subject subject() {
			return Subjects.of(memberId, familyMemberId);
		}

		public LocalDateTime localStart() {
			return startsAt == null ? null : LocalDateTime.ofInstant(startsAt, ZONE);
		}
	}

	static final String SELECT = """
			select a.id, a.service_id, s.name_ar, s.name_fr, a.record_id, r.member_id, r.family_member_id, a.starts_at,
			       a.status, a.walk_in, a.series_id
			from health_appointment a join health_service s on s.id = a.service_id join health_record r on r.id = a.record_id
			""";

	private final JdbcClient jdbc;

	private final HealthCare care;

	private final HealthServices services;

	private final WorkingCalendar calendar;

	private final AuditTrail audit;

	HealthAppointments(JdbcClient jdbc, HealthCare care, HealthServices services, WorkingCalendar calendar, AuditTrail audit) {
		this.jdbc = jdbc;
		this.care = care;
		this.services = services;
		this.calendar = calendar;
		this.audit = audit;
	}

	private Person careTeam(SanadUser user, Subject s) {
		Person p = care.person(user, s);
		if (!p.reach().writes()) {
			throw new AccessDeniedException("appointments are booked by the centre");
		}
		return p;
	}

	/** Books one appointment; with {@code waitIfFull} a full slot puts the person on its waiting list. */
	public Appointment book(SanadUser user, Subject s, long serviceId, LocalDateTime start, boolean waitIfFull) {
		careTeam(user, s);
		HealthServices.Service svc = services.atCentre(user, serviceId);
		long id = insertScheduled(user, s, svc, start, waitIfFull, null);
		return get(id);
	}

	/**
	 * A chronic follow-up series: {@code count} appointments every {@code everyWeeks} weeks, all or none (one refused
	 * occurrence refuses the series, naming its date).
	 */
	public List<Appointment> bookSeries(SanadUser user, Subject s, long serviceId, LocalDateTime first, int everyWeeks,
			int count) {
		if (everyWeeks < 1 || everyWeeks > 52) {
			throw BusinessException.onField("everyWeeks", "health.error.every-weeks");
		}
		if (count < 2 || count > 24) {
			throw BusinessException.onField("count", "health.error.series-count");
		}
		careTeam(user, s);
		HealthServices.Service svc = services.atCentre(user, serviceId);
		List<Appointment> out = new ArrayList<>();
		Long series = null;
		for (int i = 0; i < count; i++) {
			// an occurrence on a public holiday moves to the next working day, same time
			LocalDateTime at = first.plusWeeks((long) i * everyWeeks);
			while (i > 0 && !calendar.isWorkingDay(at.toLocalDate())) {
				at = at.plusDays(1);
			}
			long id = insertScheduled(user, s, svc, at, false, series);
			if (series == null) {
				series = id;
				jdbc.sql("update health_appointment set series_id = id where id = ?").param(id).update();
			}
			out.add(get(id));
		}
		return out;
	}

	/** A walk-in: arrived now, no slot, still never two at once for the same person. */
	public Appointment walkIn(SanadUser user, Subject s, long serviceId) {
		careTeam(user, s);
		HealthServices.Service svc = services.atCentre(user, serviceId);
		HealthRecord r = care.ensure(s);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		refuseOverlap(r.getId(), now, svc.slotMinutes(), null);
		long id = insert(user, r.getId(), svc.id(), now, AppointmentStatus.ARRIVED, true, null);
		return get(id);
	}

	/** A member's request for a child or themself: the centre schedules it later. */
	public Appointment request(SanadUser user, Subject s, long serviceId) {
		Person p = care.person(user, s);
		if (p.reach() != HealthAccess.Reach.SELF && p.reach() != HealthAccess.Reach.PARENT) {
			throw new AccessDeniedException("requests are the member's");
		}
		HealthServices.Service svc = services.get(serviceId);
		if (!services.servesWilaya(svc, p.household().getWilayaCode())) {
			throw new NotFoundException("service");
		}
		HealthRecord r = care.ensure(s);
		return get(insert(user, r.getId(), svc.id(), null, AppointmentStatus.REQUESTED, false, null));
	}

	private long insertScheduled(SanadUser user, Subject s, HealthServices.Service svc, LocalDateTime start,
			boolean waitIfFull, Long series) {
		if (start == null) {
			throw BusinessException.onField("start", "health.error.required");
		}
		if (!start.isAfter(LocalDateTime.now(ZONE))) {
			throw BusinessException.onField("start", "health.error.past", start.toLocalDate());
		}
		if (!calendar.isWorkingDay(start.toLocalDate())) {
			throw BusinessException.onField("start", "health.error.not-working-day", start.toLocalDate());
		}
		if (!services.isSlot(svc, start)) {
			throw BusinessException.onField("start", "health.error.no-slot", start.toLocalDate(), start.toLocalTime());
		}
		HealthRecord r = care.ensure(s);
		Instant at = start.atZone(ZONE).toInstant();
		services.lock(svc.id());
		refuseOverlap(r.getId(), at, svc.slotMinutes(), null);
		int taken = jdbc.sql("select count(*) from health_appointment where service_id = ? and starts_at = ? "
				+ "and status in ('SCHEDULED', 'ARRIVED', 'COMPLETED')").params(svc.id(), Timestamp.from(at))
			.query(Integer.class).single();
		AppointmentStatus status = AppointmentStatus.SCHEDULED;
		if (taken >= svc.capacity()) {
			if (!waitIfFull) {
				throw BusinessException.onField("start", "health.error.slot-full", start.toLocalDate(), start.toLocalTime());
			}
			status = AppointmentStatus.WAITING;
		}
		return insert(user, r.getId(), svc.id(), at, status, false, series);
	}

	private void refuseOverlap(long recordId, Instant at, int minutes, Long except) {
		// any live appointment of the person whose slot overlaps [at, at + minutes)
		Integer clash = jdbc.sql("""
				select count(*) from health_appointment a join health_service s on s.id = a.service_id
				where a.record_id = ? and a.status in ('SCHEDULED', 'ARRIVED') and a.id <> ?
				  and a.starts_at < ? and a.starts_at + make_interval(mins => s.slot_minutes) > ?""")
			.params(recordId, except == null ? -1L : except, Timestamp.from(at.plus(minutes, ChronoUnit.MINUTES)), Timestamp.from(at))
			.query(Integer.class).single();
		if (clash > 0) {
			throw BusinessException.onField("start", "health.error.double-booking");
		}
	}

	private long insert(SanadUser user, long recordId, long serviceId, Instant at, AppointmentStatus status,
			boolean walkIn, Long series) {
		Timestamp now = Timestamp.from(Instant.now());
		try {
			long id = jdbc.sql("""
					insert into health_appointment (service_id, record_id, starts_at, status, walk_in, series_id, created_by,
					created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(serviceId, recordId, at == null ? null : Timestamp.from(at), status.name(), walkIn, series,
						user.getUsername(), now, now)
				.query(Long.class).single();
			audit.record("CREATE", "health-appointment", id, status.name(), null,
					Map.of("service", serviceId, "status", status.name(), "walkIn", walkIn));
			return id;
		}
		catch (DuplicateKeyException e) {
			throw BusinessException.onField("start", "health.error.double-booking");
		}
	}

	/** Moves an appointment (arrive, complete, cancel, missed; schedule a requested or waiting one at a slot). */
	public Appointment move(SanadUser user, long id, AppointmentStatus to, LocalDateTime start) {
		Appointment a = get(id);
		careTeam(user, a.subject());
		HealthServices.Service svc = services.atCentre(user, a.serviceId());
		a.status().check(to);
		if (to == AppointmentStatus.SCHEDULED) {
			LocalDateTime when = start != null ? start : a.localStart();
			if (when == null || !services.isSlot(svc, when)) {
				throw BusinessException.onField("start", "health.error.no-slot", when == null ? "" : when.toLocalDate(),
						when == null ? "" : when.toLocalTime());
			}
			Instant at = when.atZone(ZONE).toInstant();
			services.lock(svc.id());
			refuseOverlap(a.recordId(), at, svc.slotMinutes(), a.id());
			int taken = jdbc.sql("select count(*) from health_appointment where service_id = ? and starts_at = ? "
					+ "and status in ('SCHEDULED', 'ARRIVED', 'COMPLETED')").params(svc.id(), Timestamp.from(at))
				.query(Integer.class).single();
			if (taken >= svc.capacity()) {
				throw BusinessException.onField("start", "health.error.slot-full", when.toLocalDate(), when.toLocalTime());
			}
			update(id, to, at, a.status());
		}
		else {
			update(id, to, a.startsAt(), a.status());
		}
		return get(id);
	}

	private void update(long id, AppointmentStatus to, Instant at, AppointmentStatus from) {
		try {
			int n = jdbc.sql("update health_appointment set status = ?, starts_at = ?, updated_at = now() "
					+ "where id = ? and status = ?")
				.params(to.name(), at == null ? null : Timestamp.from(at), id, from.name()).update();
			if (n == 0) {
				throw BusinessException.of("health.error.changed");
			}
		}
		catch (DuplicateKeyException e) {
			throw BusinessException.onField("start", "health.error.double-booking");
		}
		audit.record("UPDATE", "health-appointment", id, to.name(), Map.of("status", from.name()),
				Map.of("status", to.name()));
	}

	/** Scheduled appointments of a day that nobody attended become missed (run after the day, by the job). */
	int markMissed(LocalDate before) {
		return jdbc.sql("update health_appointment set status = 'MISSED', updated_at = now() where status = 'SCHEDULED' "
				+ "and starts_at < ?").param(Timestamp.from(before.atStartOfDay(ZONE).toInstant())).update();
	}

	@Transactional(readOnly = true)
	public Appointment get(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(HealthAppointments::row).optional()
			.orElseThrow(() -> new NotFoundException("appointment"));
	}

	/** A centre's appointments of one day (and the requests and waiting list without a day), for the care team. */
	@Transactional(readOnly = true)
	public List<Appointment> ofDay(SanadUser user, LocalDate day, AppointmentStatus status) {
		if (!HealthAccess.isCareTeam(user)) {
			throw new AccessDeniedException("care team only");
		}
		Instant from = day.atStartOfDay(ZONE).toInstant();
		return jdbc.sql(SELECT + """
				 where s.centre_id = ? and (cast(? as varchar) is null or a.status = ?)
				   and ((a.starts_at >= ? and a.starts_at < ?) or a.starts_at is null)
				 order by a.starts_at nulls first, a.id limit 500""")
			.params(user.scopeUnitId(), status == null ? null : status.name(), status == null ? null : status.name(),
					Timestamp.from(from), Timestamp.from(from.plus(1, ChronoUnit.DAYS)))
			.query(HealthAppointments::row).list();
	}

	/** The person's appointments, newest first (the reader was checked by the caller). */
	@Transactional(readOnly = true)
	public List<Appointment> of(Subject s) {
		return care.find(s).map(r -> jdbc.sql(SELECT + " where a.record_id = ? order by a.starts_at desc nulls first")
			.param(r.getId()).query(HealthAppointments::row).list()).orElse(List.of());
	}

	static Appointment row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp t = rs.getTimestamp(8);
		return new Appointment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				(Long) rs.getObject(6), (Long) rs.getObject(7), t == null ? null : t.toInstant(),
				AppointmentStatus.valueOf(rs.getString(9)), rs.getBoolean(10), (Long) rs.getObject(11));
	}
}
