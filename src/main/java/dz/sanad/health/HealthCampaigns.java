package dz.sanad.health;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.people.Population;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * HealthCampaigns of a centre (breast-cancer screening in October, flu, catch-up vaccination…): a theme, a target defined
 * as a query on the registry (age, sex, chronic condition; the centre's wilaya), invitations, participation per
 * person, and outcomes: a "follow-up" outcome books an appointment at the campaign's service.
 */
@Service
@Transactional
public class HealthCampaigns {

	/** At most this many invitations per run: a campaign targets one wilaya's families, never the whole registry. */
	static final int MAX_INVITATIONS = 20_000;

	public enum Theme {
		SCREENING, FLU, CATCH_UP, CHRONIC, OTHER;

		public String messageKey() {
			return "health.campaign.theme." + name();
		}
	}

	public record Campaign(long id, long centreId, Theme theme, String name, LocalDate startsOn, LocalDate endsOn,
			Integer ageMin, Integer ageMax, String sex, String wilayaCode, ChronicFollowUp.Group chronicGroup,
			Long serviceId, long invited, long participated, long followUps) {
	}

	public record Invitation(long id, long recordId, Long memberId, Long familyMemberId, String status, String outcome,
			Long appointmentId) {
	}

	public record Form(Theme theme, String name, LocalDate startsOn, LocalDate endsOn, Integer ageMin, Integer ageMax,
			String sex, ChronicFollowUp.Group chronicGroup, Long serviceId) {
	}

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final Population population;

	private final HealthServices services;

	private final HealthAppointments appointments;

	private final AuditTrail audit;

	HealthCampaigns(JdbcClient jdbc, Organisation organisation, Population population, HealthServices services,
			HealthAppointments appointments, AuditTrail audit) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.population = population;
		this.services = services;
		this.appointments = appointments;
		this.audit = audit;
	}

	static final String SELECT = """
			select c.id, c.centre_id, c.theme, c.name, c.starts_on, c.ends_on, c.age_min, c.age_max, c.sex, c.wilaya_code,
			       c.chronic_group, c.service_id,
			       (select count(*) from health_invitation i where i.campaign_id = c.id),
			       (select count(*) from health_invitation i where i.campaign_id = c.id and i.status = 'PARTICIPATED'),
			       (select count(*) from health_invitation i where i.campaign_id = c.id and i.outcome = 'FOLLOW_UP')
			from health_campaign c""";

	static Campaign row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String g = rs.getString(11);
		return new Campaign(rs.getLong(1), rs.getLong(2), Theme.valueOf(rs.getString(3)), rs.getString(4),
				rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), (Integer) rs.getObject(7),
				(Integer) rs.getObject(8), rs.getString(9), rs.getString(10),
				g == null ? null : ChronicFollowUp.Group.valueOf(g), (Long) rs.getObject(12), rs.getLong(13),
				rs.getLong(14), rs.getLong(15));
	}

	private static void careTeam(SanadUser user) {
		if (!HealthAccess.isCareTeam(user) || user.scopeUnitId() == null) {
			throw new AccessDeniedException("care team only");
		}
	}

	public Campaign create(SanadUser user, Form f) {
		careTeam(user);
		if (f.theme() == null) {
			throw BusinessException.onField("theme", "health.error.required");
		}
		if (f.name() == null || f.name().isBlank()) {
			throw BusinessException.onField("name", "health.error.required");
		}
		if (f.startsOn() == null || f.endsOn() == null || f.endsOn().isBefore(f.startsOn())) {
			throw BusinessException.onField("endsOn", "health.error.period");
		}
		if (f.ageMin() != null && f.ageMax() != null && f.ageMin() > f.ageMax()) {
			throw BusinessException.onField("ageMax", "health.error.ages");
		}
		if (f.sex() != null && !f.sex().isBlank() && !f.sex().equals("M") && !f.sex().equals("F")) {
			throw BusinessException.onField("sex", "health.error.required");
		}
		if (f.serviceId() != null) {
			services.atCentre(user, f.serviceId());
		}
		String wilaya = organisation.scopeOf(user).wilayaCode();
		long id = jdbc.sql("""
				insert into health_campaign (centre_id, theme, name, starts_on, ends_on, age_min, age_max, sex, wilaya_code,
				chronic_group, service_id, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
				returning id""")
			.params(user.scopeUnitId(), f.theme().name(), f.name().strip(), f.startsOn(), f.endsOn(), f.ageMin(),
					f.ageMax(), f.sex() == null || f.sex().isBlank() ? null : f.sex(), wilaya,
					f.chronicGroup() == null ? null : f.chronicGroup().name(), f.serviceId(), user.getUsername())
			.query(Long.class).single();
		audit.record("CREATE", "health-campaign", id, f.name(), null, Map.of("theme", f.theme().name()));
		return get(user, id);
	}

	@Transactional(readOnly = true)
	public Campaign get(SanadUser user, long id) {
		careTeam(user);
		return jdbc.sql(SELECT + " where c.id = ? and c.centre_id = ?").params(id, user.scopeUnitId())
			.query(HealthCampaigns::row).optional().orElseThrow(() -> new NotFoundException("campaign"));
	}

	@Transactional(readOnly = true)
	public List<Campaign> ofCentre(SanadUser user) {
		careTeam(user);
		return jdbc.sql(SELECT + " where c.centre_id = ? order by c.starts_on desc limit 200").param(user.scopeUnitId())
			.query(HealthCampaigns::row).list();
	}

	/** Invites the target population (once each); returns how many new invitations were made. */
	public int invite(SanadUser user, long id) {
		Campaign c = get(user, id);
		List<Population.PersonRef> target = population.of(c.wilayaCode(), c.sex(), c.ageMin(), c.ageMax(),
				c.startsOn(), MAX_INVITATIONS);
		Long[] members = target.stream().map(p -> p.familyMemberId() == null ? p.memberId() : null).toArray(Long[]::new);
		Long[] relatives = target.stream().map(Population.PersonRef::familyMemberId).toArray(Long[]::new);
		// the records the invitations hang on, created set-based for whoever has none yet
		jdbc.sql("""
				insert into health_record (member_id, family_member_id, wilaya_code)
				select t.m, t.f, ? from unnest(cast(? as bigint[]), cast(? as bigint[])) t(m, f) on conflict do nothing""")
			.params(c.wilayaCode(), members, relatives).update();
		int n = jdbc.sql("""
				insert into health_invitation (campaign_id, record_id, status, updated_at)
				select ?, r.id, 'INVITED', now() from unnest(cast(? as bigint[]), cast(? as bigint[])) t(m, f)
				join health_record r on (t.f is null and r.member_id = t.m) or (t.f is not null and r.family_member_id = t.f)
				where cast(? as varchar) is null or exists (select 1 from health_problem p join health_problem_code k
				      on k.code = p.code where p.record_id = r.id and p.status <> 'RESOLVED' and k.chronic_group = ?)
				on conflict do nothing""")
			.params(c.id(), members, relatives, c.chronicGroup() == null ? null : c.chronicGroup().name(),
					c.chronicGroup() == null ? null : c.chronicGroup().name())
			.update();
		audit.record("UPDATE", "health-campaign", c.id(), "invited " + n, null, Map.of("invited", n));
		return n;
	}

	@Transactional(readOnly = true)
	public List<Invitation> invitations(SanadUser user, long id, String status, int limit) {
		get(user, id);
		return jdbc.sql("""
				select i.id, i.record_id, r.member_id, r.family_member_id, i.status, i.outcome, i.appointment_id
				from health_invitation i join health_record r on r.id = i.record_id
				where i.campaign_id = ? and (cast(? as varchar) is null or i.status = ?) order by i.id limit ?""")
			.params(id, status, status, Math.max(1, Math.min(limit, 500)))
			.query((rs, n) -> new Invitation(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
					(Long) rs.getObject(4), rs.getString(5), rs.getString(6), (Long) rs.getObject(7)))
			.list();
	}

	/**
	 * Records a person's participation: declined, or participated with an outcome; "follow-up" books an appointment
	 * at the campaign's service at {@code followUpAt}.
	 */
	public void participation(SanadUser user, long invitationId, boolean participated, boolean followUp,
			LocalDateTime followUpAt) {
		careTeam(user);
		Invitation inv = jdbc.sql("""
				select i.id, i.record_id, r.member_id, r.family_member_id, i.status, i.outcome, i.appointment_id
				from health_invitation i join health_record r on r.id = i.record_id join health_campaign c on c.id = i.campaign_id
				where i.id = ? and c.centre_id = ?""").params(invitationId, user.scopeUnitId())
			.query((rs, n) -> new Invitation(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
					(Long) rs.getObject(4), rs.getString(5), rs.getString(6), (Long) rs.getObject(7)))
			.optional().orElseThrow(() -> new NotFoundException("invitation"));
		if (!"INVITED".equals(inv.status())) {
			throw BusinessException.of("health.error.invitation-done");
		}
		Long appointment = null;
		if (participated && followUp) {
			long serviceId = jdbc.sql("select service_id from health_campaign c join health_invitation i on i.campaign_id = c.id "
					+ "where i.id = ?").param(invitationId).query(Long.class).optional()
				.orElseThrow(() -> BusinessException.of("health.error.campaign-service"));
			appointment = appointments.book(user, Subjects.of(inv.memberId(), inv.familyMemberId()), serviceId,
					followUpAt, false).id();
		}
		jdbc.sql("update health_invitation set status = ?, outcome = ?, appointment_id = ?, updated_at = now() where id = ?")
			.params(participated ? "PARTICIPATED" : "DECLINED", participated ? (followUp ? "FOLLOW_UP" : "NORMAL") : null,
					appointment, invitationId)
			.update();
		audit.record("UPDATE", "health-invitation", invitationId, participated ? "participated" : "declined", null,
				Map.of("participated", participated, "followUp", followUp));
	}
}
