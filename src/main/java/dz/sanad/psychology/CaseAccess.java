package dz.sanad.psychology;

import dz.sanad.audit.ReadLog;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.BreakGlass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who reaches a psychological record. CARE: a psychologist of its care team, or the psychology lead. GLASS: the
 * on-call psychologist holding an unexpired break-the-glass grant (read-only, no process notes). Anyone else gets
 * the same 404 as for a record that does not exist: a reference never reveals that a person is followed.
 */
@Service
public class CaseAccess {

	public enum Level {
		CARE, GLASS, NONE
	}

	private final JdbcClient jdbc;

	private final Records records;

	private final BreakGlass glass;

	private final ReadLog reads;

	CaseAccess(JdbcClient jdbc, Records records, BreakGlass glass, ReadLog reads) {
		this.jdbc = jdbc;
		this.records = records;
		this.glass = glass;
		this.reads = reads;
	}

	public boolean onTeam(SanadUser user, long caseId) {
		return user.role() == Role.PSYCHOLOGIST && jdbc.sql(
				"select exists (select 1 from psy_care_team where case_id = ? and username = ?)")
			.params(caseId, user.getUsername()).query(Boolean.class).single();
	}

	public Level level(SanadUser user, long caseId) {
		if (user.role() == Role.PSYCHOLOGY_LEAD || onTeam(user, caseId)) {
			return Level.CARE;
		}
		if (user.role() == Role.PSYCHOLOGIST && glass.active(Scopes.DOMAIN, String.valueOf(caseId)).isPresent()) {
			return Level.GLASS;
		}
		return Level.NONE;
	}

	/** The record for a member of its care team (any change, and reading it in full), or 404. */
	public PsyCase care(SanadUser user, long caseId) {
		if (level(user, caseId) != Level.CARE) {
			throw new NotFoundException("psychology case " + caseId);
		}
		return records.get(caseId);
	}

	/**
	 * Opens the record for reading at the user's level (404 at NONE) and logs the read of the record and of its
	 * notes, with why: care, or break-the-glass.
	 */
	public PsyCase read(SanadUser user, long caseId, Level level) {
		if (level == Level.NONE) {
			throw new NotFoundException("psychology case " + caseId);
		}
		PsyCase c = records.get(caseId);
		String purpose = level == Level.GLASS ? "psychology.purpose.glass" : "psychology.purpose.care";
		reads.record(Scopes.DOMAIN, "case", String.valueOf(caseId), c.subject(), purpose);
		reads.record(Scopes.DOMAIN, "notes", String.valueOf(caseId), c.subject(), purpose);
		return c;
	}
}
