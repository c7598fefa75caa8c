package dz.sanad.health;

import dz.sanad.audit.AuditTrail;
import dz.sanad.audit.ReadLog;
import dz.sanad.health.HealthAccess.Person;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The health record: reading it (every read goes to the read log), the profile, the problem list, visits and the
 * child's growth points. Writes belong to the centre's care team; a member reads, a parent reads for a minor child.
 */
@Service
@Transactional
public class HealthCare {

	/** A record as one reader may see it: the visits a parent may not see are left out. */
	public record View(Person person, HealthRecord record, List<Problem> problems, List<Visit> visits,
			int hiddenVisits) {
	}

	public record GrowthPoint(LocalDate day, int ageMonths, BigDecimal weightKg, BigDecimal heightCm,
			BigDecimal headCm) {
	}

	public record ProblemCode(String code, String labelAr, String labelFr, String labelEn, String chronicGroup) {

		public String label(java.util.Locale l) {
			return switch (l.getLanguage()) {
				case "fr" -> labelFr;
				case "en" -> labelEn;
				default -> labelAr;
			};
		}
	}

	private final HealthRecordRows records;

	private final ProblemRows problems;

	private final VisitRows visits;

	private final HealthAccess access;

	private final ReadLog reads;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final People people;

	private final dz.sanad.platform.confidential.BreakGlass glass;

