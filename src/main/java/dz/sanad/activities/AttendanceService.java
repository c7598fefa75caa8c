package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Dates;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Attendance sheets of the occurrences of an activity, and the satisfaction survey the families answer. */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

	/** One line of an attendance sheet. */
	public record AttendanceLine(Registration registration, boolean present) {
	}

	private final Occurrences occurrences;

	private final Registrations registrations;

	private final ActivityService activityService;

	private final RegistrationService registrationService;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	AttendanceService(Occurrences occurrences, Registrations registrations, ActivityService activityService,
			RegistrationService registrationService, AuditTrail audit, JdbcClient jdbc) {
		this.occurrences = occurrences;
		this.registrations = registrations;
		this.activityService = activityService;
		this.registrationService = registrationService;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	public Occurrence occurrence(Long id) {
		Occurrence o = occurrences.findById(id).orElseThrow(() -> new NotFoundException("occurrence " + id));
		activityService.manageActivity(o.getActivityId());
		return o;
	}

	/** The sheet of an occurrence: every confirmed participant, ticked when recorded present. */
	public List<AttendanceLine> attendance(Long occurrenceId) {
		Occurrence o = occurrence(occurrenceId);
		Set<Long> present = new HashSet<>(jdbc.sql(
				"select registration_id from activities_attendance where occurrence_id = ? and present")
			.param(o.getId()).query(Long.class).list());
		return registrations.findByActivityIdAndStatusOrderByIdAsc(o.getActivityId(), RegistrationStatus.CONFIRMED)
			.stream().map(r -> new AttendanceLine(r, present.contains(r.getId()))).toList();
	}

	/** Records who was present (everyone else confirmed is absent); may be corrected by recording again. */
	@Transactional
	public Occurrence recordAttendance(Long occurrenceId, Collection<Long> presentIds) {
		Occurrence o = occurrence(occurrenceId);
		List<Registration> confirmed = registrations.findByActivityIdAndStatusOrderByIdAsc(o.getActivityId(),
				RegistrationStatus.CONFIRMED);
		Set<Long> ids = confirmed.stream().map(Registration::getId).collect(Collectors.toSet());
		Set<Long> present = new HashSet<>(presentIds == null ? List.of() : presentIds);
		for (Long id : present) {
			if (!ids.contains(id)) {
				throw BusinessException.onField("present", "act.error.attendance-unknown", id);
			}
		}
		o.attendanceTaken(present.size(), Dates.today());
		for (Registration r : confirmed) {
			jdbc.sql("""
					insert into activities_attendance (occurrence_id, registration_id, present) values (?, ?, ?)
					on conflict (occurrence_id, registration_id) do update set present = excluded.present""")
				.params(o.getId(), r.getId(), present.contains(r.getId())).update();
		}
		audit.record("ATTENDANCE", "occurrence", o.getId(), o.getDay().toString(), null,
				Map.of("present", present.size(), "confirmed", confirmed.size()));
		return o;
	}

	// ---- satisfaction survey

	@Transactional
	public Registration rate(Long registrationId, int rating, boolean recommend, String comment) {
		Registration r = registrationService.registrationFor(registrationId, false);
		if (CurrentUser.get().role() != Role.MEMBER) {
			throw new AccessDeniedException("the participant's family answers");
		}
		boolean attended = jdbc.sql("select count(*) from activities_attendance where registration_id = ? and present")
			.param(r.getId()).query(Integer.class).single() > 0;
		Map<String, Object> before = r.snapshot();
		r.rate(rating, recommend, comment, attended);
		audit.record("SURVEY", "registration", r.getId(), null, before, r.snapshot());
		return r;
	}

	public boolean attended(Long registrationId) {
		return jdbc.sql("select count(*) from activities_attendance where registration_id = ? and present")
			.param(registrationId).query(Integer.class).single() > 0;
	}
}
