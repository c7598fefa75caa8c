package dz.sanad.people;

import dz.sanad.audit.AuditTrail;
import dz.sanad.documents.Pdf;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The right of access: everything Sanad holds on one person, as JSON or PDF. The data protection officer may ask for
 * anyone; a member for themself and their own family. Every export is audited as a read.
 */
@Service
@Transactional
public class PersonalData {

	/** One section of the export: a title and its records. */
	public record Section(String titleKey, List<Map<String, Object>> records) {
	}

	private final People people;

	private final Consents consents;

	private final Corrections corrections;

	private final List<PersonalDataSource> sources;

	private final AuditTrail audit;

	private final Pdf pdf;

	PersonalData(People people, Consents consents, Corrections corrections, List<PersonalDataSource> sources,
			AuditTrail audit, Pdf pdf) {
		this.people = people;
		this.consents = consents;
		this.corrections = corrections;
		this.sources = sources;
		this.audit = audit;
		this.pdf = pdf;
	}

	/** The export as an ordered map (serialised as JSON by the API). */
	public Map<String, Object> collect(SanadUser user, Long memberId, Long familyMemberId) {
		Member m = people.member(memberId);
		check(user, m);
		FamilyMember subject = null;
		if (familyMemberId != null) {
			subject = people.familyMember(familyMemberId);
			if (!subject.getMemberId().equals(memberId)) {
				throw new NotFoundException("family member " + familyMemberId);
			}
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("generatedAt", Instant.now().toString());
		out.put("generatedBy", user.getUsername());
		out.put("law", "18-07 / 25-11");
		for (Section s : sections(m, subject)) {
			out.put(s.titleKey(), s.records());
		}
		audit.record("READ", subject == null ? "member" : "family-member",
				subject == null ? memberId : familyMemberId, "right of access export", null, null);
		return out;
	}

	public byte[] pdf(SanadUser user, Long memberId, Long familyMemberId, Locale locale) {
		Map<String, Object> data = collect(user, memberId, familyMemberId);
		Member m = people.member(memberId);
		FamilyMember f = familyMemberId == null ? null : people.familyMember(familyMemberId);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("subjectName", f == null ? m.fullNameAr() : f.fullNameAr());
		model.put("subjectNameLat", f == null ? m.fullNameLat() : f.name(Locale.FRENCH));
		model.put("matricule", m.getMatricule());
		model.put("generatedAt", data.get("generatedAt"));
		model.put("generatedBy", data.get("generatedBy"));
		List<Section> sections = new ArrayList<>();
		data.forEach((k, v) -> {
			if (v instanceof List<?> list) {
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> records = (List<Map<String, Object>>) list;
				sections.add(new Section(k, records));
			}
		});
		model.put("sections", sections);
		model.put("rtl", "ar".equals(locale.getLanguage()));
		return pdf.render("pdf/people-access", model, locale);
	}

	private void check(SanadUser user, Member m) {
		boolean allowed = user.role() == Role.DPO
				|| (user.role() == Role.MEMBER && m.getId().equals(user.memberId()));
		if (!allowed) {
			throw new AccessDeniedException("right of access: dpo or the person themself");
		}
	}

	private List<Section> sections(Member m, FamilyMember subject) {
		List<Section> out = new ArrayList<>();
		if (subject == null) {
			out.add(new Section("access.section.member", List.of(m.snapshot())));
			out.add(new Section("access.section.family", people.familyOf(m.getId()).stream()
				.map(FamilyMember::snapshot).toList()));
			out.add(new Section("access.section.consents", consents.findByMemberIdOrderByRecordedAtDesc(m.getId())
				.stream().map(Consent::snapshot).toList()));
			out.add(new Section("access.section.corrections", corrections
				.findByMemberIdOrderByRequestedAtDesc(m.getId()).stream().map(Correction::snapshot).toList()));
		}
		else {
			out.add(new Section("access.section.family-member", List.of(subject.snapshot())));
			Map<String, Object> household = new LinkedHashMap<>();
			household.put("matricule", m.getMatricule());
			household.put("firstNameAr", m.getFirstNameAr());
			household.put("lastNameAr", m.getLastNameAr());
			out.add(new Section("access.section.household", List.of(household)));
			out.add(new Section("access.section.consents", consents.findByMemberIdOrderByRecordedAtDesc(m.getId())
				.stream().filter(c -> subject.getId().equals(c.getFamilyMemberId())).map(Consent::snapshot).toList()));
			out.add(new Section("access.section.corrections", corrections
				.findByMemberIdOrderByRequestedAtDesc(m.getId()).stream()
				.filter(c -> subject.getId().equals(c.getFamilyMemberId())).map(Correction::snapshot).toList()));
		}
		for (PersonalDataSource s : sources) {
			out.add(new Section(s.sectionKey(), s.recordsFor(m.getId(), subject == null ? null : subject.getId())));
		}
		return out;
	}
}
