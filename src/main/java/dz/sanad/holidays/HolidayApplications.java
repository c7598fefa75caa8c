package dz.sanad.holidays;

import dz.sanad.audit.AuditTrail;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Violations;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import jakarta.persistence.criteria.Predicate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Applications: applying for a place, reading and listing them in the user's scope, and what the applicant and
 * the directorate do with one afterwards (confirm, appeal and its answer, the directorate's criteria values).
 */
@Service
@Transactional(readOnly = true)
public class HolidayApplications {

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ]{7,16}$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	public record ApplicationForm(Long memberId, OfferKind kind, Long childId, Long choice1, Long choice2,
			Long choice3, Boolean together, Boolean fit, String medicalNotes, String emergencyName1,
			String emergencyPhone1, String emergencyName2, String emergencyPhone2, String contactEmail) {
	}

	public record ApplicationFilter(Long seasonId, ApplicationStatus status, String wilayaCode, Long shiftId,
			OfferKind kind, Boolean appeal) {
	}

	private final Applications applications;

	private final HolidaySeasons seasons;

	private final HolidayOffers offers;

	private final People people;

	private final HolidaysAccess access;

	private final AuditTrail audit;

	private final JsonMapper json;

	HolidayApplications(Applications applications, HolidaySeasons seasons, HolidayOffers offers, People people,
			HolidaysAccess access, AuditTrail audit, JsonMapper json) {
		this.applications = applications;
		this.seasons = seasons;
		this.offers = offers;
		this.people = people;
		this.access = access;
		this.audit = audit;
		this.json = json;
	}

	/** Children of a member, for the application form (the user must be allowed to see the member). */
	public List<FamilyMember> childrenOf(SanadUser user, Long memberId) {
		people.memberFor(user, memberId);
		return people.familyOf(memberId).stream().filter(FamilyMember::isChild).toList();
	}

	/** A member found by matricule, if the user may act for them (a wilaya officer: its wilaya). */
	public Optional<Member> memberByMatricule(SanadUser user, String matricule) {
		if (blank(matricule)) {
			return Optional.empty();
		}
		return people.byMatricule(matricule.trim()).filter(m -> people.canSee(user, m));
	}

	public Member memberFor(SanadUser user, Long memberId) {
		return people.memberFor(user, memberId);
	}

	@Transactional
	public Application apply(SanadUser user, Long seasonId, ApplicationForm f) {
		Season season = seasons.season(seasonId);
		if (!season.acceptsApplications(HolidaySeasons.today())) {
			throw BusinessException.onField("seasonId", "holidays.error.window-closed", fmt(season.getApplyFrom()),
					fmt(season.getApplyUntil()));
		}
		Long memberId = user.role() == Role.MEMBER ? user.memberId() : f.memberId();
		if (memberId == null) {
			throw BusinessException.onField("memberId", "holidays.error.member-required");
		}
		Member member = people.memberFor(user, memberId);
		OfferKind kind = f.kind() == null ? OfferKind.CAMP : f.kind();
		// every broken rule of the form is reported together, each next to its field
		Violations v = new Violations();
		List<Long> choices = new ArrayList<>();
		Long[] raw = { f.choice1(), f.choice2(), f.choice3() };
		for (int i = 0; i < raw.length; i++) {
			if (raw[i] != null && !v.onField(choices.contains(raw[i]), "choice" + (i + 1),
					"holidays.error.choice-duplicate", i + 1)) {
				choices.add(raw[i]);
			}
		}
		v.onField(choices.isEmpty(), "choice1", "holidays.error.choice-required");
		Map<Long, ShiftView> seasonShifts = offers.shiftViews(seasonId).stream()
			.collect(Collectors.toMap(x -> x.shift().getId(), Function.identity()));
		FamilyMember child = null;
		if (kind == OfferKind.CAMP) {
			if (!v.onField(f.childId() == null, "childId", "holidays.error.child-required")) {
				child = people.familyOf(member.getId()).stream()
					.filter(c -> c.getId().equals(f.childId()) && c.isChild()).findFirst()
					.orElseThrow(() -> BusinessException.onField("childId", "holidays.error.not-your-child"));
				v.onField(applications.existsBySeasonIdAndChildId(seasonId, child.getId()), "childId",
						"holidays.error.duplicate", child.fullNameAr());
			}
		}
		else {
			v.onField(applications.existsBySeasonIdAndMemberIdAndKind(seasonId, memberId, OfferKind.TRIP), "kind",
					"holidays.error.duplicate-trip");
		}
		for (int i = 0; i < raw.length; i++) {
			if (raw[i] == null) {
				continue;
			}
			ShiftView sv = seasonShifts.get(raw[i]);
			if (v.onField(sv == null || sv.offer().getKind() != kind, "choice" + (i + 1), "holidays.error.choice-invalid",
					i + 1)) {
				continue;
			}
			if (child != null) {
				int age = child.ageOn(sv.shift().getStartsOn());
				v.onField(!sv.offer().acceptsAge(age), "choice" + (i + 1), "holidays.error.age", child.fullNameAr(), age,
						i + 1, sv.offer().getAgeMin(), sv.offer().getAgeMax());
			}
		}
		v.onField(blank(f.emergencyName1()), "emergencyName1", "holidays.error.emergency-required");
		try {
			checkPhone("emergencyPhone1", f.emergencyPhone1(), true);
		}
		catch (BusinessException e) {
			v.add(e);
		}
		try {
			checkPhone("emergencyPhone2", f.emergencyPhone2(), false);
		}
		catch (BusinessException e) {
			v.add(e);
		}
		v.onField(!blank(f.contactEmail()) && !EMAIL.matcher(f.contactEmail().trim()).matches(), "contactEmail",
				"holidays.error.email");
		v.onField(kind == OfferKind.CAMP && f.fit() != null && !f.fit() && blank(f.medicalNotes()), "medicalNotes",
				"holidays.error.medical-notes");
		v.throwIfAny();
		Application a = new Application(seasonId, kind, memberId, child == null ? null : child.getId(),
				member.getWilayaCode(), choices, Boolean.TRUE.equals(f.together()), user.getUsername());
		a.details(f.fit() == null || f.fit(), trim(f.medicalNotes()), f.emergencyName1().trim(),
				f.emergencyPhone1().trim(), trim(f.emergencyName2()), trim(f.emergencyPhone2()),
				blank(f.contactEmail()) ? member.getEmail() : f.contactEmail().trim());
		try {
			applications.saveAndFlush(a);
		}
		catch (DataIntegrityViolationException e) { // a second click at the same moment
			throw BusinessException.onField("childId", "holidays.error.duplicate", child == null ? "" : child.fullNameAr());
		}
		audit.record("CREATE", "holiday_application", a.getId(), member.getMatricule(), null, a.snapshot());
		return a;
	}

	private static void checkPhone(String field, String phone, boolean required) {
		if (blank(phone)) {
			if (required) {
				throw BusinessException.onField(field, "holidays.error.phone");
			}
			return;
		}
		if (!PHONE.matcher(phone.trim()).matches()) {
			throw BusinessException.onField(field, "holidays.error.phone");
		}
	}

	public Application application(Long id) {
		return applications.findById(id).orElseThrow(() -> new NotFoundException("application " + id));
	}

	/** The application, or 403 when the user may not see it. */
	public Application applicationFor(SanadUser user, Long id) {
		Application a = application(id);
		access.requireSee(user, a);
		return a;
	}

	public Page<Application> search(SanadUser user, ApplicationFilter f, Pageable pageable) {
		return applications.findAll(spec(user, f), pageable);
	}

	public List<Application> searchAll(SanadUser user, ApplicationFilter f) {
		return applications.findAll(spec(user, f), Sort.by("seasonId", "rank", "id"));
	}

	public List<Application> mine(SanadUser user) {
		if (user.memberId() == null) {
			return List.of();
		}
		return applications.findByMemberIdOrderBySeasonIdDescIdAsc(user.memberId());
	}

	private Specification<Application> spec(SanadUser user, ApplicationFilter f) {
		Specification<Application> filters = (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (f.seasonId() != null) {
				p.add(cb.equal(root.get("seasonId"), f.seasonId()));
			}
			if (f.status() != null) {
				p.add(cb.equal(root.get("status"), f.status()));
			}
			if (!blank(f.wilayaCode())) {
				p.add(cb.equal(root.get("wilayaCode"), f.wilayaCode()));
			}
			if (f.shiftId() != null) {
				p.add(cb.equal(root.get("placedShiftId"), f.shiftId()));
			}
			if (f.kind() != null) {
				p.add(cb.equal(root.get("kind"), f.kind()));
			}
			if (Boolean.TRUE.equals(f.appeal())) {
				p.add(cb.isNotNull(root.get("appealStatus")));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
		return access.visibleApplications(user).and(filters);
	}

	/** Rows with names for a page or an export (one query per kind of record, not per row). */
	public List<ApplicationRow> rows(List<Application> apps) {
		Map<Long, Member> members = people.members(apps.stream().map(Application::getMemberId).collect(
				Collectors.toSet()));
		Map<Long, FamilyMember> children = people.familyMembers(apps.stream().map(Application::getChildId)
			.filter(Objects::nonNull).collect(Collectors.toSet()));
		Map<Long, ShiftView> views = new HashMap<>();
		apps.stream().map(Application::getSeasonId).distinct()
			.forEach(s -> offers.shiftViews(s).forEach(v -> views.put(v.shift().getId(), v)));
		List<ApplicationRow> rows = new ArrayList<>(apps.size());
		for (Application a : apps) {
			Member m = members.get(a.getMemberId());
			FamilyMember c = a.getChildId() == null ? null : children.get(a.getChildId());
			ShiftView placed = a.getPlacedShiftId() == null ? null : views.get(a.getPlacedShiftId());
			Integer age = null; // on the shift's first day once placed, today otherwise
			if (c != null) {
				age = c.ageOn(placed == null ? HolidaySeasons.today() : placed.shift().getStartsOn());
			}
			rows.add(new ApplicationRow(a, m == null ? "" : m.getMatricule(), m == null ? "" : m.fullNameAr()
					+ (m.getFirstNameLat() == null ? "" : " / " + m.fullNameLat()),
					c == null ? null : c.fullNameAr() + (c.getFirstNameLat() == null ? "" : " / " + c.name(Locale.FRENCH)),
					c == null ? null : c.getSex(), age, placed));
		}
		return rows;
	}

	public Optional<Explanation> explanation(Application a) {
		if (a.getExplanation() == null) {
			return Optional.empty();
		}
		return Optional.of(json.readValue(a.getExplanation(), Explanation.class));
	}

	@Transactional
	public void confirm(SanadUser user, Long id) {
		Application a = lockedFor(user, id);
		Map<String, Object> before = a.snapshot();
		a.confirm(HolidaySeasons.today());
		audit.record("CONFIRM", "holiday_application", id, null, before, a.snapshot());
	}

	@Transactional
	public void appeal(SanadUser user, Long id, String text) {
		Application a = lockedFor(user, id);
		Map<String, Object> before = a.snapshot();
		a.appeal(text, seasons.season(a.getSeasonId()).acceptsAppeals(HolidaySeasons.today()));
		audit.record("APPEAL", "holiday_application", id, null, before, a.snapshot());
	}

	@Transactional
	public void answerAppeal(SanadUser user, Long id, boolean accepted, String answer) {
		Application a = lockedFor(user, id);
		Map<String, Object> before = a.snapshot();
		a.answerAppeal(accepted, answer);
		audit.record("APPEAL_ANSWER", "holiday_application", id, answer, before, a.snapshot());
	}

	/** Values of the directorate's own criteria for one application, 0..10 each (used by the next run). */
	@Transactional
	public void setManualValues(SanadUser user, Long id, Map<String, Integer> values) {
		Application a = lockedFor(user, id);
		Set<String> manual = seasons.criteria(a.getSeasonId()).stream()
			.filter(c -> c.getSource() == CriterionSource.MANUAL)
			.map(Criterion::getCode).collect(Collectors.toSet());
		StringBuilder sb = new StringBuilder();
		for (var e : values.entrySet()) {
			if (!manual.contains(e.getKey())) {
				throw BusinessException.onField("code", "holidays.error.criterion-unknown", e.getKey());
			}
			if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 10) {
				throw BusinessException.onField(e.getKey(), "holidays.error.manual-value", e.getKey());
			}
			sb.append(sb.isEmpty() ? "" : ";").append(e.getKey()).append('=').append(e.getValue());
		}
		Map<String, Object> before = a.snapshot();
		a.setManualPoints(sb.isEmpty() ? null : sb.toString());
		audit.record("UPDATE", "holiday_application", id, "manual criteria", before, a.snapshot());
	}

	/** The application locked for an update, or 403 when the user may not see it. */
	Application lockedFor(SanadUser user, Long id) {
		Application a = applications.findLocked(id).orElseThrow(() -> new NotFoundException("application " + id));
		access.requireSee(user, a);
		return a;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return blank(s) ? null : s.trim();
	}

	private static String fmt(LocalDate d) {
		return d == null ? "" : d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	/** The age the application's child will have on a day, or null for a family trip (no child). */
	Integer childAgeOn(Application a, LocalDate day) {
		return a.getChildId() == null ? null : people.findFamilyMember(a.getChildId()).map(c -> c.ageOn(day)).orElse(null);
	}
}