	HealthCare(dz.sanad.platform.confidential.BreakGlass glass, HealthRecordRows records, ProblemRows problems, VisitRows visits, HealthAccess access, ReadLog reads,
			AuditTrail audit, JdbcClient jdbc, People people) {
		this.people = people;
		this.glass = glass;
		this.records = records;
		this.problems = problems;
		this.visits = visits;
		this.access = access;
		this.reads = reads;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	Optional<HealthRecord> find(Subject s) {
		return s.memberId() != null ? records.findByMemberId(s.memberId()) : records.findByFamilyMemberId(s.familyMemberId());
	}

	List<Problem> problemsOf(long recordId) {
		return problems.findByRecordIdOrderByRecordedAtDesc(recordId);
	}

	List<Visit> visitsOf(long recordId) {
		return visits.findByRecordIdOrderByVisitedOnDescIdDesc(recordId);
	}

	HealthRecord recordById(long id) {
		return records.findById(id).orElseThrow(() -> new NotFoundException("record"));
	}

	/** The record, created on first need (a visit, an appointment); the person must exist. */
	HealthRecord ensure(Subject s) {
		return find(s).orElseGet(() -> records.saveAndFlush(new HealthRecord(s, wilayaOf(s))));
	}

	private String wilayaOf(Subject s) {
		long member = s.memberId() != null ? s.memberId() : people.familyMember(s.familyMemberId()).getMemberId();
		return people.member(member).getWilayaCode();
	}

	public Person person(SanadUser user, Subject s) {
		return access.open(user, s, find(s).map(HealthRecord::getId).orElse(null));
	}

	/** Opens the record for reading, logged with the reader's purpose. */
	public View open(SanadUser user, Subject s) {
		Optional<HealthRecord> r = find(s);
		Person p = access.open(user, s, r.map(HealthRecord::getId).orElse(null));
		HealthRecord rec = r.orElseGet(() -> new HealthRecord(s, p.household().getWilayaCode()));
		if (rec.getId() == null) {
			return new View(p, rec, List.of(), List.of(), 0);
		}
		reads.record(HealthDomain.NAME, "record", String.valueOf(rec.getId()), s, purpose(p));
		List<Visit> all = visits.findByRecordIdOrderByVisitedOnDescIdDesc(rec.getId());
		List<Visit> shown = all.stream().filter(v -> access.shows(p, v)).toList();
		return new View(p, rec, problems.findByRecordIdOrderByRecordedAtDesc(rec.getId()), shown,
				all.size() - shown.size());
	}

	public Visit visit(SanadUser user, long visitId) {
		Visit v = visits.findById(visitId).orElseThrow(() -> new NotFoundException("visit"));
		HealthRecord r = records.findById(v.getRecordId()).orElseThrow();
		Person p = access.open(user, r.subject(), r.getId());
		if (!access.shows(p, v)) {
			throw new NotFoundException("visit");
		}
		reads.record(HealthDomain.NAME, "visit", String.valueOf(v.getId()), r.subject(), purpose(p));
		return v;
	}

	public Subject subjectOfVisit(Visit v) {
		return recordById(v.getRecordId()).subject();
	}

	public boolean mayMarkConfidential(Person p) {
		return access.mayMarkConfidential(p);
	}

	/** Opens a break-the-glass grant on the person's record (the layer checks the role, the password and the text). */
	public dz.sanad.platform.confidential.Grant breakGlass(SanadUser user, Subject s,
			dz.sanad.platform.confidential.GlassReason reason, String text, String password) {
		HealthRecord r = find(s).orElseThrow(() -> new NotFoundException("record"));
		return glass.open(HealthDomain.NAME, "record", String.valueOf(r.getId()), s, reason, text, password);
	}

	static String purpose(Person p) {
		return switch (p.reach()) {
			case CARE -> "health.purpose.care";
			case GLASS -> "health.purpose.glass";
			case SELF -> "health.purpose.self";
			case PARENT -> "health.purpose.parent";
		};
	}

	private Person writer(SanadUser user, Subject s) {
		Person p = access.open(user, s, find(s).map(HealthRecord::getId).orElse(null));
		if (!p.reach().writes()) {
			throw new AccessDeniedException("health record is read-only for " + user.getUsername());
		}
		return p;
	}

	public HealthRecord updateProfile(SanadUser user, Subject s, String bloodGroup, String allergies, String medications) {
		writer(user, s);
		HealthRecord r = ensure(s);
		var before = r.snapshot();
		r.update(bloodGroup, allergies, medications, user.getUsername());
		audit.record("UPDATE", "health-record", r.getId(), "profile", redact(before), redact(r.snapshot()));
		return r;
	}

	/** The physician's fit / not fit for a camp; the note is sealed and never leaves the module. */
	public void setFitness(SanadUser user, Subject s, boolean fit, String note) {
		if (user.role() != Role.PHYSICIAN) {
			throw new AccessDeniedException("fitness is a physician's decision");
		}
		writer(user, s);
		HealthRecord r = ensure(s);
		r.fitness(fit, note, user.getUsername());
		audit.record("UPDATE", "health-record", r.getId(), "camp fitness", null, java.util.Map.of("campFit", fit));
	}

	public Problem addProblem(SanadUser user, Subject s, String code, Problem.Status status, LocalDate onset, String note) {
		writer(user, s);
		if (code == null || codes().stream().noneMatch(c -> c.code().equals(code))) {
			throw BusinessException.onField("code", "health.error.code");
		}
		if (onset != null && onset.isAfter(dz.sanad.platform.Dates.today())) {
			throw BusinessException.onField("onset", "health.error.future");
		}
		HealthRecord r = ensure(s);
		Problem p = problems.save(new Problem(r.getId(), code, status == null ? Problem.Status.ACTIVE : status, onset,
				note == null || note.isBlank() ? null : note.strip(), user.getUsername()));
		audit.record("CREATE", "health-problem", p.getId(), code, null, java.util.Map.of("code", code, "status", p.getStatus()));
		return p;
	}

	public void changeProblem(SanadUser user, long problemId, Problem.Status status) {
		Problem p = problems.findById(problemId).orElseThrow(() -> new NotFoundException("problem"));
		HealthRecord r = records.findById(p.getRecordId()).orElseThrow();
		writer(user, r.subject());
		Problem.Status before = p.getStatus();
		p.changeStatus(status);
		audit.record("UPDATE", "health-problem", p.getId(), p.getCode(), java.util.Map.of("status", before),
				java.util.Map.of("status", status));
	}

	public Visit recordVisit(SanadUser user, Subject s, VisitForm f) {
		Person p = writer(user, s);
		if (f.isConfidential() && !access.mayMarkConfidential(p)) {
			throw BusinessException.onField("confidential", "health.error.confidential-age", access.confidentialAge());
		}
		if (f.getVisitedOn() != null && f.getVisitedOn().isAfter(dz.sanad.platform.Dates.today())) {
			throw BusinessException.onField("visitedOn", "health.error.future");
		}
		HealthRecord r = ensure(s);
		Visit v = visits.save(new Visit(r.getId(), user.scopeUnitId(), user.getUsername(), f));
		audit.record("CREATE", "health-visit", v.getId(), v.getType().name(), null,
				java.util.Map.of("type", v.getType(), "visitedOn", v.getVisitedOn()));
		return v;
	}

	/** The child's own growth curve, oldest first (no growth reference ships: none under a licence that allows it). */
	public List<GrowthPoint> growth(SanadUser user, Subject s) {
		View v = open(user, s);
		LocalDate birth = v.person().birthDate();
		return v.visits().stream()
			.filter(x -> x.getWeightKg() != null || x.getHeightCm() != null || x.getHeadCm() != null)
			.sorted(java.util.Comparator.comparing(Visit::getVisitedOn))
			.map(x -> new GrowthPoint(x.getVisitedOn(), birth == null ? 0
					: (int) java.time.temporal.ChronoUnit.MONTHS.between(birth, x.getVisitedOn()), x.getWeightKg(),
					x.getHeightCm(), x.getHeadCm()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<ProblemCode> codes() {
		return jdbc.sql("select code, label_ar, label_fr, label_en, chronic_group from health_problem_code where active "
				+ "order by code").query(ProblemCode.class).list();
	}

	/** Audit entries say what changed, never the clinical text itself. */
	private static java.util.Map<String, Object> redact(java.util.Map<String, Object> m) {
		java.util.Map<String, Object> out = new java.util.LinkedHashMap<>(m);
		out.replaceAll((k, v) -> k.equals("allergies") || k.equals("medications") ? (v == null ? null : "•") : v);
		return out;
	}
}
