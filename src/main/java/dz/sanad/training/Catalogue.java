package dz.sanad.training;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.people.MemberFunction;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Like;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue (domains, programmes and their modules) and the centres' rooms and trainers. */
@Service("trainingCatalogue")
@Transactional(readOnly = true)
public class Catalogue {

	public static final Set<UnitKind> CENTRE_KINDS = EnumSet.of(UnitKind.TRAINING_CENTRE, UnitKind.TRAINING_ANTENNA);

	private final Domains domains;

	private final Programmes programmes;

	private final ProgrammeModules modules;

	private final Rooms rooms;

	private final Trainers trainers;

	private final Needs needs;

	private final Organisation organisation;

	private final TrainingAccess access;

	private final AuditTrail audit;

	Catalogue(Domains domains, Programmes programmes, ProgrammeModules modules, Rooms rooms, Trainers trainers,
			Needs needs, Organisation organisation, TrainingAccess access, AuditTrail audit) {
		this.domains = domains;
		this.programmes = programmes;
		this.modules = modules;
		this.rooms = rooms;
		this.trainers = trainers;
		this.needs = needs;
		this.organisation = organisation;
		this.access = access;
		this.audit = audit;
	}

	public record ProgrammeForm(String code, String titleAr, String titleFr, String objectivesAr,
			String objectivesFr, ProgrammeType type, Long domainId, Set<MemberFunction> targetFunctions,
			String prerequisites, Set<Long> needIds) {
	}

	public record ProgrammeFilter(String q, ProgrammeType type, Long domainId) {
	}

	// ---- domains

	public List<Domain> domains() {
		return domains.findAllByOrderByCode();
	}

	public Map<Long, Domain> domainMap() {
		return domains.findAll().stream().collect(Collectors.toMap(Domain::getId, Function.identity()));
	}

	public Domain domain(Long id) {
		return domains.findById(id).orElseThrow(() -> new NotFoundException("domain " + id));
	}

	@Transactional
	public Domain saveDomain(Long id, String code, String nameAr, String nameFr, boolean active) {
		require(nameAr, "nameAr");
		require(nameFr, "nameFr");
		if (id == null) {
			require(code, "code");
			String c = code.trim().toUpperCase(Locale.ROOT);
			if (domains.findByCode(c).isPresent()) {
				throw BusinessException.onField("code", "training.error.code-taken", c);
			}
			Domain d = domains.save(new Domain(c, nameAr.trim(), nameFr.trim()));
			audit.record("CREATE", "training_domain", d.getId(), c, null, d.snapshot());
			return d;
		}
		Domain d = domain(id);
		Map<String, Object> before = d.snapshot();
		d.rename(nameAr.trim(), nameFr.trim(), active);
		audit.record("UPDATE", "training_domain", id, d.getCode(), before, d.snapshot());
		return d;
	}

	// ---- programmes

	public Programme programme(Long id) {
		return programmes.findById(id).orElseThrow(() -> new NotFoundException("programme " + id));
	}

	public Map<Long, Programme> programmeMap(Collection<Long> ids) {
		return programmes.findAllById(ids).stream().collect(Collectors.toMap(Programme::getId, Function.identity()));
	}

	public List<Programme> activeProgrammes() {
		return programmes.findAll(Sort.by("code")).stream().filter(Programme::isActive).toList();
	}

	public Page<Programme> searchProgrammes(ProgrammeFilter f, Pageable pageable) {
		return programmes.findAll(spec(f), pageable);
	}

	public List<Programme> searchAllProgrammes(ProgrammeFilter f) {
		return programmes.findAll(spec(f), Sort.by("code"));
	}

