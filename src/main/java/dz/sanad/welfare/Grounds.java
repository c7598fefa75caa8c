package dz.sanad.welfare;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The grounds a decision may cite (welfare_ground): reference data the central directorate maintains in three
 * languages; a withdrawn ground stays on the decisions that cited it. A decision records the codes it cited
 * (welfare_decision_ground) beside its free text.
 */
@Component
public class Grounds {

	public record Ground(String code, String nameAr, String nameFr, String nameEn, boolean active) {

		public String name(Locale locale) {
			return switch (locale.getLanguage()) {
				case "fr" -> nameFr;
				case "en" -> nameEn;
				default -> nameAr;
			};
		}
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Grounds(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The grounds a new decision may cite. */
	@Transactional(readOnly = true)
	public List<Ground> active() {
		return list(true);
	}

	/** Every ground, withdrawn ones included (administration). */
	@Transactional(readOnly = true)
	public List<Ground> everything() {
		return list(false);
	}

	private List<Ground> list(boolean activeOnly) {
		return jdbc.sql("""
				select code, name_ar, name_fr, name_en, active from welfare_ground where active or not ?
				order by sort_order, code""").param(activeOnly)
			.query((rs, n) -> new Ground(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5)))
			.list();
	}

	Optional<Ground> any(String code) {
		return everything().stream().filter(g -> g.code().equals(code)).findFirst();
	}

	@Transactional
	public Ground add(String code, String nameAr, String nameFr, String nameEn) {
		String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
		if (!c.matches("[A-Z][A-Z0-9_]{1,39}")) {
			throw BusinessException.onField("code", "welfare.error.ground-code");
		}
		if (any(c).isPresent()) {
			throw BusinessException.onField("code", "welfare.error.ground-taken", c);
		}
		Ground g = new Ground(c, MemberConcerns.text(nameAr, "nameAr", 300), MemberConcerns.text(nameFr, "nameFr", 300),
				MemberConcerns.text(nameEn, "nameEn", 300), true);
		jdbc.sql("""
				insert into welfare_ground (code, name_ar, name_fr, name_en, sort_order)
				values (?, ?, ?, ?, (select coalesce(max(sort_order), 0) + 10 from welfare_ground))""")
			.params(g.code(), g.nameAr(), g.nameFr(), g.nameEn()).update();
		audit.record("CREATE", "welfare-ground", c, g.nameFr(), null, g);
		return g;
	}

	@Transactional
	public void rename(String code, String nameAr, String nameFr, String nameEn) {
		Ground before = any(code).orElseThrow(() -> BusinessException.onField("code", "welfare.error.ground"));
		Ground after = new Ground(code, MemberConcerns.text(nameAr, "nameAr", 300),
				MemberConcerns.text(nameFr, "nameFr", 300), MemberConcerns.text(nameEn, "nameEn", 300), before.active());
		jdbc.sql("update welfare_ground set name_ar = ?, name_fr = ?, name_en = ? where code = ?")
			.params(after.nameAr(), after.nameFr(), after.nameEn(), code).update();
		audit.record("UPDATE", "welfare-ground", code, after.nameFr(), before, after);
	}

	@Transactional
	public void setActive(String code, boolean active) {
		Ground before = any(code).orElseThrow(() -> BusinessException.onField("code", "welfare.error.ground"));
		jdbc.sql("update welfare_ground set active = ? where code = ?").params(active, code).update();
		audit.record(active ? "REACTIVATE" : "DEACTIVATE", "welfare-ground", code, before.nameFr(), null, null);
	}

	/** The cited codes, each an active ground (a refusal on the field otherwise), without repeats. */
	Set<String> checked(Collection<String> codes) {
		Set<String> result = new LinkedHashSet<>();
		if (codes == null) {
			return result;
		}
		Set<String> known = new java.util.HashSet<>(active().stream().map(Ground::code).toList());
		for (String code : codes) {
			if (code == null || code.isBlank()) {
				continue;
			}
			if (!known.contains(code)) {
				throw BusinessException.onField("groundCodes", "welfare.error.ground");
			}
			result.add(code);
		}
		return result;
	}

	void cite(long decisionId, long concernId, Set<String> codes) {
		for (String code : codes) {
			jdbc.sql("insert into welfare_decision_ground (decision_id, concern_id, ground_code) values (?, ?, ?)")
				.params(decisionId, concernId, code).update();
		}
	}

	/** The grounds a decision cited, in the reader's language. */
	@Transactional(readOnly = true)
	public List<String> cited(long decisionId, Locale locale) {
		String column = switch (locale.getLanguage()) {
			case "fr" -> "g.name_fr";
			case "en" -> "g.name_en";
			default -> "g.name_ar";
		};
		return jdbc.sql("select " + column + """
				 from welfare_decision_ground d join welfare_ground g on g.code = d.ground_code
				where d.decision_id = ? order by g.sort_order, g.code""").param(decisionId).query(String.class).list();
	}
}
