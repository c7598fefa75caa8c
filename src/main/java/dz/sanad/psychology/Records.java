package dz.sanad.psychology;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.UnitKind;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.platform.confidential.Sealer;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Opening psychological records by each entry route, the lead's assignment, the structured outcome a referrer gets
 * back, and closing. Every change is told to the case engine and the audit trail (metadata only) in the same
 * transaction; the reason given by a referrer is sealed.
 */
@Service
public class Records {

	static final String COLUMNS = "c.id, c.reference, c.member_id, c.family_member_id, c.route, c.incident_id, "
			+ "c.referrer, c.centre_unit_id, c.state, c.outcome, c.opened_at, c.closed_at";

	static final RowMapper<PsyCase> ROW = (rs, i) -> new PsyCase(rs.getLong("id"), rs.getString("reference"),
			(Long) rs.getObject("member_id"), (Long) rs.getObject("family_member_id"), Route.valueOf(rs.getString("route")),
			(Long) rs.getObject("incident_id"), rs.getString("referrer"), (Long) rs.getObject("centre_unit_id"),
			CaseState.valueOf(rs.getString("state")),
			rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
			rs.getTimestamp("opened_at").toInstant(),
			rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant());

	private final JdbcClient jdbc;

	private final CaseEngine engine;

	private final AuditTrail audit;

	private final People people;

	private final Organisation organisation;

	private final Consents consents;

	private final Sealer sealer;

