package dz.sanad.psychology;

import dz.sanad.access.AccountForm;
import dz.sanad.access.AccountService;
import dz.sanad.access.Accounts;
import dz.sanad.platform.Role;
import dz.sanad.platform.confidential.Sealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The national-scale psychology dataset for the benchmark, set-based: 20 psychologists ({@code psy.bench01}…), 50,000
 * records spread over them, 500,000 progress notes (one record in ten has 50, the others 5 or 6). Note bodies are
 * 50 neutral texts sealed once in Java (the database cannot seal) and reused: decrypting a copy costs what
 * decrypting an original does. The benchmark pages read the module's tables only, so the engine's case rows are
 * not generated for these records.
 */
@Component
class PsychologyBulkData {

	static final int PSYCHOLOGISTS = 20;

	static final int CASES = 50_000;

	/** The benchmark's password for the psy.bench accounts (strong enough for the password policy). */
	static final String BENCH_PASSWORD = "Kestrel-orbit-psy-2026!";

	private static final String[] TEXTS = { "Séance de suivi : la personne décrit une semaine plus calme.",
			"متابعة: تحسن في النوم واستمرار تمارين التنفس.", "Point sur l'organisation du travail et les temps de repos.",
			"مقابلة قصيرة: الشخص يفضّل مواعيد صباحية.", "Exercices de gestion du stress revus ensemble.",
			"تم الاتفاق على هدف للأسبوع القادم.", "La personne souhaite espacer les séances.",
			"حديث حول التوازن بين العمل والعائلة.", "Retour sur la reprise du service après congé.",
			"متابعة روتينية، لا جديد يذكر." };

	private final JdbcClient jdbc;

	private final Sealer sealer;

	private final AccountService accountService;

	private final Accounts accounts;

	PsychologyBulkData(JdbcClient jdbc, Sealer sealer, AccountService accountService, Accounts accounts) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.accountService = accountService;
		this.accounts = accounts;
	}

	void seed() {
		Long centre = accounts.findByUsername("psychologist").map(a -> a.getScopeUnitId()).orElse(null);
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= PSYCHOLOGISTS; i++) {
			String name = String.format("psy.bench%02d", i);
			names.add(name);
			if (!accounts.existsByUsername(name)) {
				AccountForm f = new AccountForm();
				f.setUsername(name);
				f.setFullName("أخصائي نفساني " + i + " — Psychologue " + i);
				f.setRole(Role.PSYCHOLOGIST);
				f.setScopeUnitId(centre);
				f.setPassword(BENCH_PASSWORD);
				accountService.create(f);
			}
		}
		jdbc.sql("create temporary table psy_bench_text (i int primary key, body bytea not null) on commit drop").update();
		for (int i = 0; i < 50; i++) {
			jdbc.sql("insert into psy_bench_text values (?, ?)")
				.params(i, sealer.seal(TEXTS[i % TEXTS.length] + " (" + (i + 1) + ")", Notes.PURPOSE)).update();
		}
		// members are read from the people module's table here only: a one-off generator, not a module dependency
		jdbc.sql("""
				insert into psy_case (id, reference, member_id, route, referrer, centre_unit_id, state, opened_at, stats_consent)
				select nextval('psy_case_seq'), 'PSY-B-' || lpad(m.rn::text, 6, '0'), m.id,
				       (array['SELF','SELF','SELF','INCIDENT','COMMAND','MEDICAL'])[1 + m.rn % 6],
				       case when m.rn % 6 >= 4 then 'wilaya16' end, ?,
				       case when m.rn % 7 = 0 then 'CLOSED' else 'ACTIVE' end,
				       now() - make_interval(days => (m.rn % 700)::int), m.rn % 3 <> 0
				from (select id, row_number() over (order by id) rn from people_member order by id limit ?) m""")
			.params(centre, CASES).update();
		jdbc.sql("""
				insert into psy_care_team (case_id, username, assigned_at)
				select c.id, (?::text[])[1 + (c.id % ?)], c.opened_at from psy_case c where c.reference like 'PSY-B-%'""")
			.params(names.toArray(new String[0]), PSYCHOLOGISTS).update();
		jdbc.sql("""
				insert into psy_note (case_id, kind, author, body, written_at)
				select c.id, 'PROGRESS', t.username, b.body, c.opened_at + make_interval(days => n)
				from psy_case c join psy_care_team t on t.case_id = c.id
				cross join lateral generate_series(1, case when c.id % 10 = 0 then 50 when c.id % 10 <= 5 then 6 else 5 end) n
				join psy_bench_text b on b.i = (c.id + n) % 50
				where c.reference like 'PSY-B-%'""").update();
		jdbc.sql("analyze psy_case").update();
		jdbc.sql("analyze psy_note").update();
		jdbc.sql("analyze psy_care_team").update();
	}
}
