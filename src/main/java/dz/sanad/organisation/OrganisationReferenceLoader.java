package dz.sanad.organisation;

import dz.sanad.territory.Territory;
import dz.sanad.territory.Wilaya;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The real structure both parties start from: the ministry's training centres and the DGSN with one security
 * service per wilaya. Inserted only when a code is missing, so an administrator's later edits are kept.
 */
@Component
@Order(1)
class OrganisationReferenceLoader implements ApplicationRunner {

	private final Units units;

	private final Organisation organisation;

	private final Territory territory;

	OrganisationReferenceLoader(Units units, Organisation organisation, Territory territory) {
		this.units = units;
		this.organisation = organisation;
		this.territory = territory;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Set<String> existing = units.findAll().stream().map(Unit::getCode).collect(Collectors.toSet());
		ensure(existing, "MSNFCF", UnitKind.MINISTRY, "وزارة التضامن الوطني والأسرة وقضايا المرأة",
				"Ministère de la Solidarité nationale, de la Famille et de la Condition de la femme", null, "16");
		ensure(existing, "MSNFCF-DF", UnitKind.TRAINING_DIRECTORATE, "المديرية المركزية للتكوين",
				"Direction centrale de la formation", "MSNFCF", "16");
		ensure(existing, "CNFPS-BIRKHADEM", UnitKind.TRAINING_CENTRE,
				"المركز الوطني لتكوين المستخدمين المتخصصين - بئر خادم",
				"Centre national de formation des personnels spécialisés – Birkhadem", "MSNFCF", "16");
		ensure(existing, "CNFPH-CONSTANTINE", UnitKind.TRAINING_CENTRE,
				"المركز الوطني لتكوين المستخدمين المتخصصين في مؤسسات المعوقين - قسنطينة",
				"Centre national de formation des personnels spécialisés des établissements pour handicapés – Constantine",
				"MSNFCF", "25");
		ensure(existing, "CNFPS-ANT-ORAN", UnitKind.TRAINING_ANTENNA, "ملحقة وهران", "Antenne d'Oran",
				"CNFPS-BIRKHADEM", "31");
		ensure(existing, "CNFPH-ANT-OUARGLA", UnitKind.TRAINING_ANTENNA, "ملحقة ورقلة", "Antenne de Ouargla",
				"CNFPH-CONSTANTINE", "30");
		ensure(existing, "DGSN", UnitKind.DGSN, "المديرية العامة للأمن الوطني",
				"Direction générale de la Sûreté nationale", null, "16");
		ensure(existing, "DGSN-DSASS", UnitKind.DGSN_DIRECTORATE,
				"مديرية الصحة والنشاط الاجتماعي والرياضات",
				"Direction de la santé, de l'action sociale et des sports", "DGSN", "16");
		for (Wilaya w : territory.wilayas()) {
			ensure(existing, "SW-" + w.getCode(), UnitKind.WILAYA_SERVICE, "أمن ولاية " + w.getNameAr(),
					"Sûreté de wilaya de " + w.getNameFr(), "DGSN", w.getCode());
		}
	}

	private void ensure(Set<String> existing, String code, UnitKind kind, String nameAr, String nameFr,
			String parent, String wilaya) {
		if (!existing.contains(code)) {
			organisation.ensure(code, kind, nameAr, nameFr, parent, wilaya);
			existing.add(code);
		}
	}
}
