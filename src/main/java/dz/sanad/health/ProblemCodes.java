package dz.sanad.health;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problem code list, reference data the administrator loads as UTF-8 CSV, one code a line:
 * {@code code;label_ar;label_fr;label_en;chronic_group;follow_up_days} (the last two may be empty). A load adds or
 * updates the codes it lists and never deletes one (problems refer to them); every line is checked first and the
 * file lands whole or not at all, naming the wrong lines.
 */
@Service
@Transactional
public class ProblemCodes {

	private static final Set<String> GROUPS = Set.of("DIABETES", "HYPERTENSION", "ASTHMA");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ProblemCodes(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	record Line(String code, String ar, String fr, String en, String group, Integer days) {
	}

	public int load(SanadUser user, String csv) {
		if (user.role() != Role.ADMIN) {
			throw new AccessDeniedException("administrator only");
		}
		List<Line> lines = new ArrayList<>();
		List<BusinessException> wrong = new ArrayList<>();
		String[] rows = (csv == null ? "" : csv.replace("\uFEFF", "")).split("\\R");
		for (int i = 0; i < rows.length; i++) {
			String row = rows[i].strip();
			if (row.isEmpty() || row.startsWith("#") || (i == 0 && row.toLowerCase().startsWith("code;"))) {
				continue;
			}
			String[] f = row.split(";", -1);
			try {
				if (f.length < 4 || f.length > 6) {
					throw new IllegalArgumentException();
				}
				String code = f[0].strip();
				String group = f.length > 4 && !f[4].isBlank() ? f[4].strip() : null;
				Integer days = f.length > 5 && !f[5].isBlank() ? Integer.valueOf(dz.sanad.platform.Digits.latin(f[5].strip())) : null;
				if (!code.matches("[A-Z0-9.]{2,10}") || f[1].isBlank() || f[2].isBlank() || f[3].isBlank()
						|| (group != null && !GROUPS.contains(group)) || (days != null && (days < 1 || days > 366))) {
					throw new IllegalArgumentException();
				}
				lines.add(new Line(code, f[1].strip(), f[2].strip(), f[3].strip(), group, days));
			}
			catch (IllegalArgumentException e) {
				wrong.add(BusinessException.of("health.codes.error.line", i + 1));
			}
		}
		if (!wrong.isEmpty()) {
			throw BusinessException.allOf(wrong);
		}
		if (lines.isEmpty()) {
			throw BusinessException.of("health.codes.error.empty");
		}
		for (Line l : lines) {
			jdbc.sql("""
					insert into health_problem_code (code, label_ar, label_fr, label_en, chronic_group, follow_up_days, active)
					values (?, ?, ?, ?, ?, ?, true) on conflict (code) do update set label_ar = excluded.label_ar,
					label_fr = excluded.label_fr, label_en = excluded.label_en, chronic_group = excluded.chronic_group,
					follow_up_days = excluded.follow_up_days, active = true""")
				.params(l.code(), l.ar(), l.fr(), l.en(), l.group(), l.days()).update();
		}
		audit.record("IMPORT", "health-problem-code", null, lines.size() + " codes", null, Map.of("count", lines.size()));
		return lines.size();
	}
}
