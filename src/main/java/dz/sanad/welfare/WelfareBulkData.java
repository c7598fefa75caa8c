package dz.sanad.welfare;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.cases.BulkCases;
import dz.sanad.platform.cases.Decision;
import dz.sanad.platform.cases.SlaPolicies;
import dz.sanad.territory.Territory;
import dz.sanad.territory.Wilaya;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dz.sanad.welfare.ConcernState.*;

/**
 * The national dataset of concerns: 500,000 over the past year in every wilaya (Algiers a tenth of them), most
 * decided and closed, those of the last ten days still in hand (assigned, answered, waiting, decided), so that the
 * escalation sweep works on a service that mostly keeps its deadlines. Written in chunks, each one statement per
 * table, the cases opened through the case engine's bulk path ({@link BulkCases}), in the seeding transaction. Wilayas other than Algiers get handler names of their
 * own (rows of the routing table, not accounts).
 */
@Component
class WelfareBulkData {

	private static final Logger log = LoggerFactory.getLogger(WelfareBulkData.class);

	private static final int CHUNK = 10_000;

	private final JdbcClient jdbc;

	private final BulkCases bulk;

	private final SlaPolicies policies;

	private final Categories categories;

	private final People people;

	private final Territory territory;

	private final Organisation organisation;

	private final Handlers handlers;

	WelfareBulkData(JdbcClient jdbc, BulkCases bulk, SlaPolicies policies, Categories categories, People people,
			Territory territory, Organisation organisation, Handlers handlers) {
		this.jdbc = jdbc;
		this.bulk = bulk;
		this.policies = policies;
		this.categories = categories;
		this.people = people;
		this.territory = territory;
		this.organisation = organisation;
		this.handlers = handlers;
	}

	private record Pool(String wilaya, Long unit, List<Long> members, List<String> officers, String head) {
	}

	void generate(int total, SanadUser directorate) {
		List<Pool> pools = pools(directorate);
		Pool algiers = pools.stream().filter(p -> p.wilaya().equals("16")).findFirst().orElse(pools.get(0));
		List<Pool> others = pools.stream().filter(p -> p != algiers).toList();
		Random rnd = new Random(13);
		java.util.Map<String, Categories.Category> leaves = new java.util.HashMap<>();
		for (String[] sample : SAMPLES) {
			leaves.put(sample[0], categories.any(sample[0]).orElseThrow());
		}
		Instant now = Instant.now();
		for (int done = 0; done < total; done += CHUNK) {
			int n = Math.min(CHUNK, total - done);
			chunk(n, done, total, algiers, others, rnd, now, leaves);
			log.info("Bulk welfare data: {} of {} concerns", done + n, total);
		}
		jdbc.sql("""
				insert into welfare_decision_ground (decision_id, concern_id, ground_code)
				select d.id, d.case_id, case d.outcome when 'REFUSED' then 'CONDITIONS_NOT_MET'
				  when 'PARTLY_GRANTED' then 'BUDGET_LIMIT' else 'CONDITIONS_MET' end
				from case_decision d where d.case_type = 'welfare-concern' and d.grounds = 'bulk'""").update();
		for (String t : List.of("welfare_concern", "welfare_message", "case_record", "case_clock", "case_clock_step",
				"case_transition", "case_decision")) {
			jdbc.sql("analyze " + t).update();
		}
		log.info("Bulk welfare data: {} concerns", total);
	}

	private List<Pool> pools(SanadUser directorate) {
		List<Pool> pools = new ArrayList<>();
		for (Wilaya w : territory.wilayas()) {
			String code = w.getCode();
			List<Long> members = people.lookup(directorate, null, code, 200).stream().map(Member::getId).toList();
			if (members.isEmpty()) {
				continue;
			}
			Long unit = organisation.findByCode("SW-" + code).map(Unit::getId).orElse(null);
			List<String> officers;
			String head;
			if (code.equals("16")) {
				officers = List.of("wilaya16", "wilaya16b");
				head = "social16";
			}
			else {
				officers = List.of("social-" + code + "-a", "social-" + code + "-b");
				head = "social-" + code + "-head";
				officers.forEach(o -> handlers.ensure(o, code, Handlers.Level.OFFICER));
				handlers.ensure(head, code, Handlers.Level.HEAD);
			}
			pools.add(new Pool(code, unit, members, officers, head));
		}
		return pools;
	}