	Records(JdbcClient jdbc, CaseEngine engine, AuditTrail audit, People people, Organisation organisation,
			Consents consents, Sealer sealer) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.audit = audit;
		this.people = people;
		this.organisation = organisation;
		this.consents = consents;
		this.sealer = sealer;
	}

	public PsyCase get(long id) {
		return jdbc.sql("select " + COLUMNS + " from psy_case c where c.id = ?").param(id).query(ROW).optional()
			.orElseThrow(() -> new NotFoundException("psychology case " + id));
	}

	/** A member asks for help, for themself or one of their family: confidential by default, FOLLOW_UP required. */
	@Transactional
	public PsyCase selfRefer(SanadUser member, Long familyMemberId, Long centreId, String message, Set<String> scopes) {
		if (member.role() != Role.MEMBER || member.memberId() == null) {
			throw new AccessDeniedException("self-referral");
		}
		Set<String> chosen = new LinkedHashSet<>(scopes == null ? Set.of() : scopes);
		chosen.retainAll(Scopes.ALL);
		if (!chosen.contains(Scopes.FOLLOW_UP)) {
			throw BusinessException.onField("scopes", "psychology.error.follow-up-consent");
		}
		Long fm = null;
		if (familyMemberId != null) {
			FamilyMember f = people.familyMemberInScope(member, member.memberId(), familyMemberId);
			fm = f.getId();
		}
		PsyCase c = open(fm == null ? member.memberId() : null, fm, Route.SELF, null, null, centre(centreId), message);
		consents.record(c, chosen);
		return c;
	}

	/** A command (head, wilaya officer, DGSN) or medical (centre physician) referral of a member they serve. */
	@Transactional
	public PsyCase refer(SanadUser referrer, String matricule, String reason) {
		Route route = switch (referrer.role()) {
			case PHYSICIAN -> Route.MEDICAL;
			case ESTABLISHMENT_HEAD, WILAYA_OFFICER, DGSN_SOCIAL -> Route.COMMAND;
			default -> throw new AccessDeniedException("referral");
		};
		if (reason == null || reason.isBlank()) {
			throw BusinessException.onField("reason", "psychology.error.reason");
		}
		Member m = served(referrer, matricule)
			.orElseThrow(() -> BusinessException.onField("matricule", "psychology.error.unknown-member"));
		Long centre = referrer.role() == Role.PHYSICIAN ? referrer.scopeUnitId() : null;
		return open(m.getId(), null, route, null, referrer.getUsername(), centre, reason.trim());
	}

	/** The member a staff user names: within their scope; a centre's clinicians serve their centre's wilaya. */
	public java.util.Optional<Member> served(SanadUser user, String matricule) {
		if (user.role() == Role.PHYSICIAN || user.role() == Role.PSYCHOLOGIST) {
			String wilaya = organisation.scopeOf(user).wilayaCode();
			return people.byMatricule(matricule == null ? "" : matricule.trim())
				.filter(m -> wilaya != null && wilaya.equals(m.getWilayaCode()));
		}
		return people.memberInScope(user, matricule);
	}

	/** Opens one record (used by every route and by the incident fan-out, which then assigns its psychologist). */
	@Transactional
	PsyCase open(Long memberId, Long familyMemberId, Route route, Long incidentId, String referrer, Long centreId,
			String reason) {
		Instant at = Instant.now();
		long id = jdbc.sql("select nextval('psy_case_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into psy_case (id, reference, member_id, family_member_id, route, incident_id, referrer, reason,
				centre_unit_id, state, opened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?)""")
			.params(id, PsyCase.reference(id, at), memberId, familyMemberId, route.name(), incidentId, referrer,
					reason == null || reason.isBlank() ? null : sealer.seal(reason.trim(), "psychology.reason"),
					centreId, Timestamp.from(at))
			.update();
		engine.open(PsychologyCases.caseRef(id), PsychologyCases.FOLLOW_UP, null, at);
		PsyCase c = get(id);
		audit.record("CREATE", "psychology-case", id, "psychological record opened", null, c.snapshot());
		return c;
	}

	private Long centre(Long centreId) {
		if (centreId == null) {
			return null;
		}
		return organisation.find(centreId).filter(u -> u.getKind() == UnitKind.SOCIAL_MEDICAL_CENTRE && u.isActive())
			.map(u -> u.getId()).orElseThrow(() -> BusinessException.onField("centreId", "psychology.error.centre"));
	}

	/** The lead puts a psychologist on the care team; the first assignment starts the follow-up. */
	@Transactional
	public void assign(SanadUser lead, long caseId, String psychologist, List<String> psychologists) {
		if (lead.role() != Role.PSYCHOLOGY_LEAD) {
			throw new AccessDeniedException("assignment");
		}
		if (!psychologists.contains(psychologist)) {
			throw BusinessException.onField("psychologist", "psychology.error.not-psychologist");
		}
		PsyCase c = get(caseId);
		if (team(caseId).contains(psychologist)) {
			throw BusinessException.onField("psychologist", "psychology.error.already-assigned");
		}
		join(c, psychologist);
	}

	/** Puts a psychologist on a record's team and starts the follow-up (incident fan-out: the debriefing's leader). */
	@Transactional
	void join(PsyCase c, String psychologist) {
		jdbc.sql("""
				insert into psy_care_team (case_id, username, assigned_at) values (?, ?, ?) on conflict do nothing""")
			.params(c.id(), psychologist, Timestamp.from(Instant.now())).update();
		engine.assign(PsychologyCases.caseRef(c.id()), psychologist, "psychology.assigned", Instant.now());
		if (c.state() == CaseState.NEW) {
			move(c, CaseState.ACTIVE);
		}
	}

	/** The structured outcome a command or medical referrer reads back. */
	@Transactional
	public void outcome(PsyCase c, Outcome outcome) {
		if (!c.referred()) {
			throw BusinessException.of("psychology.error.not-referred");
		}
		if (outcome == null) {
			throw BusinessException.onField("outcome", "psychology.error.outcome");
		}
		jdbc.sql("update psy_case set outcome = ?, version = version + 1 where id = ?").params(outcome.name(), c.id())
			.update();
		audit.record("UPDATE", "psychology-case", c.id(), "referrer's outcome", c.snapshot(), get(c.id()).snapshot());
	}

	/** Closes the record: a referred one needs its outcome, and no referral out may still be open. */
	@Transactional
	public void close(PsyCase c) {
		if (c.referred() && c.outcome() == null) {
			throw BusinessException.onField("outcome", "psychology.error.outcome-before-close");
		}
		long open = jdbc.sql("select count(*) from psy_referral where case_id = ? and state <> 'CLOSED'")
			.param(c.id()).query(Long.class).single();
		if (open > 0) {
			throw BusinessException.of("psychology.error.referral-open");
		}
		move(c, CaseState.CLOSED);
	}

	@Transactional
	public void reopen(PsyCase c) {
		move(c, CaseState.ACTIVE);
	}

	private void move(PsyCase c, CaseState to) {
		PsyCase.WORKFLOW.check(c.state(), to);
		Instant at = Instant.now();
		jdbc.sql("update psy_case set state = ?, closed_at = ?, version = version + 1 where id = ?")
			.params(to.name(), to == CaseState.CLOSED ? Timestamp.from(at) : null, c.id()).update();
		engine.transition(PsychologyCases.caseRef(c.id()), to, null, at);
		audit.record("UPDATE", "psychology-case", c.id(), "state " + to, c.snapshot(), get(c.id()).snapshot());
	}

	/** The sealed reason given on opening (care team only: the caller has checked). */
	public String reason(long caseId) {
		byte[] sealed = jdbc.sql("select reason from psy_case where id = ?").param(caseId).query(byte[].class)
			.optional().orElse(null);
		return sealed == null ? null : sealer.open(sealed, "psychology.reason");
	}

	public List<String> team(long caseId) {
		return jdbc.sql("select username from psy_care_team where case_id = ? order by assigned_at")
			.param(caseId).query(String.class).list();
	}
}
