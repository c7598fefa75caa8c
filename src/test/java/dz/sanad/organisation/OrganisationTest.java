package dz.sanad.organisation;

import dz.sanad.audit.AuditSearch;
import dz.sanad.platform.BusinessException;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class OrganisationTest {

	@Autowired
	Organisation organisation;

	@Autowired
	AuditSearch audit;

	@Test
	void referenceTreeHasTheCentresAndOneSecurityServicePerWilaya() {
		assertThat(organisation.findByCode("CNFPS-BIRKHADEM")).get().extracting(Unit::getKind)
			.isEqualTo(UnitKind.TRAINING_CENTRE);
		assertThat(organisation.findByCode("CNFPH-CONSTANTINE")).isPresent();
		assertThat(organisation.activeOfKinds(java.util.EnumSet.of(UnitKind.WILAYA_SERVICE))).hasSize(69);
		Unit sw16 = organisation.findByCode("SW-16").orElseThrow();
		Unit centre = organisation.findByCode("CCL-16-1").orElseThrow();
		assertThat(sw16.contains(centre)).isTrue();
		assertThat(organisation.isWithin(centre.getId(), sw16.getId())).isTrue();
		assertThat(organisation.isWithin(centre.getId(), organisation.findByCode("SW-31").orElseThrow().getId())).isFalse();
	}

	@Test
	void createsAnEstablishmentInheritingTheWilayaAndAuditsIt() {
		UnitForm f = form("CCL-16-TEST", UnitKind.CULTURAL_CENTRE, "SW-16");
		Unit u = organisation.create(f);
		assertThat(u.getWilayaCode()).isEqualTo("16");
		assertThat(u.getPath()).startsWith(organisation.findByCode("SW-16").orElseThrow().getPath()).endsWith("/" + u.getId() + "/");
		assertThat(audit.forRecord("unit", u.getId().toString())).extracting("action").containsExactly("CREATE");
	}

	@Test
	void refusesAWrongParentKindAnUnknownWilayaAndADuplicateCode() {
		assertThatThrownBy(() -> organisation.create(form("CCL-X", UnitKind.CULTURAL_CENTRE, "CNFPS-BIRKHADEM")))
			.isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("unit.error.parent-kind");
		UnitForm badWilaya = form("CCL-Y", UnitKind.CULTURAL_CENTRE, "SW-16");
		badWilaya.setWilayaCode("99");
		assertThatThrownBy(() -> organisation.create(badWilaya)).isInstanceOf(BusinessException.class)
			.extracting("field").isEqualTo("wilayaCode");
		assertThatThrownBy(() -> organisation.create(form("SW-16", UnitKind.WILAYA_SERVICE, "DGSN")))
			.isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("unit.error.code-taken");
		UnitForm otherWilaya = form("CCL-Z", UnitKind.CULTURAL_CENTRE, "SW-16");
		otherWilaya.setWilayaCode("31");
		assertThatThrownBy(() -> organisation.create(otherWilaya)).isInstanceOf(BusinessException.class)
			.extracting("messageKey").isEqualTo("unit.error.wilaya-mismatch");
	}

	@Test
	void movingAUnitMovesItsWholeSubtree() {
		Unit antenna = organisation.create(form("ANT-TEST", UnitKind.TRAINING_ANTENNA, "CNFPS-BIRKHADEM"));
		Unit other = organisation.findByCode("CNFPH-CONSTANTINE").orElseThrow();
		UnitForm move = UnitForm.of(antenna);
		move.setParentId(other.getId());
		move.setWilayaCode("31");
		organisation.update(antenna.getId(), move);
		Unit moved = organisation.get(antenna.getId());
		assertThat(moved.getPath()).isEqualTo(other.getPath() + antenna.getId() + "/");
		assertThat(organisation.isWithin(antenna.getId(), other.getId())).isTrue();
	}

	@Test
	void aUnitWithActiveChildrenCannotBeDeactivated() {
		Unit sw = organisation.findByCode("SW-42").orElseThrow();
		assertThatThrownBy(() -> organisation.deactivate(sw.getId())).isInstanceOf(BusinessException.class)
			.extracting("messageKey").isEqualTo("unit.error.active-children");
		Unit leaf = organisation.create(form("EPE-42-TEST", UnitKind.CHILD_CARE, "SW-42"));
		organisation.deactivate(leaf.getId());
		assertThat(organisation.get(leaf.getId()).isActive()).isFalse();
		assertThatThrownBy(() -> organisation.deactivate(leaf.getId())).isInstanceOf(BusinessException.class);
	}

	private UnitForm form(String code, UnitKind kind, String parentCode) {
		UnitForm f = new UnitForm();
		f.setCode(code);
		f.setKind(kind);
		f.setNameAr("وحدة " + code);
		f.setNameFr("Unité " + code);
		f.setParentId(organisation.findByCode(parentCode).orElseThrow().getId());
		return f;
	}
}
