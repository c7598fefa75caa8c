package dz.sanad.people;

import dz.sanad.access.AccountService;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.platform.DemoDataContributor;
import dz.sanad.territory.Territory;
import dz.sanad.territory.Wilaya;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Synthetic but realistic members: Arabic names with their usual Latin spellings, every wilaya, establishment
 * staff (a head and an assistant per establishment) and families. Deterministic (fixed seed) so demo and tests
 * see the same people. The demo "member" account is linked to a member of Algiers with a spouse and three children.
 */
@Component
class PeopleDemoData implements DemoDataContributor {

	static final String[][] MALE = { { "محمد", "Mohamed" }, { "أحمد", "Ahmed" }, { "عبد القادر", "Abdelkader" },
			{ "يوسف", "Youcef" }, { "كريم", "Karim" }, { "سمير", "Samir" }, { "رضا", "Reda" }, { "عمر", "Omar" },
			{ "إسماعيل", "Ismail" }, { "مراد", "Mourad" }, { "نور الدين", "Noureddine" }, { "بلال", "Bilal" },
			{ "حمزة", "Hamza" }, { "رياض", "Riad" }, { "فاروق", "Farouk" }, { "عبد الرحمن", "Abderrahmane" },
			{ "مصطفى", "Mustapha" }, { "سفيان", "Sofiane" }, { "ياسين", "Yacine" }, { "خالد", "Khaled" } };

	static final String[][] FEMALE = { { "فاطمة", "Fatima" }, { "أمينة", "Amina" }, { "خديجة", "Khadidja" },
			{ "نسيمة", "Nassima" }, { "سعاد", "Souad" }, { "ليلى", "Leila" }, { "مريم", "Meriem" },
			{ "إيمان", "Imane" }, { "سارة", "Sarah" }, { "حياة", "Hayat" }, { "نادية", "Nadia" }, { "زهرة", "Zohra" },
			{ "أسماء", "Asma" }, { "وهيبة", "Wahiba" }, { "رانية", "Rania" }, { "صبرينة", "Sabrina" } };

	static final String[][] LAST = { { "بن علي", "Benali" }, { "بوعلام", "Boualem" }, { "حداد", "Haddad" },
			{ "سعيدي", "Saidi" }, { "بلقاسم", "Belkacem" }, { "مزيان", "Meziane" }, { "بن عيسى", "Benaissa" },
			{ "زروقي", "Zerrouki" }, { "شريف", "Cherif" }, { "بوزيد", "Bouzid" }, { "عمراني", "Amrani" },
			{ "قاسمي", "Kacemi" }, { "بن يوسف", "Benyoucef" }, { "خليفي", "Khelifi" }, { "دحماني", "Dahmani" },
			{ "رحماني", "Rahmani" }, { "بوشامة", "Bouchama" }, { "لعربي", "Larbi" }, { "مسعودي", "Messaoudi" },
			{ "بن شيخ", "Bencheikh" }, { "طالبي", "Talbi" }, { "عثماني", "Otmani" }, { "بوعزة", "Bouazza" },
			{ "فرحات", "Ferhat" }, { "حمادي", "Hamadi" }, { "إبراهيمي", "Brahimi" }, { "بن حمو", "Benhammou" },
			{ "قادري", "Kaddouri" }, { "سليماني", "Slimani" }, { "بوخالفة", "Boukhalfa" } };

	private final Members members;

	private final FamilyMembers family;

	private final Organisation organisation;

	private final Territory territory;

	private final AccountService accounts;

	private final NationalPeopleGenerator national;

