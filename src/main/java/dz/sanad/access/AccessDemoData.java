package dz.sanad.access;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.DemoDataContributor;
import dz.sanad.platform.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One demo account per role, password sanad-demo-2026, listed in the README. Demo mode only. */
@Component
class AccessDemoData implements DemoDataContributor {

	static final String PASSWORD = "sanad-demo-2026";

	private final AccountService accounts;

	private final Organisation organisation;

	AccessDemoData(AccountService accounts, Organisation organisation) {
		this.accounts = accounts;
		this.organisation = organisation;
	}

	@Override
	public String name() {
		return "access";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	@Transactional
	public void seed(Scale scale) {
		add("admin", "مدير النظام — Administrateur", Role.ADMIN, null);
		add("ministry", "مسؤول التكوين بالوزارة — Responsable formation", Role.TRAINING_MANAGER, "MSNFCF-DF");
		add("centre", "منسق المركز — Coordinateur CNFPS", Role.CENTRE_COORDINATOR, "CNFPS-BIRKHADEM");
		add("trainer", "مكوّن — Formateur", Role.TRAINER, "CNFPS-BIRKHADEM");
		add("dgsn", "المديرية الاجتماعية — Direction sociale DGSN", Role.DGSN_SOCIAL, "DGSN");
		add("wilaya16", "المكلف بالشؤون الاجتماعية - أمن ولاية الجزائر", Role.WILAYA_OFFICER, "SW-16");
		// the welfare module's ladder in Algiers: the head of the wilaya social service and a second officer
		add("social16", "رئيس المصلحة الولائية للشؤون الاجتماعية - الجزائر", Role.WILAYA_OFFICER, "SW-16");
		add("wilaya16b", "مكلف ثان بالشؤون الاجتماعية - أمن ولاية الجزائر", Role.WILAYA_OFFICER, "SW-16");
		add("head", "رئيس المركز الثقافي - الجزائر", Role.ESTABLISHMENT_HEAD, "CCL-16-1");
		add("member", "منتسب — Fonctionnaire", Role.MEMBER, "SW-16");
		add("psychologist", "أخصائي نفساني — Psychologue", Role.PSYCHOLOGIST, "CMS-16-1");
		add("health", "مسؤول الصحة — Responsable santé", Role.HEALTH_OFFICER, "CMS-16-1");
		// a second psychologist of the same centre, never assigned to the first one's cases
		add("psychologist2", "أخصائي نفساني ثان — Psychologue 2", Role.PSYCHOLOGIST, "CMS-16-1");
		add("psylead", "مسؤول المتابعة النفسية — Responsable psychologie", Role.PSYCHOLOGY_LEAD, null);
		add("physician", "طبيب المركز — Médecin du centre", Role.PHYSICIAN, "CMS-16-1");
		add("committee", "لجنة المتابعة — Comité de suivi", Role.COMMITTEE, null);
		// the committee's two co-chairs, one per party (steering decides who chairs)
		add("cochair.ministry", "الرئيس المشارك عن الوزارة — Coprésident ministère", Role.COMMITTEE, null);
		add("cochair.dgsn", "الرئيس المشارك عن المديرية العامة للأمن الوطني — Coprésident DGSN", Role.COMMITTEE, null);
		add("dpo", "مندوب حماية المعطيات — DPD", Role.DPO, null);
	}

	private void add(String username, String name, Role role, String unitCode) {
		if (accounts.exists(username)) {
			return;
		}
		AccountForm f = new AccountForm();
		f.setUsername(username);
		f.setFullName(name);
		f.setRole(role);
		f.setPassword(PASSWORD);
		f.setScopeUnitId(unitCode == null ? null : organisation.findByCode(unitCode).map(Unit::getId).orElse(null));
		accounts.create(f, true);
	}
}
