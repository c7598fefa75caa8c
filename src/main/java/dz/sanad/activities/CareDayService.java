package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Dates;
import dz.sanad.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dz.sanad.activities.ActivityService.blankToNull;

/** A child-care group's day: the attendance of its enrolled children, who may pick a child up, and incidents. */
@Service
@Transactional(readOnly = true)
public class CareDayService {

	public record AttendanceLine(CareApplication child, boolean present) {
	}

	public record Pickup(Long id, Long applicationId, String fullName, String relation, String phone, String idDocument) {
	}

	public record Incident(Long id, Long applicationId, Instant occurredAt, String kind, String description,
			String actionTaken, boolean guardianInformed, String recordedBy) {
	}

	public static final List<String> INCIDENT_KINDS = List.of("INJURY", "ILLNESS", "BEHAVIOUR", "LATE_PICKUP", "OTHER");

	private final CareApplications applications;

	private final ChildCareService care;

	private final CareApplicationService applicationService;

	private final ScopeGuard guard;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	CareDayService(CareApplications applications, ChildCareService care, CareApplicationService applicationService,
			ScopeGuard guard, AuditTrail audit, JdbcClient jdbc) {
		this.applications = applications;
		this.care = care;
		this.applicationService = applicationService;
		this.guard = guard;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	public List<AttendanceLine> attendance(Long groupId, LocalDate day) {
		CareGroup g = care.group(groupId);
		guard.manage(g.getUnitId());
		Set<Long> present = new HashSet<>(jdbc.sql("""
				select a.application_id from activities_care_attendance a join activities_care_application c
				on c.id = a.application_id where c.group_id = ? and a.day = ? and a.present""")
			.params(groupId, day).query(Long.class).list());
		return applications.findByGroupIdAndStatusOrderByChildNameAr(groupId, CareApplication.Status.ENROLLED).stream()
			.map(c -> new AttendanceLine(c, present.contains(c.getId()))).toList();
	}

	@Transactional
	public int recordAttendance(Long groupId, LocalDate day, Collection<Long> presentIds) {
		CareGroup g = care.group(groupId);
		guard.manage(g.getUnitId());
		Dates.requireAttendanceDay(day, Dates.today());
		List<CareApplication> enrolled = applications.findByGroupIdAndStatusOrderByChildNameAr(groupId,
				CareApplication.Status.ENROLLED);
		Set<Long> ids = enrolled.stream().map(CareApplication::getId).collect(Collectors.toSet());
		Set<Long> present = new HashSet<>(presentIds == null ? List.of() : presentIds);
		for (Long id : present) {
			if (!ids.contains(id)) {
				throw BusinessException.onField("present", "act.error.attendance-unknown", id);
			}
		}
		for (CareApplication c : enrolled) {
			jdbc.sql("""
					insert into activities_care_attendance (application_id, day, present) values (?, ?, ?)
					on conflict (application_id, day) do update set present = excluded.present""")
				.params(c.getId(), day, present.contains(c.getId())).update();
		}
		audit.record("ATTENDANCE", "care-group", groupId, day.toString(), null,
				Map.of("present", present.size(), "enrolled", enrolled.size()));
		return present.size();
	}

	// ---- pick-up persons and incidents

	public List<Pickup> pickups(Long applicationId) {
		applicationService.application(applicationId);
		return jdbc.sql("select id, application_id, full_name, relation, phone, id_document from activities_care_pickup where application_id = ? order by id")
			.param(applicationId)
			.query((rs, i) -> new Pickup(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
	}

	/** The guardian (member) or the institution names who may collect the child; an ID document is required. */
	@Transactional
	public void addPickup(Long applicationId, String fullName, String relation, String phone, String idDocument) {
		CareApplication a = applicationService.application(applicationId);
		if (CurrentUser.get().role() != Role.MEMBER) {
			guard.manage(a.getUnitId());
		}
		if (fullName == null || fullName.isBlank()) {
			throw BusinessException.onField("fullName", "act.error.required");
		}
		if (relation == null || relation.isBlank()) {
			throw BusinessException.onField("relation", "act.error.required");
		}
		if (idDocument == null || idDocument.isBlank()) {
			throw BusinessException.onField("idDocument", "act.error.required");
		}
		if (phone != null && !phone.isBlank() && !phone.trim().matches("^\\+?[0-9 ]{8,16}$")) {
			throw BusinessException.onField("phone", "act.error.phone");
		}
		Long id = jdbc.sql("insert into activities_care_pickup (application_id, full_name, relation, phone, id_document) values (?, ?, ?, ?, ?) returning id")
			.params(applicationId, fullName.trim(), relation.trim(), blankToNull(phone), idDocument.trim())
			.query(Long.class).single();
		audit.record("CREATE", "care-pickup", id, fullName.trim(), null,
				Map.of("applicationId", applicationId, "fullName", fullName.trim(), "relation", relation.trim()));
	}

	public List<Incident> incidents(Long applicationId) {
		applicationService.application(applicationId);
		return jdbc.sql("""
				select id, application_id, occurred_at, kind, description, action_taken, guardian_informed, recorded_by
				from activities_care_incident where application_id = ? order by occurred_at desc""")
			.param(applicationId)
			.query((rs, i) -> new Incident(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8)))
			.list();
	}

	@Transactional
	public void addIncident(Long applicationId, Instant occurredAt, String kind, String description, String actionTaken,
			boolean guardianInformed) {
		CareApplication a = applicationService.application(applicationId);
		guard.manage(a.getUnitId());
		if (!INCIDENT_KINDS.contains(kind)) {
			throw BusinessException.onField("kind", "act.error.required");
		}
		if (description == null || description.isBlank()) {
			throw BusinessException.onField("description", "act.error.required");
		}
		if (occurredAt == null || occurredAt.isAfter(Instant.now())) {
			throw BusinessException.onField("occurredAt", "act.error.date-future");
		}
		Long id = jdbc.sql("""
				insert into activities_care_incident (application_id, occurred_at, kind, description, action_taken,
				guardian_informed, recorded_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(applicationId, Timestamp.from(occurredAt), kind, description.trim(),
					blankToNull(actionTaken), guardianInformed, CurrentUser.name())
			.query(Long.class).single();
		audit.record("CREATE", "care-incident", id, kind, null,
				Map.of("applicationId", applicationId, "kind", kind, "guardianInformed", guardianInformed));
	}
}
