package dz.sanad.health;

import dz.sanad.audit.ReadLog;
import dz.sanad.people.PersonalDataSource;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The health record in the right-of-access export. The DPO gets all of it; a member gets their own, and a minor
 * child's without the consultations marked confidential from the parent; a spouse's or an adult child's record is
 * theirs to ask for, so it is left out of the member's export. Every export of a record is in the read log.
 */
@Component
class HealthPersonalData implements PersonalDataSource {

	private final HealthCare care;

	private final HealthAccess access;

	private final HealthAppointments appointments;

	private final ReadLog reads;

	HealthPersonalData(HealthCare care, HealthAccess access, HealthAppointments appointments, ReadLog reads) {
		this.care = care;
		this.access = access;
		this.appointments = appointments;
		this.reads = reads;
	}

	@Override
	public String sectionKey() {
		return "health.access.section";
	}

	@Override
	@Transactional
	public List<Map<String, Object>> recordsFor(Long memberId, Long familyMemberId) {
		Subject s = Subjects.of(memberId, familyMemberId);
		var record = care.find(s);
		if (record.isEmpty()) {
			return List.of();
		}
		SanadUser user = CurrentUser.find().orElse(null);
		boolean parentOnly = false;
		if (user == null || user.role() != Role.DPO) {
			if (user == null) {
				return List.of();
			}
			try {
				parentOnly = access.open(user, s, record.get().getId()).reach() == HealthAccess.Reach.PARENT;
			}
			catch (RuntimeException outOfReach) {
				return List.of();
			}
		}
		HealthRecord r = record.get();
		reads.record(HealthDomain.NAME, "record", String.valueOf(r.getId()), s, "health.purpose.access-request");
		List<Map<String, Object>> out = new ArrayList<>();
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("kind", "record");
		profile.putAll(r.snapshot());
		out.add(profile);
		for (Problem p : care.problemsOf(r.getId())) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("kind", "problem");
			m.putAll(p.snapshot());
			out.add(m);
		}
		for (Visit v : care.visitsOf(r.getId())) {
			if (parentOnly && v.isConfidential()) {
				continue;
			}
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("kind", "visit");
			m.putAll(v.snapshot());
			out.add(m);
		}
		for (HealthAppointments.Appointment a : appointments.of(s)) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("kind", "appointment");
			m.put("service", a.serviceFr());
			m.put("startsAt", a.startsAt());
			m.put("status", a.status().name());
			out.add(m);
		}
		return out;
	}
}
