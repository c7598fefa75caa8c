package dz.sanad.psychology;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.cases.CaseWorkflow;
import dz.sanad.platform.confidential.Subject;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One psychological record: whom it is about, how it was opened, where it is followed and its state. Content (notes,
 * the referral reason, a diagnosis) is never part of it: it is read separately, sealed, and logged.
 */
public record PsyCase(long id, String reference, Long memberId, Long familyMemberId, Route route, Long incidentId,
		String referrer, Long centreUnitId, CaseState state, Outcome outcome, Instant openedAt, Instant closedAt) {

	/** NEW until assigned; a closed record may be reopened within the type's window. */
	public static final CaseWorkflow<CaseState> WORKFLOW = CaseWorkflow.of(CaseState.class, CaseState.NEW)
		.allow(CaseState.NEW, CaseState.ACTIVE, CaseState.CLOSED)
		.allow(CaseState.ACTIVE, CaseState.CLOSED)
		.allow(CaseState.CLOSED, CaseState.ACTIVE)
		.terminal(CaseState.CLOSED)
		.labels("psychology.state.")
		.build();

	/** {@code PSY-2026-000123}: the year of opening and the record's number. */
	static String reference(long id, Instant at) {
		return String.format("PSY-%d-%06d", Year.from(at.atZone(ZoneId.of("Africa/Algiers"))).getValue(), id);
	}

	public Subject subject() {
		return memberId != null ? Subject.member(memberId) : Subject.family(familyMemberId);
	}

	/** Notes, appointments and referrals are written only while the record is open. */
	public void requireOpen() {
		if (state == CaseState.CLOSED) {
			throw BusinessException.of("psychology.error.closed");
		}
	}

	public boolean referred() {
		return route == Route.COMMAND || route == Route.MEDICAL;
	}

	/** What the audit trail keeps of a change: metadata only. */
	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("reference", reference);
		m.put("route", route);
		m.put("state", state);
		m.put("outcome", outcome);
		m.put("centre", centreUnitId);
		return m;
	}
}
