package dz.sanad.people;

import dz.sanad.audit.AuditTrail;
import dz.sanad.documents.Pdf;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Formats;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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

	private final People people;

	private final Consents consents;

	private final Corrections corrections;

	private final List<PersonalDataSource> sources;

	private final AuditTrail audit;

	private final Pdf pdf;

	private final PersonalDataView view;

	PersonalData(People people, Consents consents, Corrections corrections, List<PersonalDataSource> sources,
			AuditTrail audit, Pdf pdf, PersonalDataView view) {
		this.view = view;
		this.people = people;
		this.consents = consents;
		this.corrections = corrections;
		this.sources = sources;
		this.audit = audit;
		this.pdf = pdf;
	}

	/**
	 * The export as an ordered map (serialised as JSON by the API), in the reader's language: who it is about, a
	 * summary (how many records each section holds), then each section's records as rows of a stable field name,
	 * a translated label and a translated value. No internal ids.
	 */
	public Map<String, Object> collect(SanadUser user, Long memberId, Long familyMemberId) {
		Locale locale = LocaleContextHolder.getLocale();
		Member m = people.member(memberId);
		check(user, m);
		FamilyMember subject = familyMemberId == null ? null : people.findFamilyMember(familyMemberId)
			.filter(f -> f.getMemberId().equals(memberId))
			.orElseThrow(() -> new NotFoundException("family member " + familyMemberId));
		List<PersonalDataView.Section> sections = sections(m, subject).stream()
			.map(s -> view.section(s.titleKey(), s.records(), locale)).toList();
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("kind", subject == null ? "member" : "family-member");
		about.put("nameAr", subject == null ? m.fullNameAr() : subject.fullNameAr());
		about.put("nameLat", subject == null ? m.fullNameLat() : subject.name(Locale.FRENCH));
		about.put("matricule", m.getMatricule());
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("law", "18-07 / 25-11");
		out.put("generatedAt", OffsetDateTime.now(Formats.ZONE).truncatedTo(ChronoUnit.SECONDS).toString());
		out.put("generatedBy", user.getUsername());
		out.put("language", locale.getLanguage());
		out.put("subject", about);
		out.put("summary", sections.stream().map(s -> Map.of("section", s.section(), "title", s.title(),
				"count", s.count())).toList());
		out.put("sections", sections);
		audit.record("READ", subject == null ? "member" : "family-member",
				subject == null ? memberId : familyMemberId, "right of access export", null, null);
		return out;
	}

	@SuppressWarnings("unchecked")
	public byte[] pdf(SanadUser user, Long memberId, Long familyMemberId, Locale locale) {
		Map<String, Object> data = collect(user, memberId, familyMemberId);
		Map<String, Object> model = new LinkedHashMap<>((Map<String, Object>) data.get("subject"));
		OffsetDateTime at = OffsetDateTime.parse((String) data.get("generatedAt"));
		model.put("generatedAt", new Formats().dateTime(at));
		model.put("generatedBy", data.get("generatedBy"));
		model.put("reference", "DA-" + at.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + "-"
				+ (familyMemberId == null ? memberId : memberId + "." + familyMemberId));
		model.put("sections", data.get("sections"));
		model.put("rtl", "ar".equals(locale.getLanguage()));
		return pdf.render("pdf/people-access", model, locale);
	}

	private void check(SanadUser user, Member m) {
		boolean allowed = user.role() == Role.DPO
				|| (user.role() == Role.MEMBER && m.getId().equals(user.memberId()));
		if (!allowed) {
			// someone else's record answers like one that does not exist
			throw new NotFoundException("member " + m.getId());
		}
	}

	/** What is held, section by section, as stored (the view translates it). */
	private record Section(String titleKey, List<Map<String, Object>> records) {
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
