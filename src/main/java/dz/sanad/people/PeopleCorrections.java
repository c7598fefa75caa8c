package dz.sanad.people;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Scope;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Notifications;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Self-service corrections: a member asks, a wilaya social officer (or the DGSN social directorate) accepts — and
 * the record is corrected with the same checks as an edit — or refuses with a reason.
 */
@Service
@Transactional
public class PeopleCorrections {

	public record Filter(CorrectionStatus status, String wilayaCode) {
	}

	private final Corrections corrections;

	private final Members members;

	private final FamilyMembers family;

	private final People people;

	private final PeopleAdmin admin;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final Notifications notifications;

	private final MessageSource messages;

	PeopleCorrections(Corrections corrections, Members members, FamilyMembers family, People people,
			PeopleAdmin admin, Organisation organisation, AuditTrail audit, Notifications notifications,
			MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
		this.corrections = corrections;
		this.members = members;
		this.family = family;
		this.people = people;
		this.admin = admin;
		this.organisation = organisation;
		this.audit = audit;
	}

	/** A member asks for a correction of their own record or one of their family's. */
	public Correction request(SanadUser user, Long familyMemberId, CorrectionField field, String value,
			String comment) {
		if (user.role() != Role.MEMBER || user.memberId() == null) {
			throw new AccessDeniedException("self-service only");
		}
		Member m = people.member(user.memberId());
		if (field == null) {
			throw BusinessException.onField("field", "correction.error.field");
		}
		if (value == null || value.isBlank() || value.length() > 300) {
			throw BusinessException.onField("requestedValue", "correction.error.value");
		}
		String current;
		if (familyMemberId != null) {
			FamilyMember f = people.familyMemberInScope(user, m.getId(), familyMemberId);
			if (!f.isActive()) {
				throw new NotFoundException("family member " + familyMemberId);
			}
			if (!field.appliesToFamily()) {
				throw BusinessException.onField("field", "correction.error.field");
			}
			current = read(f, field);
		}
		else {
			if (field == CorrectionField.SCHOOL_LEVEL) {
				throw BusinessException.onField("field", "correction.error.field");
			}
			current = read(m, field);
		}
		validate(field, value.trim());
		Correction c = new Correction(m.getId(), familyMemberId, field, current, value.trim(),
				PeopleAdmin.blankToNull(comment), user.getUsername());
		corrections.saveAndFlush(c);
		audit.record("CREATE", "correction", c.getId(), m.getMatricule() + " " + field, null, c.snapshot());
		return c;
	}

	@Transactional(readOnly = true)
	public List<Correction> mine(SanadUser user) {
		return user.memberId() == null ? List.of() : corrections.findByMemberIdOrderByRequestedAtDesc(user.memberId());
	}

	@Transactional(readOnly = true)
	public List<Correction> ofMember(SanadUser user, Long memberId) {
		people.memberFor(user, memberId);
		return corrections.findByMemberIdOrderByRequestedAtDesc(memberId);
	}

	@Transactional(readOnly = true)
	public Page<Correction> search(SanadUser user, Filter f, Pageable pageable) {
		return corrections.findAll(spec(user, f), pageable);
	}

	@Transactional(readOnly = true)
	public List<Correction> searchAll(SanadUser user, Filter f) {
		return corrections.findAll(spec(user, f), Sort.by(Sort.Direction.DESC, "requestedAt"));
	}

