package dz.sanad.health;

import ca.uhn.fhir.context.FhirContext;
import dz.sanad.health.HealthAccess.Person;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.Subject;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneId;
import java.util.Date;

/**
 * The person's record as a FHIR R4 collection Bundle (Patient, Condition, Encounter), for future exchange with the
 * Ministry of Health, built with HAPI FHIR's R4 structures. Immunization resources come from the vaccination part
 * once it publishes its API. Same reader rules as the record page (a parent never gets a confidential
 * consultation) and logged as a read. Diagnoses and prescriptions stay out: an Encounter carries its type and
 * date, a Condition its code, status and onset.
 */
@Service
@Transactional
public class FhirExport {

	static final String CONDITION_SYSTEM = "http://id.who.int/icd/release/11/mms";

	static final String ID_SYSTEM = "urn:sanad:registry";

	/** Building a FHIR context scans the model once and is thread-safe afterwards. */
	private static final FhirContext FHIR = FhirContext.forR4();

	private final HealthCare care;

	FhirExport(HealthCare care) {
		this.care = care;
	}

	public String json(SanadUser user, Subject s) {
		HealthCare.View view = care.open(user, s);
		Person p = view.person();
		Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
		Patient patient = new Patient();
		patient.setId(Subjects.key(s));
		patient.addIdentifier().setSystem(ID_SYSTEM).setValue(Subjects.key(s));
		var name = p.relative() == null ? p.household() : null;
		HumanName hn = new HumanName().setText(p.nameAr());
		if (name != null && name.getLastNameLat() != null) {
			hn.setFamily(name.getLastNameLat()).addGiven(name.getFirstNameLat());
		}
		else if (p.relative() != null && p.relative().getLastNameLat() != null) {
			hn.setFamily(p.relative().getLastNameLat()).addGiven(p.relative().getFirstNameLat());
		}
		patient.addName(hn);
		patient.setGender("F".equals(p.sex()) ? Enumerations.AdministrativeGender.FEMALE
				: Enumerations.AdministrativeGender.MALE);
		if (p.birthDate() != null) {
			patient.setBirthDateElement(new DateType(p.birthDate().toString()));
		}
		add(bundle, patient);
		Reference subject = new Reference("Patient/" + patient.getIdPart());
		for (Problem pr : view.problems()) {
			Condition c = new Condition();
			c.setId("condition-" + pr.getId());
			c.setSubject(subject);
			c.setCode(new CodeableConcept(new Coding(CONDITION_SYSTEM, pr.getCode(), null)));
			String clinical = switch (pr.getStatus()) {
				case ACTIVE, CHRONIC -> "active";
				case RESOLVED -> "resolved";
			};
			c.setClinicalStatus(new CodeableConcept(new Coding(
					"http://terminology.hl7.org/CodeSystem/condition-clinical", clinical, null)));
			if (pr.getOnset() != null) {
				c.setOnset(new DateTimeType(pr.getOnset().toString()));
			}
			add(bundle, c);
		}
		for (Visit v : view.visits()) {
			Encounter e = new Encounter();
			e.setId("encounter-" + v.getId());
			e.setStatus(Encounter.EncounterStatus.FINISHED);
			e.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
			e.addType(new CodeableConcept(new Coding("urn:sanad:visit-type", v.getType().name(), null)));
			e.setSubject(subject);
			Date day = Date.from(v.getVisitedOn().atStartOfDay(ZoneId.of("Africa/Algiers")).toInstant());
			e.setPeriod(new Period().setStart(day));
			add(bundle, e);
		}
		return FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
	}

	private static void add(Bundle b, Resource r) {
		b.addEntry().setFullUrl("urn:sanad:" + r.getResourceType().name() + "/" + r.getIdElement().getIdPart())
			.setResource(r);
	}
}