	PeopleDemoData(Members members, FamilyMembers family, Organisation organisation, Territory territory,
			AccountService accounts, NationalPeopleGenerator national) {
		this.national = national;
		this.members = members;
		this.family = family;
		this.organisation = organisation;
		this.territory = territory;
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return "people";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	@Transactional
	public void seed(Scale scale) {
		Random rnd = new Random(2026);
		int[] seq = { 100000 };
		// staff: a head and an assistant for every establishment
		for (Unit u : organisation.activeOfKinds(UnitKind.ESTABLISHMENTS)) {
			MemberFunction head = switch (u.getKind()) {
				case CULTURAL_CENTRE -> MemberFunction.HEAD_CULTURAL_CENTRE;
				case CHILD_CARE -> MemberFunction.HEAD_CHILD_CARE;
				case SPORTS_CLUB -> MemberFunction.COACH;
				case SOCIAL_MEDICAL_CENTRE -> MemberFunction.PSYCHOLOGIST;
				default -> MemberFunction.SOCIAL_OFFICER;
			};
			MemberFunction assistant = switch (u.getKind()) {
				case CULTURAL_CENTRE -> MemberFunction.ASSISTANT_CULTURAL_CENTRE;
				case CHILD_CARE -> MemberFunction.ASSISTANT_CHILD_CARE;
				case SPORTS_CLUB -> MemberFunction.COACH;
				case SOCIAL_MEDICAL_CENTRE -> MemberFunction.NURSE;
				default -> MemberFunction.EDUCATOR;
			};
			withFamily(newMember(rnd, seq, u.getWilayaCode(), u.getId(), head), rnd);
			withFamily(newMember(rnd, seq, u.getWilayaCode(), u.getId(), assistant), rnd);
		}
		// operational members in every wilaya, assigned to the wilaya's security service
		int perWilaya = 12; // the national scale adds its bulk afterwards (NationalPeopleGenerator)
		for (Wilaya w : territory.wilayas()) {
			Long sw = organisation.findByCode("SW-" + w.getCode()).map(Unit::getId).orElse(null);
			for (int i = 0; i < perWilaya; i++) {
				MemberFunction f = i % 6 == 0 ? MemberFunction.ADMINISTRATIVE : MemberFunction.OPERATIONAL;
				withFamily(newMember(rnd, seq, w.getCode(), sw, f), rnd);
			}
		}
		// the demo member account: a brigadier-chef in Algiers with a spouse and three children
		Long sw16 = organisation.findByCode("SW-16").map(Unit::getId).orElse(null);
		Member me = new Member("M-16-0001", "كريم", "بن علي", "M", "16");
		me.setFirstNameLat("Karim");
		me.setLastNameLat("Benali");
		me.setNin("119850160000123456");
		me.setBirthDate(LocalDate.of(1985, 3, 14));
		me.setGrade(Grade.BRIGADIER_CHEF);
		me.setFunction(MemberFunction.OPERATIONAL);
		me.setUnitId(sw16);
		me.setPhone("+213550123456");
		members.save(me);
		child(me, Relation.SPOUSE, "نسيمة", "حداد", "Nassima", "Haddad", "F", LocalDate.of(1988, 7, 2));
		child(me, Relation.CHILD, "ياسين", "بن علي", "Yacine", "Benali", "M", LocalDate.of(2013, 5, 20));
		child(me, Relation.CHILD, "مريم", "بن علي", "Meriem", "Benali", "F", LocalDate.of(2015, 9, 1));
		child(me, Relation.CHILD, "عمر", "بن علي", "Omar", "Benali", "M", LocalDate.of(2019, 1, 11));
		accounts.linkMember("member", me.getId());
		if (scale == Scale.NATIONAL) {
			members.flush();
			family.flush();
			national.generate(rnd); // 250,000 members and 1,000,000 relatives in all, through COPY
		}
	}

	private Member newMember(Random rnd, int[] seq, String wilaya, Long unitId, MemberFunction function) {
		boolean male = rnd.nextInt(100) < 78;
		String[] first = male ? MALE[rnd.nextInt(MALE.length)] : FEMALE[rnd.nextInt(FEMALE.length)];
		String[] last = LAST[rnd.nextInt(LAST.length)];
		int n = seq[0]++;
		Member m = new Member("M" + n, first[0], last[0], male ? "M" : "F", wilaya);
		m.setFirstNameLat(first[1]);
		m.setLastNameLat(last[1]);
		LocalDate birth = LocalDate.of(1965 + rnd.nextInt(35), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
		m.setBirthDate(birth);
		m.setNin(String.format("1%02d%s%013d", birth.getYear() % 100, wilaya, n));
		m.setGrade(Grade.values()[Math.min(rnd.nextInt(6) + rnd.nextInt(5), Grade.values().length - 1)]);
		m.setFunction(function);
		m.setUnitId(unitId);
		m.setPhone("+2135" + (50000000 + rnd.nextInt(49999999)));
		return members.save(m);
	}

	private void withFamily(Member m, Random rnd) {
		if (m.getBirthDate().getYear() > 1998 || rnd.nextInt(10) == 0) {
			return; // young or single
		}
		boolean male = "M".equals(m.getSex());
		String[] spouseFirst = male ? FEMALE[rnd.nextInt(FEMALE.length)] : MALE[rnd.nextInt(MALE.length)];
		String[] spouseLast = LAST[rnd.nextInt(LAST.length)];
		child(m, Relation.SPOUSE, spouseFirst[0], spouseLast[0], spouseFirst[1], spouseLast[1], male ? "F" : "M",
				m.getBirthDate().plusYears(2 + rnd.nextInt(4)));
		int children = rnd.nextInt(5);
		String lastAr = male ? m.getLastNameAr() : spouseLast[0];
		String lastLat = male ? m.getLastNameLat() : spouseLast[1];
		for (int i = 0; i < children; i++) {
			boolean boy = rnd.nextBoolean();
			String[] first = boy ? MALE[rnd.nextInt(MALE.length)] : FEMALE[rnd.nextInt(FEMALE.length)];
			LocalDate birth = LocalDate.of(Math.min(2024, m.getBirthDate().getYear() + 26 + rnd.nextInt(14)),
					1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
			FamilyMember c = child(m, Relation.CHILD, first[0], lastAr, first[1], lastLat, boy ? "M" : "F", birth);
			c.setDisability(rnd.nextInt(40) == 0);
			c.setSchoolLevel(schoolLevel(c.ageOn(LocalDate.now())));
		}
	}

	private FamilyMember child(Member m, Relation relation, String firstAr, String lastAr, String firstLat,
			String lastLat, String sex, LocalDate birth) {
		FamilyMember f = new FamilyMember(m.getId(), relation, firstAr, lastAr, sex, birth);
		f.setFirstNameLat(firstLat);
		f.setLastNameLat(lastLat);
		return family.save(f);
	}

	static String schoolLevel(int age) {
		if (age < 6) {
			return "PRESCHOOL";
		}
		if (age < 11) {
			return "PRIMARY";
		}
		if (age < 15) {
			return "MIDDLE";
		}
		if (age < 18) {
			return "SECONDARY";
		}
		return "HIGHER";
	}

	static List<String[]> lastNames() {
		return List.of(LAST);
	}
}
