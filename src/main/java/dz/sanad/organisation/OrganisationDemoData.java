package dz.sanad.organisation;

import dz.sanad.platform.DemoDataContributor;
import dz.sanad.territory.Territory;
import dz.sanad.territory.Wilaya;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

/**
 * Demo establishments under each wilaya's security service: a cultural & recreational centre and a child-care
 * institution everywhere, sports clubs in the larger wilayas, holiday centres on the coast and a social-medical
 * centre in a few. The national scale reaches 600 establishments.
 */
@Component
class OrganisationDemoData implements DemoDataContributor {

	static final Set<String> COASTAL = Set.of("06", "13", "15", "18", "21", "23", "27", "31", "35", "36", "42", "46");

	static final Set<String> LARGE = Set.of("16", "31", "25", "09", "19", "06", "15", "13", "05", "30");

	private final Organisation organisation;

	private final Territory territory;

	OrganisationDemoData(Organisation organisation, Territory territory) {
		this.organisation = organisation;
		this.territory = territory;
	}

	@Override
	public String name() {
		return "organisation";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	@Transactional
	public void seed(Scale scale) {
		List<Wilaya> wilayas = territory.wilayas();
		for (Wilaya w : wilayas) {
			String c = w.getCode();
			String sw = "SW-" + c;
			add("CCL-" + c + "-1", UnitKind.CULTURAL_CENTRE, "المركز الثقافي والترفيهي للأمن الوطني - " + w.getNameAr(),
					"Centre culturel et de loisirs de la Sûreté nationale – " + w.getNameFr(), sw, c, 300);
			add("EPE-" + c + "-1", UnitKind.CHILD_CARE, "مؤسسة الاستقبال ورعاية الطفولة - " + w.getNameAr(),
					"Établissement d'accueil et de protection de l'enfance – " + w.getNameFr(), sw, c, 80);
			if (LARGE.contains(c) || scale == Scale.NATIONAL) {
				add("CLUB-" + c + "-1", UnitKind.SPORTS_CLUB, "النادي الرياضي للأمن الوطني - " + w.getNameAr(),
						"Association sportive de la Sûreté nationale – " + w.getNameFr(), sw, c, null);
			}
			if (COASTAL.contains(c)) {
				add("CV-" + c + "-1", UnitKind.HOLIDAY_CENTRE, "المخيم الصيفي للأمن الوطني - " + w.getNameAr(),
						"Centre de vacances de la Sûreté nationale – " + w.getNameFr(), sw, c, 200);
			}
			if (LARGE.contains(c)) {
				add("CMS-" + c + "-1", UnitKind.SOCIAL_MEDICAL_CENTRE, "المركز الطبي الاجتماعي - " + w.getNameAr(),
						"Centre médico-social – " + w.getNameFr(), sw, c, null);
			}
		}
		if (scale == Scale.NATIONAL) {
			// top up to 600 establishments: more centres, crèches and clubs, round-robin over the wilayas
			int count = (int) organisation.activeOfKinds(UnitKind.ESTABLISHMENTS).size();
			int n = 2;
			while (count < 600) {
				for (Wilaya w : wilayas) {
					if (count >= 600) {
						break;
					}
					String c = w.getCode();
					UnitKind kind = switch (count % 3) {
						case 0 -> UnitKind.CULTURAL_CENTRE;
						case 1 -> UnitKind.CHILD_CARE;
						default -> UnitKind.SPORTS_CLUB;
					};
					String prefix = kind == UnitKind.CULTURAL_CENTRE ? "CCL" : kind == UnitKind.CHILD_CARE ? "EPE" : "CLUB";
					add(prefix + "-" + c + "-" + n, kind, kind == UnitKind.SPORTS_CLUB
							? "فرع رياضي " + n + " - " + w.getNameAr() : "المؤسسة " + n + " - " + w.getNameAr(),
							(kind == UnitKind.SPORTS_CLUB ? "Section sportive " : "Établissement ") + n + " – "
									+ w.getNameFr(), "SW-" + c, c, 100);
					count++;
				}
				n++;
			}
		}
	}

	private void add(String code, UnitKind kind, String ar, String fr, String parent, String wilaya, Integer cap) {
		Unit u = organisation.ensure(code, kind, ar, fr, parent, wilaya);
		if (cap != null && u.getCapacity() == null) {
			u.update(u.getNameAr(), u.getNameFr(), u.getWilayaCode(), null, null, null, cap);
		}
	}
}