	private static final String[][] SAMPLES = {
			{ "HOUSING.SOCIAL", "طلب سكن اجتماعي", "أسكن مع عائلتي في شقة ضيقة منذ سنوات." },
			{ "HOUSING.FUNCTION", "Logement de fonction", "Affecté loin de ma famille, je loue une chambre." },
			{ "TRANSFER.FAMILY", "تقريب من العائلة", "زوجتي تعمل في ولاية أخرى." },
			{ "TRANSFER.HEALTH", "Mutation pour raison de santé", "Mon fils est suivi à l'hôpital de Blida." },
			{ "FINANCIAL_AID.EMERGENCY", "مساعدة مالية استعجالية", "مصاريف علاج مستعجلة." },
			{ "FINANCIAL_AID.LOAN", "سلفة اجتماعية", "ترميم المنزل بعد الأمطار." },
			{ "FAMILY.DISABILITY", "تكفل بطفل في وضعية إعاقة", "ابني يحتاج مركزًا متخصصًا." },
			{ "HEALTH.TREATMENT", "Prise en charge de soins", "Une intervention coûteuse." },
			{ "WORK.SCHEDULE", "تعديل توقيت العمل", "أرعى والدتي المريضة." },
			{ "WORK.SUPERIOR", "علاقة مع المسؤول", "خلاف مع المسؤول المباشر." },
			{ "TRAINING", "Accès à une formation", "Formation en secourisme." },
			{ "HOLIDAYS", "مخيم صيفي للأطفال", "تسجيل الأطفال في المخيم." },
			{ "OTHER", "نقل مدرسي", "لا توجد وسيلة نقل إلى المدرسة." } };

	private static final Outcome[] OUTCOMES = { Outcome.GRANTED, Outcome.GRANTED, Outcome.PARTLY_GRANTED,
			Outcome.REFUSED, Outcome.NOT_COMPETENT };

