package dz.sanad.holidays;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Scope;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Formats;
import dz.sanad.platform.Like;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.territory.Territory;
import jakarta.persistence.criteria.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * The holidays module's API: seasons and their published rules, offers, applications, the allocation and what
 * follows it (confirmations, withdrawals, waiting lists, overrides, appeals), lists and the season report.
 */
@Service
@Transactional(readOnly = true)
public class Holidays {

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ]{7,16}$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

	public record SeasonForm(Integer year, String nameAr, String nameFr, @DateTimeFormat(iso = ISO.DATE) LocalDate applyFrom,
			@DateTimeFormat(iso = ISO.DATE) LocalDate applyUntil, @DateTimeFormat(iso = ISO.DATE) LocalDate appealsUntil,
			Integer confirmDays) {
	}

	public record CriterionForm(String code, String nameAr, String nameFr, Integer weight) {
	}

	public record OfferForm(OfferKind kind, Long centreUnitId, String siteNameAr, String siteNameFr, String partner,
			String destination, Integer ageMin, Integer ageMax, Integer contributionDzd, Integer seatsPerFamily) {
	}

	public record ShiftForm(String label, @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
			@DateTimeFormat(iso = ISO.DATE) LocalDate endsOn, Integer capacity) {
	}

	public record BusForm(String wilayaCode, String label, Integer seats, String departsAt) {
	}

	public record ApplicationForm(Long memberId, OfferKind kind, Long childId, Long choice1, Long choice2,
			Long choice3, Boolean together, Boolean fit, String medicalNotes, String emergencyName1,
			String emergencyPhone1, String emergencyName2, String emergencyPhone2, String contactEmail) {
	}

	/** The seasons list's filters: a status, a year, a text found in either name (all optional). */
	public record SeasonFilter(SeasonStatus status, Integer year, String q) {
	}

	public record ApplicationFilter(Long seasonId, ApplicationStatus status, String wilayaCode, Long shiftId,
			OfferKind kind, Boolean appeal) {
	}

	/** A shift with its offer, for choices and lists. */
	public record ShiftView(Shift shift, Offer offer) {
		public String label(Locale locale) {
			return offer.name(locale) + " — " + shift.getLabel();
		}
	}

	/** An application with the names a page shows. */
	public record ApplicationRow(Application app, String matricule, String memberName, String childName,
			String childSex, Integer age, ShiftView placed) {
	}

	private final Seasons seasons;

	private final Criteria criteria;

	private final Offers offers;

	private final Shifts shifts;

	private final Buses buses;

	private final Quotas quotas;

	private final Applications applications;

	private final Runs runs;

	private final ShiftPlaces places;

	private final People people;

	private final Organisation organisation;

	private final Territory territory;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	Holidays(Seasons seasons, Criteria criteria, Offers offers, Shifts shifts, Buses buses, Quotas quotas,
			Applications applications, Runs runs, ShiftPlaces places, People people, Organisation organisation,
			Territory territory, AuditTrail audit, ApplicationEventPublisher events, JsonMapper json,
			JdbcClient jdbc) {
		this.seasons = seasons;
		this.criteria = criteria;
		this.offers = offers;
		this.shifts = shifts;
		this.buses = buses;
		this.quotas = quotas;
		this.applications = applications;
		this.runs = runs;
		this.places = places;
		this.people = people;
		this.organisation = organisation;
		this.territory = territory;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.jdbc = jdbc;
	}

	static LocalDate today() {
		return LocalDate.now(Formats.ZONE);
	}

	// ---------------------------------------------------------------- seasons and rules

	public List<Season> seasons() {
		return seasons.findAllByOrderByYearDescIdDesc();
	}

	/** The most recent first. */
	public static final Sort SEASON_ORDER = Sort.by(Sort.Order.desc("year"), Sort.Order.desc("id"));

	public Page<Season> searchSeasons(SeasonFilter f, Pageable pageable) {
		return seasons.findAll(seasonSpec(f), pageable);
	}

	public List<Season> searchSeasonsAll(SeasonFilter f) {
		return seasons.findAll(seasonSpec(f), SEASON_ORDER);
	}

	private static Specification<Season> seasonSpec(SeasonFilter f) {
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (f != null && f.status() != null) {
				p.add(cb.equal(root.get("status"), f.status()));
			}
			if (f != null && f.year() != null) {
				p.add(cb.equal(root.get("year"), f.year()));
			}
			if (f != null && !blank(f.q())) {
				String like = Like.contains(f.q());
				p.add(cb.or(cb.like(cb.lower(root.get("nameAr")), like, Like.ESCAPE),
						cb.like(cb.lower(root.get("nameFr")), like, Like.ESCAPE)));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	public Season season(Long id) {
		return seasons.findById(id).orElseThrow(() -> new NotFoundException("season " + id));
	}

	public List<Criterion> criteria(Long seasonId) {
		return criteria.findBySeasonIdOrderByPositionAscIdAsc(seasonId);
	}

	public List<Offer> offers(Long seasonId) {
		return offers.findBySeasonIdOrderByKindAscIdAsc(seasonId);
	}

	public List<Shift> shiftsOf(Collection<Long> offerIds) {
		return offerIds.isEmpty() ? List.of() : shifts.findByOfferIdInOrderByStartsOnAscIdAsc(offerIds);
	}

	/** Every shift of a season with its offer, in offer then date order. */
	public List<ShiftView> shiftViews(Long seasonId) {
		Map<Long, Offer> byId = offers(seasonId).stream().collect(Collectors.toMap(Offer::getId, Function.identity(),
				(a, b) -> a, LinkedHashMap::new));
		return shiftsOf(byId.keySet()).stream().map(s -> new ShiftView(s, byId.get(s.getOfferId())))
			.sorted(java.util.Comparator.comparing((ShiftView v) -> v.offer().getId())
				.thenComparing(v -> v.shift().getStartsOn()))
			.toList();
	}

	public List<Bus> buses(Collection<Long> shiftIds) {
		return shiftIds.isEmpty() ? List.of() : buses.findByShiftIdInOrderByShiftIdAscWilayaCodeAsc(shiftIds);
	}

	public List<Quota> quotas(Long seasonId) {
		return quotas.findBySeasonIdOrderByWilayaCode(seasonId);
	}

	public Optional<Run> lastRun(Long seasonId) {
		return runs.findFirstBySeasonIdOrderByIdDesc(seasonId);
	}

	public Run run(Long id) {
		return runs.findById(id).orElseThrow(() -> new NotFoundException("run " + id));
	}

	public Shift shift(Long id) {
		return shifts.findById(id).orElseThrow(() -> new NotFoundException("shift " + id));
	}

	public Offer offer(Long id) {
		return offers.findById(id).orElseThrow(() -> new NotFoundException("offer " + id));
	}

	public Bus bus(Long id) {
		return buses.findById(id).orElseThrow(() -> new NotFoundException("bus " + id));
	}

	public Optional<Unit> centre(Offer offer) {
		return organisation.find(offer.getCentreUnitId());
	}

	public Map<Long, Unit> centresById(Collection<Offer> offers) {
		return organisation.byIds(offers.stream().map(Offer::getCentreUnitId).filter(Objects::nonNull)
			.collect(Collectors.toSet()));
	}

	public List<Unit> holidayCentres() {
		return organisation.activeOfKinds(Set.of(UnitKind.HOLIDAY_CENTRE));
	}

	@Transactional
	public Season createSeason(SeasonForm f) {
		checkSeasonForm(f);
		if (f.year() == null || f.year() < 2000 || f.year() > 2100) {
			throw new BusinessException("year", "holidays.error.year");
		}
		Season s = new Season(f.year(), f.nameAr().trim(), f.nameFr().trim(), f.applyFrom(), f.applyUntil(),
				f.appealsUntil(), f.confirmDays() == null ? 7 : f.confirmDays(),
				new SecureRandom().nextLong() & Long.MAX_VALUE);
		seasons.saveAndFlush(s);
		int pos = 0;
		for (Object[] c : DefaultCriteria.ROWS) {
			criteria.save(new Criterion(s.getId(), (String) c[0], (CriterionSource) c[1], (String) c[2],
					(String) c[3], (Integer) c[4], pos++));
		}
		audit.record("CREATE", "holiday_season", s.getId(), s.getNameFr(), null, s.snapshot());
		return s;
	}

	@Transactional
	public Season updateSeason(Long id, SeasonForm f) {
		checkSeasonForm(f);
		Season s = season(id);
		Map<String, Object> before = s.snapshot();
		s.update(f.nameAr().trim(), f.nameFr().trim(), f.applyFrom(), f.applyUntil(), f.appealsUntil(),
				f.confirmDays() == null ? s.getConfirmDays() : f.confirmDays());
		audit.record("UPDATE", "holiday_season", id, s.getNameFr(), before, s.snapshot());
		return s;
	}

	private static void checkSeasonForm(SeasonForm f) {
		if (blank(f.nameAr())) {
			throw new BusinessException("nameAr", "holidays.error.required", "nameAr");
		}
		if (blank(f.nameFr())) {
			throw new BusinessException("nameFr", "holidays.error.required", "nameFr");
		}
		if (f.applyFrom() == null) {
			throw new BusinessException("applyFrom", "holidays.error.required", "applyFrom");
		}
		if (f.applyUntil() == null) {
			throw new BusinessException("applyUntil", "holidays.error.required", "applyUntil");
		}
		if (f.appealsUntil() != null && f.appealsUntil().isBefore(f.applyUntil())) {
			throw new BusinessException("appealsUntil", "holidays.error.appeals-order");
		}
	}

	@Transactional
	public void openSeason(Long id) {
		Season s = season(id);
		Map<String, Object> before = s.snapshot();
		if (criteria(id).isEmpty()) {
			throw new BusinessException("holidays.error.no-criteria");
		}
		s.open();
		audit.record("OPEN", "holiday_season", id, s.getNameFr(), before, s.snapshot());
	}

	@Transactional
	public void closeSeason(Long id) {
		Season s = season(id);
		Map<String, Object> before = s.snapshot();
		s.close();
		audit.record("CLOSE", "holiday_season", id, s.getNameFr(), before, s.snapshot());
	}

	@Transactional
	public void setWeight(Long criterionId, Integer weight) {
		Criterion c = criteria.findById(criterionId).orElseThrow(() -> new NotFoundException("criterion"));
		season(c.getSeasonId()).checkRulesEditable();
		if (weight == null || weight < 0 || weight > 1000) {
			throw new BusinessException("weight", "holidays.error.weight");
		}
		Map<String, Object> before = c.snapshot();
		c.setWeight(weight);
		audit.record("UPDATE", "holiday_criterion", c.getId(), c.getCode(), before, c.snapshot());
	}

	/** A criterion the directorate adds: its value (0..10) is recorded per application by the directorate. */
	@Transactional
	public Criterion addCriterion(Long seasonId, CriterionForm f) {
		season(seasonId).checkRulesEditable();
		String code = f.code() == null ? "" : f.code().trim().toUpperCase(Locale.ROOT);
		if (!CODE.matcher(code).matches()) {
			throw new BusinessException("code", "holidays.error.criterion-code");
		}
		if (criteria.existsBySeasonIdAndCode(seasonId, code)) {
			throw new BusinessException("code", "holidays.error.criterion-duplicate", code);
		}
		if (blank(f.nameAr()) || blank(f.nameFr())) {
			throw new BusinessException("nameAr", "holidays.error.required", "nameAr");
		}
		if (f.weight() == null || f.weight() < 0 || f.weight() > 1000) {
			throw new BusinessException("weight", "holidays.error.weight");
		}
		Criterion c = criteria.save(new Criterion(seasonId, code, CriterionSource.MANUAL, f.nameAr().trim(),
				f.nameFr().trim(), f.weight(), criteria(seasonId).size()));
		audit.record("CREATE", "holiday_criterion", c.getId(), code, null, c.snapshot());
		return c;
	}

	@Transactional
	public void removeCriterion(Long criterionId) {
		Criterion c = criteria.findById(criterionId).orElseThrow(() -> new NotFoundException("criterion"));
		season(c.getSeasonId()).checkRulesEditable();
		criteria.delete(c);
		audit.record("DELETE", "holiday_criterion", c.getId(), c.getCode(), c.snapshot(), null);
	}

	@Transactional
	public Offer addOffer(Long seasonId, OfferForm f) {
		season(seasonId).checkOffersEditable();
		OfferKind kind = f.kind() == null ? OfferKind.CAMP : f.kind();
		String nameAr = f.siteNameAr();
		String nameFr = f.siteNameFr();
		if (f.centreUnitId() != null) {
			Unit u = organisation.find(f.centreUnitId())
				.filter(x -> x.getKind() == UnitKind.HOLIDAY_CENTRE && x.isActive())
				.orElseThrow(() -> new BusinessException("centreUnitId", "holidays.error.centre"));
			nameAr = blank(nameAr) ? u.getNameAr() : nameAr;
			nameFr = blank(nameFr) ? u.getNameFr() : nameFr;
		}
		else if (blank(f.partner()) && kind == OfferKind.CAMP) {
			throw new BusinessException("centreUnitId", "holidays.error.centre-or-partner");
		}
		if (blank(nameAr) || blank(nameFr)) {
			throw new BusinessException("siteNameAr", "holidays.error.required", "siteNameAr");
		}
		if (f.ageMin() != null && f.ageMax() != null && f.ageMin() > f.ageMax()) {
			throw new BusinessException("ageMax", "holidays.error.age-range");
		}
		if (f.contributionDzd() != null && f.contributionDzd() < 0) {
			throw new BusinessException("contributionDzd", "holidays.error.contribution");
		}
		if (kind == OfferKind.TRIP && (blank(f.destination()) || f.seatsPerFamily() == null
				|| f.seatsPerFamily() < 1)) {
			throw new BusinessException("destination", "holidays.error.trip-details");
		}
		Offer o = offers.save(new Offer(seasonId, kind, f.centreUnitId(), nameAr.trim(), nameFr.trim(),
				trim(f.partner()), trim(f.destination()), f.ageMin(), f.ageMax(),
				f.contributionDzd() == null ? 0 : f.contributionDzd(), f.seatsPerFamily()));
		audit.record("CREATE", "holiday_offer", o.getId(), o.getSiteNameFr(), null, o.snapshot());
		return o;
	}

	@Transactional
	public Shift addShift(Long offerId, ShiftForm f) {
		Offer o = offer(offerId);
		season(o.getSeasonId()).checkOffersEditable();
		if (blank(f.label())) {
			throw new BusinessException("label", "holidays.error.required", "label");
		}
		if (f.startsOn() == null || f.endsOn() == null || f.endsOn().isBefore(f.startsOn())) {
			throw new BusinessException("endsOn", "holidays.error.shift-dates");
		}
		if (f.capacity() == null || f.capacity() < 1) {
			throw new BusinessException("capacity", "holidays.error.capacity");
		}
		Shift s = shifts.save(new Shift(offerId, f.label().trim(), f.startsOn(), f.endsOn(), f.capacity()));
		audit.record("CREATE", "holiday_shift", s.getId(), s.getLabel(), null, s.snapshot());
		return s;
	}

	@Transactional
	public Bus addBus(Long shiftId, BusForm f) {
		Shift s = shift(shiftId);
		if (f.wilayaCode() == null || !territory.exists(f.wilayaCode())) {
			throw new BusinessException("wilayaCode", "holidays.error.wilaya");
		}
		if (f.seats() == null || f.seats() < 1) {
			throw new BusinessException("seats", "holidays.error.seats");
		}
		if (blank(f.label())) {
			throw new BusinessException("label", "holidays.error.required", "label");
		}
		Bus b = buses.save(new Bus(s.getId(), f.wilayaCode(), f.label().trim(), f.seats(), trim(f.departsAt())));
		audit.record("CREATE", "holiday_bus", b.getId(), b.getLabel(), null, b.snapshot());
		return b;
	}

	@Transactional
	public void setQuota(Long seasonId, String wilayaCode, Integer maxPlaces) {
		season(seasonId).checkOffersEditable();
		if (wilayaCode == null || !territory.exists(wilayaCode)) {
			throw new BusinessException("wilayaCode", "holidays.error.wilaya");
		}
		if (maxPlaces == null || maxPlaces < 0) {
			throw new BusinessException("maxPlaces", "holidays.error.quota");
		}
		Quota q = quotas.findBySeasonIdAndWilayaCode(seasonId, wilayaCode).orElse(null);
		Integer before = q == null ? null : q.getMaxPlaces();
		if (q == null) {
			q = quotas.save(new Quota(seasonId, wilayaCode, maxPlaces));
		}
		else {
			q.setMaxPlaces(maxPlaces);
		}
		audit.record(before == null ? "CREATE" : "UPDATE", "holiday_quota", q.getId(), wilayaCode,
				before == null ? null : Map.of("maxPlaces", before), Map.of("maxPlaces", maxPlaces));
	}

	// ---------------------------------------------------------------- applications

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
		Season season = season(seasonId);
		if (!season.acceptsApplications(today())) {
			throw new BusinessException("seasonId", "holidays.error.window-closed", fmt(season.getApplyFrom()),
					fmt(season.getApplyUntil()));
		}
		Long memberId = user.role() == Role.MEMBER ? user.memberId() : f.memberId();
		if (memberId == null) {
			throw new BusinessException("memberId", "holidays.error.member-required");
		}
		Member member = people.memberFor(user, memberId);
		OfferKind kind = f.kind() == null ? OfferKind.CAMP : f.kind();
		List<Long> choices = new ArrayList<>();
		Long[] raw = { f.choice1(), f.choice2(), f.choice3() };
		for (int i = 0; i < raw.length; i++) {
			if (raw[i] == null) {
				continue;
			}
			if (choices.contains(raw[i])) {
				throw new BusinessException("choice" + (i + 1), "holidays.error.choice-duplicate", i + 1);
			}
			choices.add(raw[i]);
		}
		if (choices.isEmpty()) {
			throw new BusinessException("choice1", "holidays.error.choice-required");
		}
		Map<Long, ShiftView> seasonShifts = shiftViews(seasonId).stream()
			.collect(Collectors.toMap(v -> v.shift().getId(), Function.identity()));
		FamilyMember child = null;
		if (kind == OfferKind.CAMP) {
			if (f.childId() == null) {
				throw new BusinessException("childId", "holidays.error.child-required");
			}
			child = people.familyOf(member.getId()).stream()
				.filter(c -> c.getId().equals(f.childId()) && c.isChild()).findFirst()
				.orElseThrow(() -> new BusinessException("childId", "holidays.error.not-your-child"));
			if (applications.existsBySeasonIdAndChildId(seasonId, child.getId())) {
				throw new BusinessException("childId", "holidays.error.duplicate", child.fullNameAr());
			}
		}
		else if (applications.existsBySeasonIdAndMemberIdAndKind(seasonId, memberId, OfferKind.TRIP)) {
			throw new BusinessException("kind", "holidays.error.duplicate-trip");
		}
		for (int i = 0; i < raw.length; i++) {
			if (raw[i] == null) {
				continue;
			}
			ShiftView v = seasonShifts.get(raw[i]);
			if (v == null || v.offer().getKind() != kind) {
				throw new BusinessException("choice" + (i + 1), "holidays.error.choice-invalid", i + 1);
			}
			if (child != null) {
				int age = child.ageOn(v.shift().getStartsOn());
				if (!v.offer().acceptsAge(age)) {
					throw new BusinessException("choice" + (i + 1), "holidays.error.age", child.fullNameAr(), age,
							i + 1, v.offer().getAgeMin(), v.offer().getAgeMax());
				}
			}
		}
		if (blank(f.emergencyName1())) {
			throw new BusinessException("emergencyName1", "holidays.error.emergency-required");
		}
		checkPhone("emergencyPhone1", f.emergencyPhone1(), true);
		checkPhone("emergencyPhone2", f.emergencyPhone2(), false);
		if (!blank(f.contactEmail()) && !EMAIL.matcher(f.contactEmail().trim()).matches()) {
			throw new BusinessException("contactEmail", "holidays.error.email");
		}
		if (kind == OfferKind.CAMP && f.fit() != null && !f.fit() && blank(f.medicalNotes())) {
			throw new BusinessException("medicalNotes", "holidays.error.medical-notes");
		}
		Application a = new Application(seasonId, kind, memberId, child == null ? null : child.getId(),
				member.getWilayaCode(), choices, Boolean.TRUE.equals(f.together()), user.getUsername());
		a.details(f.fit() == null || f.fit(), trim(f.medicalNotes()), f.emergencyName1().trim(),
				f.emergencyPhone1().trim(), trim(f.emergencyName2()), trim(f.emergencyPhone2()),
				blank(f.contactEmail()) ? member.getEmail() : f.contactEmail().trim());
		try {
			applications.saveAndFlush(a);
		}
		catch (DataIntegrityViolationException e) { // a second click at the same moment
			throw new BusinessException("childId", "holidays.error.duplicate", child == null ? "" : child.fullNameAr());
		}
		audit.record("CREATE", "holiday_application", a.getId(), member.getMatricule(), null, a.snapshot());
		return a;
	}

	private static void checkPhone(String field, String phone, boolean required) {
		if (blank(phone)) {
			if (required) {
				throw new BusinessException(field, "holidays.error.phone");
			}
			return;
		}
		if (!PHONE.matcher(phone.trim()).matches()) {
			throw new BusinessException(field, "holidays.error.phone");
		}
	}

	public Application application(Long id) {
		return applications.findById(id).orElseThrow(() -> new NotFoundException("application " + id));
	}

	/** The application, or 403 when the user may not see it. */
	public Application applicationFor(SanadUser user, Long id) {
		Application a = application(id);
		if (!canSee(user, a)) {
			throw new AccessDeniedException("application outside scope");
		}
		return a;
	}

	public boolean canSee(SanadUser user, Application a) {
		return switch (user.role()) {
			case DGSN_SOCIAL -> true;
			case WILAYA_OFFICER -> Objects.equals(organisation.scopeOf(user).wilayaCode(), a.getWilayaCode());
			case MEMBER -> Objects.equals(user.memberId(), a.getMemberId());
			default -> false;
		};
	}

	/** Medical details: the family and the directorate; the camp's runners see them on their lists. */
	public boolean canSeeMedical(SanadUser user, Application a) {
		return user.role() == Role.DGSN_SOCIAL || Objects.equals(user.memberId(), a.getMemberId());
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
		Scope scope = organisation.scopeOf(user);
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			switch (user.role()) {
				case DGSN_SOCIAL -> {
				}
				case WILAYA_OFFICER -> p.add(cb.equal(root.get("wilayaCode"),
						scope.wilayaCode() == null ? "--" : scope.wilayaCode()));
				case MEMBER -> p.add(cb.equal(root.get("memberId"), user.memberId() == null ? -1L : user.memberId()));
				default -> throw new AccessDeniedException("no applications for this role");
			}
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
	}

	/** Rows with names for a page or an export (one query per kind of record, not per row). */
	public List<ApplicationRow> rows(List<Application> apps) {
		Map<Long, Member> members = people.members(apps.stream().map(Application::getMemberId).collect(
				Collectors.toSet()));
		Map<Long, FamilyMember> children = people.familyMembers(apps.stream().map(Application::getChildId)
			.filter(Objects::nonNull).collect(Collectors.toSet()));
		Map<Long, ShiftView> views = new HashMap<>();
		apps.stream().map(Application::getSeasonId).distinct()
			.forEach(s -> shiftViews(s).forEach(v -> views.put(v.shift().getId(), v)));
		List<ApplicationRow> rows = new ArrayList<>(apps.size());
		for (Application a : apps) {
			Member m = members.get(a.getMemberId());
			FamilyMember c = a.getChildId() == null ? null : children.get(a.getChildId());
			ShiftView placed = a.getPlacedShiftId() == null ? null : views.get(a.getPlacedShiftId());
			Integer age = null; // on the shift's first day once placed, today otherwise
			if (c != null) {
				age = c.ageOn(placed == null ? today() : placed.shift().getStartsOn());
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
	public void withdraw(SanadUser user, Long id) {
		Application a = lockedFor(user, id);
		Map<String, Object> before = a.snapshot();
		Long freed = a.withdraw();
		if (freed != null) {
			places.lock(List.of(freed));
			places.release(freed);
			promote(a.getSeasonId(), freed, Set.of(a.getId()));
		}
		audit.record("WITHDRAW", "holiday_application", id, null, before, a.snapshot());
	}

	@Transactional
	public void confirm(SanadUser user, Long id) {
		Application a = lockedFor(user, id);
		Map<String, Object> before = a.snapshot();
		a.confirm(today());
		audit.record("CONFIRM", "holiday_application", id, null, before, a.snapshot());
	}

	@Transactional
	public void appeal(SanadUser user, Long id, String text) {
		Application a = lockedFor(user, id);
		Map<String, Object> before = a.snapshot();
		a.appeal(text, season(a.getSeasonId()).acceptsAppeals(today()));
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
		Set<String> manual = criteria(a.getSeasonId()).stream().filter(c -> c.getSource() == CriterionSource.MANUAL)
			.map(Criterion::getCode).collect(Collectors.toSet());
		StringBuilder sb = new StringBuilder();
		for (var e : values.entrySet()) {
			if (!manual.contains(e.getKey())) {
				throw new BusinessException("code", "holidays.error.criterion-unknown", e.getKey());
			}
			if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 10) {
				throw new BusinessException(e.getKey(), "holidays.error.manual-value", e.getKey());
			}
			sb.append(sb.isEmpty() ? "" : ";").append(e.getKey()).append('=').append(e.getValue());
		}
		Map<String, Object> before = a.snapshot();
		a.setManualPoints(sb.isEmpty() ? null : sb.toString());
		audit.record("UPDATE", "holiday_application", id, "manual criteria", before, a.snapshot());
	}

	/**
	 * A person's decision over the automated one (with a reason, audited): a place in a shift that has room, or
	 * back to the waiting list. A freed place goes to the waiting list at once.
	 */
	@Transactional
	public void override(SanadUser user, Long id, Long shiftId, String reason) {
		Application a = lockedFor(user, id);
		Map<String, Object> before = a.snapshot();
		Season season = season(a.getSeasonId());
		if (shiftId != null) {
			ShiftView v = shiftViews(season.getId()).stream().filter(x -> x.shift().getId().equals(shiftId))
				.findFirst().orElseThrow(() -> new BusinessException("shiftId", "holidays.error.shift-unknown"));
			if (v.offer().getKind() != a.getKind()) {
				throw new BusinessException("shiftId", "holidays.error.shift-unknown");
			}
		}
		Long held = a.getStatus().holdsPlace() ? a.getPlacedShiftId() : null;
		if (shiftId != null && shiftId.equals(held)) {
			throw new BusinessException("shiftId", "holidays.error.same-shift");
		}
		List<Long> touched = new ArrayList<>();
		touched.add(held);
		touched.add(shiftId);
		places.lock(touched);
		Long freed = a.override(shiftId, reason, today().plusDays(season.getConfirmDays()));
		if (shiftId != null && !places.take(shiftId)) {
			throw new BusinessException("shiftId", "holidays.error.shift-full");
		}
		if (freed != null) {
			places.release(freed);
			promote(season.getId(), freed, Set.of(a.getId()));
		}
		audit.record("OVERRIDE", "holiday_application", id, reason, before, a.snapshot());
		if (shiftId != null) {
			offered(a, shiftId);
		}
	}

	/**
	 * Every placed application whose confirmation deadline passed gives its place back (scheduled job); each one in
	 * a transaction of its own, so one failure does not hold back the others.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public int expireOverdue(LocalDate today, java.util.function.LongPredicate expireOne) {
		List<Long> ids = jdbc.sql("select id from holiday_application where status = 'PLACED' and confirm_by < ? order by id")
			.param(today).query(Long.class).list();
		int n = 0;
		for (Long id : ids) {
			if (expireOne.test(id)) {
				n++;
			}
		}
		return n;
	}

	@Transactional
	public boolean expire(Long id, LocalDate today) {
		Application a = applications.findLocked(id).orElse(null);
		if (a == null || a.getStatus() != ApplicationStatus.PLACED || a.getConfirmBy() == null
				|| !today.isAfter(a.getConfirmBy())) {
			return false; // confirmed or withdrawn meanwhile
		}
		Map<String, Object> before = a.snapshot();
		Long freed = a.expire(today);
		places.lock(List.of(freed));
		places.release(freed);
		promote(a.getSeasonId(), freed, Set.of(a.getId()));
		audit.record("EXPIRE", "holiday_application", id, null, before, a.snapshot());
		return true;
	}

	/** Gives a freed place to the best-ranked waiting applicant who chose the shift (within its wilaya quota). */
	private void promote(Long seasonId, Long shiftId, Set<Long> exclude) {
		applications.flush();
		Season season = season(seasonId);
		Map<String, Integer> caps = quotas(seasonId).stream()
			.collect(Collectors.toMap(Quota::getWilayaCode, Quota::getMaxPlaces));
		Set<Long> skip = new HashSet<>(exclude);
		while (true) {
			Optional<Long> next = places.nextWaiting(seasonId, shiftId, skip);
			if (next.isEmpty()) {
				return;
			}
			Application w = application(next.get());
			Integer cap = caps.get(w.getWilayaCode());
			if (cap != null && places.placedInWilaya(seasonId, w.getWilayaCode()) >= cap) {
				skip.add(w.getId());
				continue;
			}
			if (!places.take(shiftId)) {
				return; // someone else filled it meanwhile
			}
			Map<String, Object> before = w.snapshot();
			w.promote(shiftId, today().plusDays(season.getConfirmDays()));
			audit.record("PROMOTE", "holiday_application", w.getId(), "waiting list", before, w.snapshot());
			offered(w, shiftId);
			return;
		}
	}

	private void offered(Application a, Long shiftId) {
		Shift s = shift(shiftId);
		Offer o = offer(s.getOfferId());
		String nameAr;
		String nameLat;
		if (a.getChildId() != null) {
			FamilyMember c = people.familyMember(a.getChildId());
			nameAr = c.fullNameAr();
			nameLat = c.name(Locale.FRENCH);
		}
		else {
			Member m = people.member(a.getMemberId());
			nameAr = m.fullNameAr();
			nameLat = m.name(Locale.FRENCH);
		}
		events.publishEvent(new PlaceOffered(a.getId(), a.getMemberId(), a.getContactEmail(), nameAr, nameLat, o.getSiteNameAr(),
				o.getSiteNameFr(), s.getLabel(), s.getStartsOn(), a.getConfirmBy()));
	}

	private Application lockedFor(SanadUser user, Long id) {
		Application a = applications.findLocked(id).orElseThrow(() -> new NotFoundException("application " + id));
		if (!canSee(user, a)) {
			throw new AccessDeniedException("application outside scope");
		}
		return a;
	}

	// ---------------------------------------------------------------- allocation

	/** The allocation's input for a season: published rules, free capacities, quotas, applicants and values. */
	public Allocator.Input allocationInput(Long seasonId) {
		Season season = season(seasonId);
		List<Criterion> crit = criteria(seasonId);
		List<Allocator.Criterion> rules = crit.stream().map(c -> new Allocator.Criterion(c.getCode(), c.getWeight()))
			.toList();
		Map<Long, Integer> capacity = new LinkedHashMap<>();
		shiftViews(seasonId).forEach(v -> capacity.put(v.shift().getId(), v.shift().getCapacity()));
		Map<String, Integer> quota = quotas(seasonId).stream()
			.collect(Collectors.toMap(Quota::getWilayaCode, Quota::getMaxPlaces));
		List<Application> apps = applications.findBySeasonIdAndStatusNotOrderById(seasonId,
				ApplicationStatus.WITHDRAWN).stream().filter(a -> a.getStatus() != ApplicationStatus.EXPIRED).toList();
		Map<Long, Member> members = people.members(apps.stream().map(Application::getMemberId).collect(
				Collectors.toSet()));
		Map<Long, List<FamilyMember>> families = new HashMap<>();
		for (Long m : members.keySet()) {
			families.put(m, people.familyOf(m));
		}
		Map<Long, Integer> lastChild = new HashMap<>();
		Map<Long, Integer> lastFamily = new HashMap<>();
		jdbc.sql("""
				select a.child_id, a.member_id, max(s.year) as y from holiday_application a
				join holiday_season s on s.id = a.season_id
				where s.year < ? and a.status in ('PLACED', 'CONFIRMED')
				group by a.child_id, a.member_id""").param(season.getYear()).query(rs -> {
			long child = rs.getLong(1);
			if (rs.wasNull()) {
				lastFamily.merge(rs.getLong(2), rs.getInt(3), Math::max);
			}
			else {
				lastChild.merge(child, rs.getInt(3), Math::max);
			}
		});
		List<Allocator.Applicant> applicants = new ArrayList<>(apps.size());
		for (Application a : apps) {
			Member m = members.get(a.getMemberId());
			List<FamilyMember> fam = families.getOrDefault(a.getMemberId(), List.of());
			FamilyMember child = a.getChildId() == null ? null
					: fam.stream().filter(c -> c.getId().equals(a.getChildId())).findFirst().orElse(null);
			Integer last = a.getChildId() == null ? lastFamily.get(a.getMemberId()) : lastChild.get(a.getChildId());
			Map<String, Integer> values = new LinkedHashMap<>();
			for (Criterion c : crit) {
				values.put(c.getCode(), value(c, a, m, child, fam, last, season.getYear()));
			}
			long[] choices = a.choices().stream().mapToLong(Long::longValue).toArray();
			applicants.add(new Allocator.Applicant(a.getId(), a.getMemberId(), a.getWilayaCode(), choices,
					a.isSiblingsTogether() && a.getChildId() != null, values));
		}
		return new Allocator.Input(season.getSeed(), rules, capacity, quota, applicants);
	}

	static int value(Criterion c, Application a, Member m, FamilyMember child, List<FamilyMember> family,
			Integer lastYear, int year) {
		return switch (c.getSource()) {
			case MARTYR_CHILD -> (m != null && m.isMartyr()) || (child != null && child.isMartyrChild()) ? 1 : 0;
			case ORPHAN -> child != null && child.isOrphan() ? 1 : 0;
			case DISABILITY -> child != null ? (child.isDisability() ? 1 : 0)
					: family.stream().anyMatch(FamilyMember::isDisability) ? 1 : 0;
			case LOWER_GRADE -> m == null || m.getGrade() == null ? 0
					: dz.sanad.people.Grade.values().length + 1 - m.getGrade().rank();
			case FIRST_TIME -> lastYear == null ? 1 : 0;
			case YEARS_SINCE_LAST -> lastYear == null ? 5 : Math.min(5, Math.max(0, year - lastYear));
			case CHILDREN_COUNT -> (int) Math.min(10, family.stream().filter(FamilyMember::isChild).count());
			case MANUAL -> a.manualValues().getOrDefault(c.getCode(), 0);
		};
	}

	@Transactional
	public Run startAllocation(SanadUser user, Long seasonId) {
		Season season = season(seasonId);
		if (season.getStatus() != SeasonStatus.CLOSED && season.getStatus() != SeasonStatus.ALLOCATED) {
			throw new BusinessException(null, "holidays.error.season-state", season.getStatus().label());
		}
		if (applications.countBySeasonIdAndStatus(seasonId, ApplicationStatus.CONFIRMED) > 0) {
			throw new BusinessException("holidays.error.rerun-confirmed");
		}
		if (lastRun(seasonId).filter(r -> !r.isFinished()).isPresent()) {
			throw new BusinessException("holidays.error.run-running");
		}
		Run run = runs.save(new Run(seasonId, season.getSeed(), user.getUsername()));
		audit.record("ALLOCATE_START", "holiday_season", seasonId, "seed " + season.getSeed(), null,
				Map.of("run", run.getId()));
		return run;
	}

	/** Writes a run's result: every applicant's outcome and explanation, and the shifts' counts. */
	@Transactional
	public void applyResult(Long runId, Allocator.Input input, Allocator.Result result) {
		Run run = run(runId);
		Season season = season(run.getSeasonId());
		// the same lock order as single operations: applications first, then shifts by id
		jdbc.sql("select id from holiday_application where season_id = ? order by id for update")
			.param(season.getId()).query(Long.class).list();
		places.lock(input.capacity().keySet());
		Map<Long, Application> apps = applications.findBySeasonIdAndStatusNotOrderById(season.getId(),
				ApplicationStatus.WITHDRAWN).stream().collect(Collectors.toMap(Application::getId, Function.identity()));
		Map<Long, Allocator.Applicant> byId = input.applicants().stream()
			.collect(Collectors.toMap(Allocator.Applicant::id, Function.identity()));
		Map<Long, Integer> taken = new HashMap<>();
		LocalDate confirmBy = today().plusDays(season.getConfirmDays());
		int n = result.outcomes().size();
		int[] byChoice = new int[4];
		for (Allocator.Outcome o : result.outcomes()) {
			Application a = apps.get(o.applicationId());
			if (a == null || a.getStatus() == ApplicationStatus.EXPIRED) {
				continue; // withdrawn while the run computed: its place simply stays free
			}
			Explanation e = new Explanation(byId.get(a.getId()).values(), o.points(), o.score(), o.rank(), n,
					o.lottery(), input.seed(), o.choice(), o.refusals().stream().map(Enum::name).toList(),
					o.siblings() == null ? null : o.siblings().name());
			a.allocated(o.placedShiftId(), o.score(), o.rank(), o.lottery(), json.writeValueAsString(e), confirmBy);
			byChoice[o.choice()]++;
			if (o.placedShiftId() != null) {
				taken.merge(o.placedShiftId(), 1, Integer::sum);
			}
		}
		applications.flush();
		for (Long shiftId : input.capacity().keySet()) {
			places.set(shiftId, taken.getOrDefault(shiftId, 0));
		}
		Map<String, Object> before = season.snapshot();
		season.allocated();
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("applicants", n);
		report.put("placed", result.placed());
		report.put("waiting", result.waiting());
		report.put("firstChoice", byChoice[1]);
		report.put("secondChoice", byChoice[2]);
		report.put("thirdChoice", byChoice[3]);
		report.put("seed", input.seed());
		jdbc.sql("""
				update holiday_run set status = 'DONE', progress = 100, total = ?, placed = ?, waiting = ?,
				  finished_at = now(), report = ? where id = ?""")
			.params(n, result.placed(), result.waiting(), json.writeValueAsString(report), runId).update();
		audit.record("ALLOCATE", "holiday_season", season.getId(), "run " + runId + ": " + report, before,
				season.snapshot());
	}

	// ---------------------------------------------------------------- lists for the camps

	/** Whether the user runs this offer's camp: the directorate, the centre's wilaya officer, a head above it. */
	public boolean runsCamp(SanadUser user, Offer offer) {
		if (user.role() == Role.DGSN_SOCIAL) {
			return true;
		}
		Optional<Unit> centre = centre(offer);
		if (centre.isEmpty()) {
			return false;
		}
		Scope scope = organisation.scopeOf(user);
		return switch (user.role()) {
			case WILAYA_OFFICER -> Objects.equals(scope.wilayaCode(), centre.get().getWilayaCode());
			case ESTABLISHMENT_HEAD -> scope.contains(centre.get());
			default -> false;
		};
	}

	/** Participants of a shift with emergency contacts and medical details; the read is audited. */
	public List<ApplicationRow> participants(SanadUser user, Long shiftId) {
		Shift s = shift(shiftId);
		Offer o = offer(s.getOfferId());
		if (!runsCamp(user, o)) {
			throw new AccessDeniedException("not running this camp");
		}
		List<ApplicationRow> rows = rows(applications.findByPlacedShiftIdOrderByRankAscIdAsc(shiftId).stream()
			.filter(a -> a.getStatus().holdsPlace()).toList());
		audit.recordStandalone(user.getUsername(), user.role().name(), null, "READ", "holiday_shift_list",
				String.valueOf(shiftId), "participants with medical details (" + rows.size() + ")");
		return rows;
	}

	/** Who rides a bus: the shift's placed applicants of the bus's wilaya, best rank first, up to its seats. */
	public List<ApplicationRow> passengers(SanadUser user, Long busId) {
		Bus b = bus(busId);
		Shift s = shift(b.getShiftId());
		Offer o = offer(s.getOfferId());
		boolean ok = runsCamp(user, o) || (user.role() == Role.WILAYA_OFFICER
				&& Objects.equals(organisation.scopeOf(user).wilayaCode(), b.getWilayaCode()));
		if (!ok) {
			throw new AccessDeniedException("not this bus");
		}
		return rows(applications.findByPlacedShiftIdOrderByRankAscIdAsc(s.getId()).stream()
			.filter(a -> a.getStatus().holdsPlace() && b.getWilayaCode().equals(a.getWilayaCode()))
			.limit(b.getSeats()).toList());
	}

	// ---------------------------------------------------------------- report

	public record Count(String key, long applications, long placed) {
	}

	public record Report(long applications, long placed, long waiting, long capacity, long taken, double fillRate,
			Map<String, Long> byStatus, List<Count> byWilaya, List<Count> byCriterion, List<Count> byChoice) {
	}

	/** Below this, a count by wilaya or by criterion is not shown to readers of aggregates only. */
	public static final int SMALL_CELL = 5;

	public static final String SMALL_CELL_TEXT = "<" + SMALL_CELL;

	/** A cell as shown to readers of aggregates only: the count, or "<5". */
	public record Cell(String key, String applications, String placed) {
		static Cell of(Count c) {
			return new Cell(c.key(), shown(c.applications()), shown(c.placed()));
		}

		private static String shown(long n) {
			return n < SMALL_CELL ? SMALL_CELL_TEXT : String.valueOf(n);
		}
	}

	/**
	 * The season report for the follow-up committee: national totals as they are, but every count by wilaya or by
	 * criterion below {@link #SMALL_CELL} is replaced by "<5", so no family can be singled out.
	 */
	public record AggregateReport(long applications, long placed, long waiting, long capacity, long taken,
			double fillRate, Map<String, Long> byStatus, List<Cell> byWilaya, List<Cell> byCriterion,
			List<Count> byChoice) {
		static AggregateReport of(Report r) {
			return new AggregateReport(r.applications(), r.placed(), r.waiting(), r.capacity(), r.taken(),
					r.fillRate(), r.byStatus(), r.byWilaya().stream().map(Cell::of).toList(),
					r.byCriterion().stream().map(Cell::of).toList(), r.byChoice());
		}
	}

	/**
	 * The report as the user may read it: the directorate in full, the follow-up committee with small counts
	 * suppressed ({@link AggregateReport}); anyone else is refused.
	 */
	public Object reportFor(SanadUser user, Long seasonId) {
		season(seasonId);
		return switch (user.role()) {
			case DGSN_SOCIAL -> report(seasonId);
			case COMMITTEE -> AggregateReport.of(report(seasonId));
			default -> throw new AccessDeniedException("season report: directorate and committee only");
		};
	}

	public Report report(Long seasonId) {
		Map<String, Long> byStatus = new LinkedHashMap<>();
		for (ApplicationStatus s : ApplicationStatus.values()) {
			byStatus.put(s.name(), 0L);
		}
		jdbc.sql("select status, count(*) from holiday_application where season_id = ? group by status")
			.param(seasonId).query(rs -> {
				byStatus.put(rs.getString(1), rs.getLong(2));
			});
		long apps = byStatus.values().stream().mapToLong(Long::longValue).sum();
		long placed = byStatus.get("PLACED") + byStatus.get("CONFIRMED");
		long[] cap = new long[2];
		jdbc.sql("""
				select coalesce(sum(s.capacity), 0), coalesce(sum(s.taken), 0) from holiday_shift s
				join holiday_offer o on o.id = s.offer_id where o.season_id = ?""").param(seasonId).query(rs -> {
			cap[0] = rs.getLong(1);
			cap[1] = rs.getLong(2);
		});
		List<Count> byWilaya = jdbc.sql("""
				select wilaya_code, count(*), count(*) filter (where status in ('PLACED', 'CONFIRMED'))
				from holiday_application where season_id = ? group by wilaya_code order by wilaya_code""")
			.param(seasonId).query((rs, i) -> new Count(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
		Map<String, long[]> crit = new LinkedHashMap<>();
		criteria(seasonId).forEach(c -> crit.put(c.getCode(), new long[2]));
		long[][] choice = new long[4][2];
		jdbc.sql("select explanation, status from holiday_application where season_id = ? and explanation is not null")
			.param(seasonId).query(rs -> {
				Explanation e = json.readValue(rs.getString(1), Explanation.class);
				boolean isPlaced = ApplicationStatus.valueOf(rs.getString(2)).holdsPlace();
				e.values().forEach((code, v) -> {
					long[] c = crit.get(code);
					if (c != null && v != null && v > 0) {
						c[0]++;
						if (isPlaced) {
							c[1]++;
						}
					}
				});
				choice[e.choice()][0]++;
			});
		List<Count> byCriterion = crit.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()[0],
				e.getValue()[1])).toList();
		List<Count> byChoice = List.of(new Count("1", choice[1][0], choice[1][0]),
				new Count("2", choice[2][0], choice[2][0]), new Count("3", choice[3][0], choice[3][0]),
				new Count("0", choice[0][0], 0));
		double fill = cap[0] == 0 ? 0 : 100.0 * cap[1] / cap[0];
		return new Report(apps, placed, byStatus.get("WAITING"), cap[0], cap[1], fill, byStatus, byWilaya,
				byCriterion, byChoice);
	}

	// ---------------------------------------------------------------- helpers

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return blank(s) ? null : s.trim();
	}

	private static String fmt(LocalDate d) {
		return d == null ? "" : d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}
}