	private static Specification<Programme> spec(ProgrammeFilter f) {
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (f.q() != null && !f.q().isBlank()) {
				p.add(Like.anyContains(cb, f.q(), root.get("titleFr"), root.get("titleAr"), root.get("code")));
			}
			if (f.type() != null) {
				p.add(cb.equal(root.get("type"), f.type()));
			}
			if (f.domainId() != null) {
				p.add(cb.equal(root.get("domainId"), f.domainId()));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	@Transactional
	public Programme saveProgramme(Long id, ProgrammeForm form) {
		require(form.titleAr(), "titleAr");
		require(form.titleFr(), "titleFr");
		if (form.type() == null) {
			throw BusinessException.onField("type", "training.error.required");
		}
		if (form.domainId() == null || domains.findById(form.domainId()).isEmpty()) {
			throw BusinessException.onField("domainId", "training.error.required");
		}
		Set<Long> needIds = form.needIds() == null ? Set.of() : form.needIds();
		if (needs.findAllById(needIds).size() != needIds.size()) {
			throw BusinessException.onField("needIds", "training.programme.error.need-unknown");
		}
		Programme p;
		Map<String, Object> before = null;
		if (id == null) {
			require(form.code(), "code");
			String code = form.code().trim().toUpperCase(Locale.ROOT);
			if (programmes.existsByCode(code)) {
				throw BusinessException.onField("code", "training.error.code-taken", code);
			}
			p = new Programme(code);
		}
		else {
			p = programme(id);
			before = p.snapshot();
		}
		p.update(form.titleAr().trim(), form.titleFr().trim(), trim(form.objectivesAr()), trim(form.objectivesFr()),
				form.type(), form.domainId(), form.targetFunctions(), trim(form.prerequisites()), needIds);
		programmes.save(p);
		audit.record(id == null ? "CREATE" : "UPDATE", "training_programme", p.getId(), p.getCode(), before,
				p.snapshot());
		return p;
	}

	public List<ProgrammeModule> modules(Long programmeId) {
		return modules.findByProgrammeIdOrderByPosition(programmeId);
	}

	public int hours(Long programmeId) {
		return modules(programmeId).stream().mapToInt(ProgrammeModule::getHours).sum();
	}

	@Transactional
	public ProgrammeModule addModule(Long programmeId, String titleAr, String titleFr, Integer hours) {
		programme(programmeId);
		require(titleAr, "titleAr");
		require(titleFr, "titleFr");
		if (hours == null || hours < 1 || hours > 500) {
			throw BusinessException.onField("hours", "training.module.error.hours");
		}
		int position = modules(programmeId).size() + 1;
		ProgrammeModule m = modules.save(new ProgrammeModule(programmeId, position, titleAr.trim(), titleFr.trim(),
				hours));
		audit.record("CREATE", "training_module", m.getId(), titleFr, null, m.snapshot());
		return m;
	}

	// ---- centres, rooms and trainers

	/** The centres the user may plan for (all for the ministry, their own for a coordinator). */
	public List<Unit> centres(SanadUser user) {
		List<Long> managed = access.managedCentres(user);
		return organisation.activeOfKinds(CENTRE_KINDS).stream()
			.filter(u -> managed == null || managed.contains(u.getId())).toList();
	}

	public List<Unit> allCentres() {
		return organisation.activeOfKinds(CENTRE_KINDS);
	}

	public List<Room> rooms(SanadUser user) {
		List<Long> managed = access.managedCentres(user);
		return managed == null ? rooms.findAllByOrderByName() : rooms.findByCentreIdInOrderByName(managed);
	}

	public Room room(Long id) {
		return rooms.findById(id).orElseThrow(() -> new NotFoundException("room " + id));
	}

	@Transactional
	public Room addRoom(SanadUser user, Long centreId, String name, Integer capacity) {
		return addRoom(user, centreId, name, null, capacity);
	}

	@Transactional
	public Room addRoom(SanadUser user, Long centreId, String name, String nameAr, Integer capacity) {
		checkCentre(user, centreId);
		require(name, "name");
		if (capacity == null || capacity < 1) {
			throw BusinessException.onField("capacity", "training.session.error.capacity");
		}
		if (rooms.existsByCentreIdAndName(centreId, name.trim())) {
			throw BusinessException.onField("name", "training.error.code-taken", name.trim());
		}
		Room room = new Room(centreId, name.trim(), capacity);
		room.nameInArabic(nameAr);
		Room r = rooms.save(room);
		audit.record("CREATE", "training_room", r.getId(), r.getName(), null, r.snapshot());
		return r;
	}

	public List<Trainer> trainers(SanadUser user) {
		List<Long> managed = access.managedCentres(user);
		return managed == null ? trainers.findAllByOrderByFullName() : trainers.findByCentreIdInOrderByFullName(managed);
	}

	public Trainer trainer(Long id) {
		return trainers.findById(id).orElseThrow(() -> new NotFoundException("trainer " + id));
	}

	public Map<Long, Trainer> trainerMap(Collection<Long> ids) {
		return trainers.findAllById(ids).stream().collect(Collectors.toMap(Trainer::getId, Function.identity()));
	}

	@Transactional
	public Trainer addTrainer(SanadUser user, Long centreId, String fullName, boolean external, String speciality,
			String email, String phone, String username) {
		checkCentre(user, centreId);
		require(fullName, "fullName");
		if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw BusinessException.onField("email", "training.error.email");
		}
		if (username != null && !username.isBlank() && trainers.findByUsername(username.trim()).isPresent()) {
			throw BusinessException.onField("username", "training.error.code-taken", username.trim());
		}
		Trainer t = trainers.save(new Trainer(centreId, fullName.trim(), external, trim(speciality), trim(email),
				trim(phone), username));
		audit.record("CREATE", "training_trainer", t.getId(), t.getFullName(), null, t.snapshot());
		return t;
	}

	private void checkCentre(SanadUser user, Long centreId) {
		if (centreId == null || organisation.find(centreId).filter(u -> CENTRE_KINDS.contains(u.getKind())).isEmpty()) {
			throw BusinessException.onField("centreId", "training.error.centre");
		}
		access.requireCentre(user, centreId);
	}

	static void require(String value, String field) {
		if (value == null || value.isBlank()) {
			throw BusinessException.onField(field, "training.error.required");
		}
	}

	static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