	private void chunk(int n, int offset, int total, Pool algiers, List<Pool> others, Random rnd, Instant now,
			java.util.Map<String, Categories.Category> leaves) {
		List<Long> ids = jdbc.sql("select nextval('welfare_concern_id_seq') from generate_series(1, ?)").param(n)
			.query(Long.class).list();
		List<Object[]> concerns = new ArrayList<>();
		List<Object[]> answers = new ArrayList<>();
		List<BulkCases.Opening> openings = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			long id = ids.get(i);
			int k = offset + i;
			Pool pool = k % 10 == 0 ? algiers : others.get(rnd.nextInt(others.size()));
			String[] s = SAMPLES[rnd.nextInt(SAMPLES.length)];
			Categories.Category category = leaves.get(s[0]);
			// spread over the past year, the newest last; ten days' worth are still in hand
			Instant at = now.minus(Duration.ofMinutes((long) (365L * 24 * 60 * (total - k) / (double) total)));
			Priority priority = rnd.nextInt(10) < 8 ? Priority.NORMAL : Priority.HIGH;
			int level = rnd.nextInt(100);
			Confidentiality conf = level < 90 ? Confidentiality.NORMAL : level < 98 ? Confidentiality.RESTRICTED
					: Confidentiality.SEALED;
			String owner = s[0].equals("WORK.SUPERIOR") || conf == Confidentiality.SEALED ? pool.head()
					: pool.officers().get(rnd.nextInt(pool.officers().size()));
			Duration age = Duration.between(at, now);
			Instant responded = null;
			Instant moved = at;
			List<ConcernState> path;
			Decision decision = null;
			if (age.toHours() < 20) {
				path = List.of(ASSIGNED);
			}
			else {
				responded = at.plus(Duration.ofHours(2 + rnd.nextInt(18)));
				if (age.toDays() < 10) {
					moved = responded.plus(Duration.between(responded, now).dividedBy(2));
					path = switch (rnd.nextInt(10)) {
						case 0, 1 -> List.of(ASSIGNED, IN_PROGRESS, WAITING_MEMBER);
						case 2 -> List.of(ASSIGNED, IN_PROGRESS, WAITING_THIRD_PARTY);
						case 3, 4 -> List.of(ASSIGNED, IN_PROGRESS, DECIDED);
						default -> List.of(ASSIGNED, IN_PROGRESS);
					};
				}
				else {
					moved = responded.plus(Duration.ofDays(3 + rnd.nextInt(7)));
					path = List.of(ASSIGNED, IN_PROGRESS, DECIDED, CLOSED);
				}
				if (path.contains(DECIDED)) {
					Outcome o = OUTCOMES[rnd.nextInt(OUTCOMES.length)];
					decision = Decision.of(o, "bulk", null, "المصلحة الولائية للشؤون الاجتماعية",
							LocalDate.ofInstant(moved, dz.sanad.platform.Formats.ZONE));
				}
				answers.add(new Object[] { id, owner, responded.toString() });
			}
			ConcernState state = path.get(path.size() - 1);
			String rating = state == CLOSED && rnd.nextInt(3) == 0 ? String.valueOf(2 + rnd.nextInt(4)) : null;
			concerns.add(new Object[] { id, Concern.reference(id, at), pool.members().get(rnd.nextInt(pool.members().size())),
					category.code(), k % 7 == 0 ? "COUNTER" : "PORTAL", s[1], s[2], priority.name(), conf.name(),
					conf == Confidentiality.SEALED ? owner : null, pool.wilaya(), pool.unit(), state.name(), owner,
					at.toString(), rating });
			openings.add(new BulkCases.Opening(id, policies.of(category.root(), priority.name()), owner, at, path,
					responded, moved, decision));
		}
		insertConcerns(concerns);
		jdbc.sql("""
				insert into welfare_message (concern_id, from_member, author, kind, body, at)
				select u.id, false, u.author, 'ANSWER', 'تم استلام طلبكم وهو قيد الدراسة.', u.at::timestamptz
				from unnest(?::bigint[], ?::text[], ?::text[]) u(id, author, at)""")
			.params(column(answers, 0, true), column(answers, 1, false), column(answers, 2, false)).update();
		bulk.openAll(WelfareCases.TYPE, openings, now);
	}

	private void insertConcerns(List<Object[]> rows) {
		List<Object> p = new ArrayList<>();
		boolean[] numeric = { true, false, true, false, false, false, false, false, false, false, false, true, false,
				false, false, false };
		for (int c = 0; c < numeric.length; c++) {
			p.add(column(rows, c, numeric[c]));
		}
		jdbc.sql("""
				insert into welfare_concern (id, reference, member_id, category_code, channel, subject, description,
				  priority, confidentiality, sealed_to, wilaya_code, unit_id, state, assigned_to, submitted_at, rating)
				select u.id, u.ref, u.member, u.cat, u.channel, u.subject, u.description, u.priority, u.conf, u.sealed,
				  u.wilaya, u.unit, u.state, u.owner, u.at::timestamptz, u.rating::smallint
				from unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
				  ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
				  u(id, ref, member, cat, channel, subject, description, priority, conf, sealed, wilaya, unit, state,
				    owner, at, rating)""").params(p).update();
	}

	private static Object column(List<Object[]> rows, int c, boolean numeric) {
		return numeric ? rows.stream().map(r -> (Long) r[c]).toArray(Long[]::new)
				: rows.stream().map(r -> (String) r[c]).toArray(String[]::new);
	}
}