	private Specification<Correction> spec(SanadUser user, Filter f) {
		Scope scope = organisation.scopeOf(user);
		List<Long> units = user.role() == Role.ESTABLISHMENT_HEAD ? organisation.unitIdsIn(scope) : null;
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			Subquery<Long> sq = query.subquery(Long.class);
			Root<Member> m = sq.from(Member.class);
			List<Predicate> mp = new ArrayList<>();
			mp.add(cb.equal(m.get("id"), root.get("memberId")));
			if (user.role() == Role.WILAYA_OFFICER) {
				mp.add(cb.equal(m.get("wilayaCode"), scope.wilayaCode() == null ? "--" : scope.wilayaCode()));
			}
			else if (!user.role().isNational()) {
				mp.add(units == null || units.isEmpty() ? cb.disjunction() : m.get("unitId").in(units));
			}
			if (f.wilayaCode() != null && !f.wilayaCode().isBlank()) {
				mp.add(cb.equal(m.get("wilayaCode"), f.wilayaCode()));
			}
			sq.select(m.get("id")).where(mp.toArray(Predicate[]::new));
			p.add(cb.exists(sq));
			if (f.status() != null) {
				p.add(cb.equal(root.get("status"), f.status()));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	public Correction accept(SanadUser user, Long id, String note) {
		Correction c = decidable(user, id);
		Map<String, Object> before = c.snapshot();
		c.accept(user.getUsername(), note);
		String value = c.getRequestedValue();
		if (c.getFamilyMemberId() != null) {
			FamilyMember f = people.familyMember(c.getFamilyMemberId());
			Map<String, Object> fb = f.snapshot();
			write(f, c.getField(), value);
			family.saveAndFlush(f);
			audit.record("UPDATE", "family-member", f.getId(), f.fullNameAr(), fb, f.snapshot());
		}
		else {
			Member m = people.member(c.getMemberId());
			Map<String, Object> mb = m.snapshot();
			write(m, c.getField(), value);
			members.saveAndFlush(m);
			audit.record("UPDATE", "member", m.getId(), m.getMatricule(), mb, m.snapshot());
		}
		corrections.saveAndFlush(c);
		audit.record("ACCEPT", "correction", c.getId(), String.valueOf(c.getField()), before, c.snapshot());
		tell(c, "correction.notify.accepted");
		return c;
	}

	public Correction refuse(SanadUser user, Long id, String reason) {
		Correction c = decidable(user, id);
		Map<String, Object> before = c.snapshot();
		c.refuse(user.getUsername(), reason);
		corrections.saveAndFlush(c);
		audit.record("REFUSE", "correction", c.getId(), String.valueOf(c.getField()), before, c.snapshot());
		tell(c, "correction.notify.refused");
		return c;
	}

	/** The member learns the decision in the inbox, with the field in their language and the officer's reason. */
	private void tell(Correction c, String key) {
		notifications.toMember(c.getMemberId(), "/people/me", locale -> messages.getMessage(key, new Object[] {
				messages.getMessage(c.getField().messageKey(), null, locale),
				c.getReason() == null ? "" : c.getReason() }, locale));
	}

	private Correction decidable(SanadUser user, Long id) {
		Correction c = corrections.findById(id).orElseThrow(() -> new NotFoundException("correction " + id));
		Member m = people.memberFor(user, c.getMemberId());
		if (!admin.canEdit(user, m)) {
			throw new AccessDeniedException("correction outside scope");
		}
		return c;
	}

	private static void validate(CorrectionField field, String v) {
		switch (field) {
			case BIRTH_DATE -> PersonRules.date(v).filter(d -> !d.isAfter(LocalDate.now()))
				.orElseThrow(() -> BusinessException.onField("requestedValue", "person.error.date"));
			case PHONE -> PersonRules.e164(v)
				.orElseThrow(() -> BusinessException.onField("requestedValue", "person.error.phone"));
			case EMAIL -> {
				if (!PersonRules.validEmail(v)) {
					throw BusinessException.onField("requestedValue", "person.error.email");
				}
			}
			default -> {
				if (v.length() > 100) {
					throw BusinessException.onField("requestedValue", "correction.error.value");
				}
			}
		}
	}

	private static String read(Member m, CorrectionField f) {
		return switch (f) {
			case FIRST_NAME_AR -> m.getFirstNameAr();
			case LAST_NAME_AR -> m.getLastNameAr();
			case FIRST_NAME_LAT -> m.getFirstNameLat();
			case LAST_NAME_LAT -> m.getLastNameLat();
			case BIRTH_DATE -> m.getBirthDate() == null ? null : m.getBirthDate().toString();
			case PHONE -> m.getPhone();
			case EMAIL -> m.getEmail();
			case SCHOOL_LEVEL -> null;
		};
	}

	private static String read(FamilyMember m, CorrectionField f) {
		return switch (f) {
			case FIRST_NAME_AR -> m.getFirstNameAr();
			case LAST_NAME_AR -> m.getLastNameAr();
			case FIRST_NAME_LAT -> m.getFirstNameLat();
			case LAST_NAME_LAT -> m.getLastNameLat();
			case BIRTH_DATE -> m.getBirthDate() == null ? null : m.getBirthDate().toString();
			case SCHOOL_LEVEL -> m.getSchoolLevel();
			default -> null;
		};
	}

	private static void write(Member m, CorrectionField f, String v) {
		validate(f, v);
		switch (f) {
			case FIRST_NAME_AR -> m.setFirstNameAr(v);
			case LAST_NAME_AR -> m.setLastNameAr(v);
			case FIRST_NAME_LAT -> m.setFirstNameLat(v);
			case LAST_NAME_LAT -> m.setLastNameLat(v);
			case BIRTH_DATE -> m.setBirthDate(PersonRules.date(v).orElseThrow());
			case PHONE -> m.setPhone(PersonRules.e164(v).orElseThrow());
			case EMAIL -> m.setEmail(v);
			case SCHOOL_LEVEL -> throw BusinessException.onField("field", "correction.error.field");
		}
	}

	private static void write(FamilyMember m, CorrectionField f, String v) {
		validate(f, v);
		switch (f) {
			case FIRST_NAME_AR -> m.setFirstNameAr(v);
			case LAST_NAME_AR -> m.setLastNameAr(v);
			case FIRST_NAME_LAT -> m.setFirstNameLat(v);
			case LAST_NAME_LAT -> m.setLastNameLat(v);
			case BIRTH_DATE -> m.setBirthDate(PersonRules.date(v).orElseThrow());
			case SCHOOL_LEVEL -> m.setSchoolLevel(v);
			default -> throw BusinessException.onField("field", "correction.error.field");
		}
	}
}
