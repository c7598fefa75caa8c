package dz.sanad.platform.confidential;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Label;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Consent per case with scopes (e.g. follow-up, sharing with a physician, anonymous statistics), versioned: every
 * change is a new version, a withdrawal a version without the scope, so the history says what was allowed when.
 * Scopes are the module's own words; a module asks {@link #require} before doing what a scope covers.
 */
@Service
public class CaseConsents {

	private static final int MAX_SCOPES_TEXT = 400;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	CaseConsents(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Records the scopes given now (replacing the previous version's); returns the new version number. */
	@Transactional
	public int record(String domain, String caseId, Subject subject, Set<String> scopes) {
		Set<String> sorted = new TreeSet<>(scopes);
		String text = String.join(",", sorted);
		if (sorted.stream().anyMatch(s -> s.isBlank() || s.contains(",")) || text.length() > MAX_SCOPES_TEXT) {
			throw BusinessException.onField("scopes", "confidential.consent.invalid");
		}
		// one writer per case at a time: the next version number is taken under a lock on the case
		jdbc.sql("select pg_advisory_xact_lock(hashtext(? || ':' || ?))").params(domain, caseId).query().singleValue();
		int version = jdbc.sql("select coalesce(max(version), 0) + 1 from care_consent where domain = ? and case_id = ?")
			.params(domain, caseId).query(Integer.class).single();
		jdbc.sql("insert into care_consent (domain, case_id, version, subject_member_id, subject_family_id, scopes, "
				+ "actor) values (?, ?, ?, ?, ?, ?, ?)")
			.params(domain, caseId, version, subject.memberId(), subject.familyMemberId(), text, CurrentUser.name())
			.update();
		audit.record("CONSENT", domain + "_consent", caseId, domain + " case " + caseId + " v" + version + ": " + text,
				null, Map.of("version", version, "scopes", text));
		return version;
	}

	/** A new version without that scope; refused when the scope is not given now. */
	@Transactional
	public int withdraw(String domain, String caseId, String scope) {
		Set<String> current = current(domain, caseId);
		if (!current.contains(scope)) {
			throw BusinessException.onField("scope", "confidential.consent.not-given");
		}
		current.remove(scope);
		return record(domain, caseId, latestSubject(domain, caseId), current);
	}

	@Transactional(readOnly = true)
	public boolean allows(String domain, String caseId, String scope) {
		return current(domain, caseId).contains(scope);
	}

	/** Refuses, naming the scope's label ({@code <domain>.consent.<scope>}), when the case's consent lacks it. */
	public void require(String domain, String caseId, String scope) {
		if (!allows(domain, caseId, scope)) {
			throw BusinessException.of("confidential.consent.missing",
					Label.of(domain + ".consent." + scope, scope));
		}
	}

	@Transactional(readOnly = true)
	public List<ConsentVersion> history(String domain, String caseId) {
		return jdbc.sql("select version, scopes, actor, at from care_consent where domain = ? and case_id = ? "
				+ "order by version desc")
			.params(domain, caseId)
			.query((rs, i) -> new ConsentVersion(rs.getInt("version"), split(rs.getString("scopes")),
					rs.getString("actor"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	private Set<String> current(String domain, String caseId) {
		return jdbc.sql("select scopes from care_consent where domain = ? and case_id = ? order by version desc limit 1")
			.params(domain, caseId).query(String.class).optional().map(CaseConsents::split)
			.orElseGet(LinkedHashSet::new);
	}

	private Subject latestSubject(String domain, String caseId) {
		return jdbc.sql("select subject_member_id, subject_family_id from care_consent where domain = ? and case_id = ? "
				+ "order by version desc limit 1")
			.params(domain, caseId)
			.query((rs, i) -> new Subject(rs.getObject("subject_member_id", Long.class),
					rs.getObject("subject_family_id", Long.class)))
			.single();
	}

	private static Set<String> split(String scopes) {
		Set<String> set = new LinkedHashSet<>();
		if (!scopes.isEmpty()) {
			set.addAll(Arrays.asList(scopes.split(",")));
		}
		return set;
	}
}
