package dz.sanad.welfare;

import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.DemoDataContributor;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.function.Consumer;

/**
 * Welfare demo: the Algiers social service (wilaya16 and wilaya16b officers, social16 its head, dgsn the central
 * level), a routing rule (complaints about a superior go to the head), and Karim Benali's concerns in several states.
 */
@Component
class WelfareDemoData implements DemoDataContributor {

	private final Handlers handlers;

	private final MemberConcerns members;

	private final ConcernHandling handling;

	private final People people;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	private final WelfareBulkData bulk;

	WelfareDemoData(Handlers handlers, MemberConcerns members, ConcernHandling handling, People people,
			UserDetailsService users, JdbcClient jdbc, WelfareBulkData bulk) {
		this.bulk = bulk;
		this.handlers = handlers;
		this.members = members;
		this.handling = handling;
		this.people = people;
		this.users = users;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "welfare";
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	@Transactional
	public void seed(Scale scale) {
		handlers.ensure("wilaya16", "16", Handlers.Level.OFFICER);
		handlers.ensure("wilaya16b", "16", Handlers.Level.OFFICER);
		handlers.ensure("social16", "16", Handlers.Level.HEAD);
		handlers.ensure("dgsn", null, Handlers.Level.CENTRAL);
		jdbc.sql("insert into welfare_route (category_code, wilaya_code, username) values ('WORK.SUPERIOR', '16', "
				+ "'social16') on conflict do nothing").update();
		Member karim = people.byMatricule("M-16-0001").orElse(null);
		if (karim == null) {
			return;
		}
		concern(karim, "HOUSING.SOCIAL", "طلب سكن اجتماعي", "أسكن مع عائلتي في غرفة واحدة منذ ثلاث سنوات.",
				Priority.NORMAL, Confidentiality.NORMAL, c -> { });
		concern(karim, "FINANCIAL_AID.EMERGENCY", "مساعدة مالية لعلاج ابني", "ابني يحتاج عملية جراحية مستعجلة.",
				Priority.HIGH, Confidentiality.RESTRICTED,
				c -> as(c, u -> handling.answer(u, c.getId(), "تم استلام طلبكم، الملف قيد الدراسة.")));
		concern(karim, "TRANSFER.FAMILY", "Demande de mutation vers Blida", "Mon épouse travaille à Blida.",
				Priority.NORMAL, Confidentiality.NORMAL,
				c -> as(c, u -> handling.requestDocument(u, c.getId(), "يرجى إرفاق شهادة عمل الزوجة.")));
		concern(karim, "HOLIDAYS", "مخيم صيفي للأطفال", "أرغب في تسجيل أطفالي في المخيم الصيفي.",
				Priority.NORMAL, Confidentiality.NORMAL, c -> as(c, u -> {
					handling.answer(u, c.getId(), "تمت دراسة طلبكم.");
					DecisionForm d = new DecisionForm();
					d.setOutcome(Outcome.GRANTED);
					d.setGrounds("الطلب مستوفٍ للشروط.");
					d.setAuthority("المصلحة الولائية للشؤون الاجتماعية");
					handling.decide(u, c.getId(), d);
					handling.close(u, c.getId());
				}));
		others();
		if (scale == Scale.NATIONAL) {
			bulk.generate(NATIONAL_CONCERNS, (SanadUser) users.loadUserByUsername("dgsn"));
		}
	}

	/** The national dataset's concerns (the 500,000; bench/scenarios/concerns works on them). */
	static final int NATIONAL_CONCERNS = 500_000;

	private static final String[][] SAMPLES = {
			{ "HOUSING.SOCIAL", "طلب الاستفادة من سكن اجتماعي", "أقطن مع والديّ وأطفالي الثلاثة في شقة من غرفتين." },
			{ "HOUSING.FUNCTION", "Logement de fonction", "Affecté loin de ma famille, je loue une chambre très chère." },
			{ "TRANSFER.HEALTH", "تحويل لأسباب صحية", "زوجتي تتابع علاجًا في مستشفى البليدة." },
			{ "FINANCIAL_AID.LOAN", "سلفة اجتماعية لترميم المنزل", "تضرر سقف المنزل بعد الأمطار الأخيرة." },
			{ "FAMILY.DISABILITY", "Prise en charge d'un enfant handicapé", "Mon fils a besoin d'un centre spécialisé." },
			{ "FAMILY.BEREAVEMENT", "وفاة الوالد", "أطلب مساعدة لتغطية مصاريف الجنازة." },
			{ "HEALTH.TREATMENT", "Soins à l'étranger", "Une intervention non disponible en Algérie." },
			{ "WORK.SCHEDULE", "تعديل توقيت العمل", "أرعى والدتي المريضة وأطلب مناوبة نهارية." },
			{ "TRAINING", "Accès à une formation", "Je souhaite suivre la formation en secourisme." },
			{ "HOLIDAYS", "عطلة عائلية", "أطلب الاستفادة من مخيم عائلي هذا الصيف." },
			{ "OTHER", "نقل مدرسي للأطفال", "لا توجد وسيلة نقل لأطفالي إلى المدرسة." } };

	/** Two dozen concerns of other Algiers members, brought to different stages. */
	private void others() {
		SanadUser officer = (SanadUser) users.loadUserByUsername("wilaya16");
		java.util.List<Member> algiers = people.lookup(officer, null, "16", 24).stream()
			.filter(m -> !"M-16-0001".equals(m.getMatricule())).toList();
		java.util.Random rnd = new java.util.Random(70);
		for (int i = 0; i < algiers.size(); i++) {
			String[] s = SAMPLES[i % SAMPLES.length];
			int stage = i % 6;
			Confidentiality level = i % 7 == 3 ? Confidentiality.RESTRICTED : Confidentiality.NORMAL;
			Priority priority = Priority.values()[rnd.nextInt(10) < 7 ? 0 : 1 + rnd.nextInt(2)];
			concern(algiers.get(i), s[0], s[1], s[2], priority, level, c -> as(c, u -> advance(u, c, stage)));
		}
	}

	private void advance(SanadUser u, Concern c, int stage) {
		if (stage >= 1) {
			handling.answer(u, c.getId(), "تم استلام طلبكم وهو قيد الدراسة.");
		}
		switch (stage) {
			case 2 -> handling.requestDocument(u, c.getId(), "يرجى إرفاق الوثائق الثبوتية.");
			case 3 -> handling.waitThirdParty(u, c.getId(), "في انتظار رأي مصلحة المستخدمين");
			case 4, 5 -> {
				DecisionForm d = new DecisionForm();
				d.setOutcome(stage == 4 ? Outcome.PARTLY_GRANTED : Outcome.REFUSED);
				d.setGrounds(stage == 4 ? "قبول جزئي في حدود الإمكانيات المتاحة." : "الطلب لا يستوفي الشروط.");
				d.setAuthority("المصلحة الولائية للشؤون الاجتماعية - الجزائر");
				handling.decide(u, c.getId(), d);
				if (stage == 5) {
					handling.close(u, c.getId());
				}
			}
			default -> {
			}
		}
	}

	private void concern(Member m, String category, String subject, String text, Priority priority,
			Confidentiality level, Consumer<Concern> then) {
		ConcernForm f = new ConcernForm();
		f.setCategoryCode(category);
		f.setSubject(subject);
		f.setDescription(text);
		f.setPriority(priority);
		f.setConfidentiality(level);
		then.accept(members.create(f, Channel.PORTAL, m.getId(), null, m.getWilayaCode(), null));
	}

	/** Runs a step as the concern's handler, as if signed in (the engine and the audit name them). */
	private void as(Concern c, Consumer<SanadUser> step) {
		if (c.getAssignedTo() == null) {
			return;
		}
		SanadUser u = (SanadUser) users.loadUserByUsername(c.getAssignedTo());
		var before = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
		SecurityContextHolder.getContext().setAuthentication(
				new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
		try {
			step.accept(u);
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}
}
