package dz.sanad.health;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** A centre's services (consultation, chronic follow-up, vaccination…) with their weekly availability. */
@Service
@Transactional
public class HealthServices {

	public record Service(long id, long centreId, String nameAr, String nameFr, int slotMinutes, int capacity) {

		public String name(java.util.Locale l) {
			return "ar".equals(l.getLanguage()) ? nameAr : nameFr;
		}
	}

	public record Availability(long id, DayOfWeek day, LocalTime starts, LocalTime ends) {
	}

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final AuditTrail audit;

	HealthServices(JdbcClient jdbc, Organisation organisation, AuditTrail audit) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.audit = audit;
	}

	private static Service row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Service(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6));
	}

	@Transactional(readOnly = true)
	public Service get(long id) {
		return jdbc.sql("select id, centre_id, name_ar, name_fr, slot_minutes, capacity from health_service "
				+ "where id = ? and active").param(id).query(HealthServices::row).optional()
			.orElseThrow(() -> new NotFoundException("service"));
	}

	/** A service of the user's own centre; another centre's answers like an unknown one. */
	@Transactional(readOnly = true)
	public Service atCentre(SanadUser user, long id) {
		Service s = get(id);
		if (user.scopeUnitId() == null || s.centreId() != user.scopeUnitId()) {
			throw new NotFoundException("service");
		}
		return s;
	}

	@Transactional(readOnly = true)
	public List<Service> ofCentre(long centreId) {
		return jdbc.sql("select id, centre_id, name_ar, name_fr, slot_minutes, capacity from health_service "
				+ "where centre_id = ? and active order by id").param(centreId).query(HealthServices::row).list();
	}

	/** The services a member of this wilaya may ask for (those of the wilaya's centres). */
	@Transactional(readOnly = true)
	public List<Service> forWilaya(String wilayaCode) {
		return jdbc.sql("""
				select s.id, s.centre_id, s.name_ar, s.name_fr, s.slot_minutes, s.capacity from health_service s
				join organisation_unit u on u.id = s.centre_id where s.active and u.wilaya_code = ? order by s.id""")
			.param(wilayaCode).query(HealthServices::row).list();
	}

	boolean servesWilaya(Service s, String wilayaCode) {
		return organisation.find(s.centreId()).map(u -> wilayaCode != null && wilayaCode.equals(u.getWilayaCode()))
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public List<Availability> availability(long serviceId) {
		return jdbc.sql("select id, day_of_week, starts, ends from health_availability where service_id = ? "
				+ "order by day_of_week, starts").param(serviceId)
			.query((rs, n) -> new Availability(rs.getLong(1), DayOfWeek.of(rs.getInt(2)),
					rs.getTime(3).toLocalTime(), rs.getTime(4).toLocalTime()))
			.list();
	}

	/** Whether the start is one of the service's slots: inside a weekly window, on its slot grid. */
	boolean isSlot(Service s, LocalDateTime start) {
		for (Availability a : availability(s.id())) {
			if (a.day() != start.getDayOfWeek()) {
				continue;
			}
			LocalTime t = start.toLocalTime();
			long offset = ChronoUnit.MINUTES.between(a.starts(), t);
			if (offset >= 0 && !t.plusMinutes(s.slotMinutes()).isAfter(a.ends()) && offset % s.slotMinutes() == 0
					&& t.getSecond() == 0) {
				return true;
			}
		}
		return false;
	}

	/** The slots of one day, for the booking form. */
	@Transactional(readOnly = true)
	public List<LocalDateTime> slots(Service s, java.time.LocalDate day) {
		List<LocalDateTime> out = new java.util.ArrayList<>();
		for (Availability a : availability(s.id())) {
			if (a.day() == day.getDayOfWeek()) {
				for (LocalTime t = a.starts(); !t.plusMinutes(s.slotMinutes()).isAfter(a.ends());
						t = t.plusMinutes(s.slotMinutes())) {
					out.add(day.atTime(t));
				}
			}
		}
		return out;
	}

	/** Serialises the bookings of one service while a slot's places are counted. */
	void lock(long serviceId) {
		jdbc.sql("select id from health_service where id = ? for update").param(serviceId).query(Long.class).single();
	}

	public Service create(SanadUser user, String nameAr, String nameFr, int slotMinutes, int capacity) {
		if (user.scopeUnitId() == null) {
			throw new NotFoundException("centre");
		}
		if (nameAr == null || nameAr.isBlank()) {
			throw BusinessException.onField("nameAr", "health.error.required");
		}
		if (slotMinutes < 5 || slotMinutes > 240) {
			throw BusinessException.onField("slotMinutes", "health.error.slot-minutes");
		}
		if (capacity < 1 || capacity > 50) {
			throw BusinessException.onField("capacity", "health.error.capacity");
		}
		long id = jdbc.sql("insert into health_service (centre_id, name_ar, name_fr, slot_minutes, capacity) "
				+ "values (?, ?, ?, ?, ?) returning id")
			.params(user.scopeUnitId(), nameAr.strip(), nameFr == null || nameFr.isBlank() ? nameAr.strip() : nameFr.strip(),
					slotMinutes, capacity)
			.query(Long.class).single();
		audit.record("CREATE", "health-service", id, nameAr, null, Map.of("slotMinutes", slotMinutes, "capacity", capacity));
		return get(id);
	}

	public void addAvailability(SanadUser user, long serviceId, DayOfWeek day, LocalTime starts, LocalTime ends) {
		Service s = atCentre(user, serviceId);
		if (day == null) {
			throw BusinessException.onField("day", "health.error.required");
		}
		if (starts == null || ends == null || !starts.isBefore(ends)) {
			throw BusinessException.onField("ends", "health.error.window");
		}
		jdbc.sql("insert into health_availability (service_id, day_of_week, starts, ends) values (?, ?, ?, ?)")
			.params(s.id(), day.getValue(), java.sql.Time.valueOf(starts), java.sql.Time.valueOf(ends)).update();
		audit.record("UPDATE", "health-service", s.id(), "availability", null,
				Map.of("day", day.name(), "starts", starts.toString(), "ends", ends.toString()));
	}
}
