package dz.sanad.health;

import dz.sanad.audit.AuditTrail;
import dz.sanad.audit.ReadLog;
import dz.sanad.health.HealthAccess.Person;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.platform.cases.CaseRef;
import dz.sanad.platform.cases.CaseType;
import dz.sanad.platform.cases.EscalationLadder;
import dz.sanad.platform.cases.SlaPolicy;
import dz.sanad.platform.confidential.Subject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Referrals on the platform case engine (type {@value #TYPE}): the referring centre's care team opens, schedules,
 * records the visit and the facility's report, then closes. The engine keeps the state history and the clocks
 * (scheduled within 5 working days, closed within 30); the reason and report stay sealed in the module's table.
 */
@Service
@Transactional
public class HealthReferrals {

	public static final String TYPE = "health-referral";

	@Configuration(proxyBeanMethods = false)
	static class CaseConfig {

		@Bean
		CaseType<Referral.State> healthReferralType() {
			return new CaseType<>(TYPE, Referral.WORKFLOW, EscalationLadder.none(), 0, 0, null);
		}
	}

	private final ReferralRows rows;

	private final HealthCare care;

	private final CaseEngine engine;

	private final AuditTrail audit;

	private final ReadLog reads;

	HealthReferrals(ReferralRows rows, HealthCare care, CaseEngine engine, AuditTrail audit, ReadLog reads) {
		this.rows = rows;
		this.care = care;
		this.engine = engine;
		this.audit = audit;
		this.reads = reads;
	}

	static CaseRef ref(long id) {
		return CaseRef.of(TYPE, id);
	}

	public Referral open(SanadUser user, Subject s, String facility, String reason) {
		Person p = care.person(user, s);
		if (!p.reach().writes()) {
			throw new AccessDeniedException("referrals are the care team's");
		}
		HealthRecord r = care.ensure(s);
		Referral ref = rows.saveAndFlush(new Referral(r.getId(), user.scopeUnitId(),
				facility == null || facility.isBlank() ? Referral.GLYCINES : facility, reason, user.getUsername()));
		engine.open(ref(ref.getId()), new SlaPolicy(engine.workingDays(5), null, engine.workingDays(30)),
				user.getUsername(), Instant.now());
		audit.record("CREATE", TYPE, ref.getId(), ref.getFacility(), null, Map.of("facility", ref.getFacility()));
		return ref;
	}

	/** A referral of the user's centre, logged as a read; others answer like an unknown one. */
	public Referral get(SanadUser user, long id) {
		Referral ref = rows.findById(id).filter(x -> x.getCentreId().equals(user.scopeUnitId()))
			.orElseThrow(() -> new NotFoundException("referral"));
		HealthRecord r = care.recordById(ref.getRecordId());
		care.person(user, r.subject());
		reads.record(HealthDomain.NAME, "referral", String.valueOf(id), r.subject(), "health.purpose.care");
		return ref;
	}

	public Subject subjectOf(Referral ref) {
		return care.recordById(ref.getRecordId()).subject();
	}

	public Referral schedule(SanadUser user, long id, LocalDate on) {
		Referral ref = get(user, id);
		ref.schedule(on);
		engine.transition(ref(id), Referral.State.SCHEDULED, on.toString(), Instant.now());
		engine.respond(ref(id), Instant.now());
		return ref;
	}

	public Referral seen(SanadUser user, long id) {
		Referral ref = get(user, id);
		ref.seen();
		engine.transition(ref(id), Referral.State.SEEN, null, Instant.now());
		return ref;
	}

	public Referral reported(SanadUser user, long id, String report) {
		Referral ref = get(user, id);
		ref.reported(report);
		engine.transition(ref(id), Referral.State.REPORTED, null, Instant.now());
		return ref;
	}

	public Referral close(SanadUser user, long id) {
		Referral ref = get(user, id);
		ref.close();
		engine.transition(ref(id), Referral.State.CLOSED, null, Instant.now());
		return ref;
	}

	@Transactional(readOnly = true)
	public List<Referral> ofCentre(SanadUser user, Referral.State state) {
		if (!HealthAccess.isCareTeam(user) || user.scopeUnitId() == null) {
			throw new AccessDeniedException("care team only");
		}
		return state == null ? rows.findTop500ByCentreIdOrderByRequestedAtDesc(user.scopeUnitId())
				: rows.findTop500ByCentreIdAndStatusOrderByRequestedAtDesc(user.scopeUnitId(), state);
	}

	@Transactional(readOnly = true)
	public List<CaseEngine.Transition> history(long id) {
		return engine.history(ref(id));
	}

	@Transactional(readOnly = true)
	List<Referral> ofRecord(long recordId) {
		return rows.findByRecordIdOrderByRequestedAtDesc(recordId);
	}
}

interface ReferralRows extends JpaRepository<Referral, Long> {

	List<Referral> findTop500ByCentreIdOrderByRequestedAtDesc(Long centreId);

	List<Referral> findTop500ByCentreIdAndStatusOrderByRequestedAtDesc(Long centreId, Referral.State status);

	List<Referral> findByRecordIdOrderByRequestedAtDesc(Long recordId);
}
