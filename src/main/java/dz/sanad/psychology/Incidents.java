package dz.sanad.psychology;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.people.Member;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Dates;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.Sealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Critical incidents: an organisational encounter (group debriefing) at a unit after an incident, led by a
 * psychologist, which fans out to one individual record per participant on the leader's care team. The incident
 * keeps a participant count and a sealed summary, never a list of names a unit could read.
 */
@Service
public class Incidents {

	public record Incident(long id, long unitId, LocalDate occurredOn, LocalDate heldOn, String ledBy,
			int participants) {
	}

	private final JdbcClient jdbc;

	private final Records records;

	private final Organisation organisation;

	private final Sealer sealer;

	private final AuditTrail audit;

	Incidents(JdbcClient jdbc, Records records, Organisation organisation, Sealer sealer, AuditTrail audit) {
		this.jdbc = jdbc;
		this.records = records;
		this.organisation = organisation;
		this.sealer = sealer;
		this.audit = audit;
	}

	/** Records the encounter and opens (or joins) each participant's record; the unknown matricules are refused. */
	@Transactional
	public long debrief(SanadUser psychologist, Long unitId, LocalDate occurredOn, String summary,
			List<String> matricules) {
		if (psychologist.role() != Role.PSYCHOLOGIST) {
			throw new AccessDeniedException("incident");
		}
		if (unitId == null || organisation.find(unitId).isEmpty()) {
			throw BusinessException.onField("unitId", "psychology.error.unit");
		}
		if (occurredOn == null || occurredOn.isAfter(Dates.today())) {
			throw BusinessException.onField("occurredOn", "psychology.error.occurred");
		}
		if (summary == null || summary.isBlank()) {
			throw BusinessException.onField("summary", "psychology.error.summary");
		}
		Set<String> wanted = new LinkedHashSet<>();
		(matricules == null ? List.<String>of() : matricules).stream().map(String::trim).filter(s -> !s.isEmpty())
			.forEach(wanted::add);
		if (wanted.isEmpty()) {
			throw BusinessException.onField("matricules", "psychology.error.participants");
		}
		List<Member> found = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String m : wanted) {
			records.served(psychologist, m).ifPresentOrElse(found::add, () -> unknown.add(m));
		}
		if (!unknown.isEmpty()) {
			throw BusinessException.onField("matricules", "psychology.error.unknown-members", String.join(", ", unknown));
		}
		long id = jdbc.sql("""
				insert into psy_incident (unit_id, occurred_on, held_on, led_by, summary, participants, created_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(unitId, occurredOn, Dates.today(), psychologist.getUsername(),
					sealer.seal(summary.trim(), "psychology.incident"), found.size(), Timestamp.from(Instant.now()))
			.query(Long.class).single();
		for (Member m : found) {
			PsyCase c = records.open(m.getId(), null, Route.INCIDENT, id, null, psychologist.scopeUnitId(), null);
			records.join(c, psychologist.getUsername());
		}
		audit.record("CREATE", "psychology-incident", id, "critical incident debriefing", null,
				Map.of("unit", unitId, "participants", found.size()));
		return id;
	}

	/** The psychologist's own debriefings (the lead's: all). */
	public List<Incident> of(SanadUser user) {
		boolean lead = user.role() == Role.PSYCHOLOGY_LEAD;
		return jdbc.sql("""
				select id, unit_id, occurred_on, held_on, led_by, participants from psy_incident
				where ? or led_by = ? order by held_on desc, id desc limit 100""")
			.params(lead, user.getUsername())
			.query((rs, i) -> new Incident(rs.getLong("id"), rs.getLong("unit_id"),
					rs.getObject("occurred_on", LocalDate.class), rs.getObject("held_on", LocalDate.class),
					rs.getString("led_by"), rs.getInt("participants")))
			.list();
	}
}
