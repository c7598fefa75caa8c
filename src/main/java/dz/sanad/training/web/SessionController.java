package dz.sanad.training.web;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Digits;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import dz.sanad.territory.Territory;
import dz.sanad.training.Catalogue;
import dz.sanad.training.Certificate;
import dz.sanad.training.Nomination;
import dz.sanad.training.NominationStatus;
import dz.sanad.training.Programme;
import dz.sanad.training.ProgrammeModule;
import dz.sanad.training.Session;
import dz.sanad.training.SessionState;
import dz.sanad.training.TrainingAccess;
import dz.sanad.training.TrainingCertificates;
import dz.sanad.training.TrainingDocuments;
import dz.sanad.training.TrainingNominations;
import dz.sanad.training.TrainingSessions;
import dz.sanad.training.TrainingSessions.Move;
import dz.sanad.training.TrainingSessions.SessionFilter;
import dz.sanad.training.TrainingSessions.SessionForm;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sessions: the plan, the session page (nominations, decisions, documents), attendance and assessments. */
@Controller("trainingSessionController")
@RequestMapping("/training")
class SessionController {

	private final TrainingSessions sessions;

	private final TrainingNominations nominations;

	private final TrainingCertificates certificates;

	private final TrainingDocuments documents;

	private final Catalogue catalogue;

	private final TrainingAccess access;

	private final Organisation organisation;

	private final People people;

	private final Territory territory;

	private final Xlsx xlsx;

	private final Pages pages;

	SessionController(TrainingSessions sessions, TrainingNominations nominations, TrainingCertificates certificates,
			TrainingDocuments documents, Catalogue catalogue, TrainingAccess access,
			Organisation organisation, People people, Territory territory, Xlsx xlsx, Pages pages) {
		this.sessions = sessions;
		this.nominations = nominations;
		this.certificates = certificates;
		this.documents = documents;
		this.catalogue = catalogue;
		this.access = access;
		this.organisation = organisation;
		this.people = people;
		this.territory = territory;
		this.xlsx = xlsx;
		this.pages = pages;
	}

	// ---- list

	@GetMapping("/sessions")
	String list(SessionFilter filter, @RequestParam(required = false) Integer page, Model model) {
		SanadUser user = CurrentUser.get();
		var result = sessions.search(user, filter, Paging.of(page, null, Sort.by("startDate", "code")));
		model.addAttribute("filter", filter);
		model.addAttribute("page", result);
		model.addAttribute("states", SessionState.values());
		model.addAttribute("centres", catalogue.allCentres());
		model.addAttribute("centreMap", centreMap());
		model.addAttribute("programmes", catalogue.activeProgrammes());
		model.addAttribute("programmeMap", catalogue.programmeMap(
				result.getContent().stream().map(Session::getProgrammeId).collect(Collectors.toSet())));
		return "training/sessions";
	}

	@GetMapping("/sessions/export")
	void export(SessionFilter filter, HttpServletResponse response) {
		List<Session> all = sessions.searchAll(CurrentUser.get(), filter);
		Map<Long, Programme> programmes = catalogue.programmeMap(all.stream().map(Session::getProgrammeId).toList());
		Map<Long, Unit> centres = centreMap();
		xlsx.export(response, "training-sessions", List.of(
				Xlsx.<Session>col("training.code", Session::getCode),
				Xlsx.col("training.programme", s -> programmes.get(s.getProgrammeId()).getTitleFr()),
				Xlsx.col("training.centre", s -> centres.get(s.getCentreId()).getCode()),
				Xlsx.col("training.startDate", Session::getStartDate),
				Xlsx.col("training.endDate", Session::getEndDate),
				Xlsx.col("training.capacity", Session::getCapacity),
				Xlsx.col("training.state", s -> s.getState())), all.stream(), String.valueOf(filter));
	}

	// ---- create and plan

	@GetMapping("/sessions/new")
	String form(Model model) {
		SanadUser user = CurrentUser.get();
		model.addAttribute("programmes", catalogue.activeProgrammes());
		model.addAttribute("centres", catalogue.centres(user));
		model.addAttribute("rooms", catalogue.rooms(user));
		return "training/session-form";
	}

	@PostMapping("/sessions/new")
	String create(SessionForm form, RedirectAttributes flash) {
		Long[] id = { null };
		String back = pages.run(flash, "/training/sessions/new", "training.saved",
				() -> id[0] = sessions.create(form).getId());
		return id[0] == null ? back : "redirect:/training/sessions/" + id[0];
	}

	@PostMapping("/sessions/{id}/edit")
	String edit(@PathVariable Long id, SessionForm form, RedirectAttributes flash) {
		return pages.run(flash, "/training/sessions/" + id, "training.saved", () -> sessions.update(id, form));
	}

	@PostMapping("/sessions/{id}/quotas")
	String quotas(@PathVariable Long id, @RequestParam Map<String, String> params, RedirectAttributes flash) {
		Map<String, Integer> quotas = new LinkedHashMap<>();
		params.forEach((k, v) -> {
			if (k.startsWith("q_") && v != null && !v.isBlank()) {
				try {
					quotas.put(k.substring(2), Integer.valueOf(Digits.latin(v).trim()));
				}
				catch (NumberFormatException e) {
					quotas.put(k.substring(2), -1);
				}
			}
		});
		return pages.run(flash, "/training/sessions/" + id, "training.saved", () -> sessions.setQuotas(id, quotas));
	}

	@PostMapping("/sessions/{id}/trainers")
	String trainer(@PathVariable Long id, @RequestParam Long moduleId, @RequestParam(required = false) Long trainerId,
			RedirectAttributes flash) {
		return pages.run(flash, "/training/sessions/" + id, "training.saved",
				() -> sessions.assignTrainer(id, moduleId, trainerId));
	}

	@PostMapping("/sessions/{id}/move")
	String move(@PathVariable Long id, @RequestParam Move move, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		return pages.run(flash, "/training/sessions/" + id, "training.session.moved",
				() -> sessions.move(id, move, reason));
	}

	// ---- the session page

	@GetMapping("/sessions/{id}")
	String view(@PathVariable Long id, Model model) {
		SanadUser user = CurrentUser.get();
		Session s = sessions.visible(user, id);
		Programme p = catalogue.programme(s.getProgrammeId());
		List<ProgrammeModule> modules = catalogue.modules(p.getId());
		List<Nomination> list = nominations.ofSession(user, s);
		model.addAttribute("sess", s);
		model.addAttribute("programme", p);
		model.addAttribute("modules", modules);
		model.addAttribute("hours", modules.stream().mapToInt(ProgrammeModule::getHours).sum());
		model.addAttribute("centre", organisation.get(s.getCentreId()));
		model.addAttribute("room", s.getRoomId() == null ? null : catalogue.room(s.getRoomId()));
		model.addAttribute("trainerMap", catalogue.trainerMap(s.getTrainers().values()));
		model.addAttribute("nominations", list);
		model.addAttribute("members", people.members(list.stream().map(Nomination::getMemberId).toList()));
		model.addAttribute("accepted", list.stream().filter(n -> n.getStatus() == NominationStatus.ACCEPTED).count());
		Map<Long, Certificate> certs = certificates.ofSession(id).stream()
			.collect(Collectors.toMap(Certificate::getNominationId, Function.identity()));
		model.addAttribute("certificates", certs);
		boolean manage = access.managesCentre(user, s.getCentreId());
		model.addAttribute("canManage", manage);
		model.addAttribute("canNominate", user.is(Role.DGSN_SOCIAL, Role.WILAYA_OFFICER) && s.acceptsNominations());
		// which rows get the accept/refuse and withdraw buttons, decided here once rather than per row in the page
		boolean decisionsOpen = s.getState() == SessionState.OPEN || s.getState() == SessionState.CONFIRMED;
		boolean canDecide = decisionsOpen && user.is(Role.TRAINING_MANAGER);
		boolean canWithdraw = decisionsOpen && user.is(Role.TRAINING_MANAGER, Role.DGSN_SOCIAL, Role.WILAYA_OFFICER);
		model.addAttribute("decidable", list.stream().filter(n -> canDecide && (n.getStatus() == NominationStatus.PENDING
				|| n.getStatus() == NominationStatus.WAITLISTED)).map(Nomination::getId).collect(Collectors.toSet()));
		model.addAttribute("withdrawable", list.stream().filter(n -> canWithdraw && n.getStatus().isLive())
			.map(Nomination::getId).collect(Collectors.toSet()));
		model.addAttribute("canDeliver", manage || access.teaches(user, s));
		if (manage) {
			model.addAttribute("rooms", catalogue.rooms(user).stream()
				.filter(r -> r.getCentreId().equals(s.getCentreId())).toList());
			model.addAttribute("trainers", catalogue.trainers(user));
			model.addAttribute("moves", moves(s.getState()));
			model.addAttribute("job", certificates.lastJob(id).orElse(null));
		}
		return "training/session";
	}

	/** The quota inputs of the session page's plan section, loaded when it is opened (htmx). */
	@GetMapping("/sessions/{id}/quotas")
	String quotaInputs(@PathVariable Long id, Model model) {
		SanadUser user = CurrentUser.get();
		Session s = sessions.visible(user, id);
		access.requireCentre(user, s.getCentreId());
		model.addAttribute("sess", s);
		model.addAttribute("wilayas", territory.wilayas());
		return "training/session :: quotas";
	}

	private static Set<Move> moves(SessionState state) {
		return switch (state) {
			case DRAFT -> EnumSet.of(Move.OPEN, Move.CANCEL);
			case OPEN -> EnumSet.of(Move.CONFIRM, Move.CANCEL);
			case CONFIRMED -> EnumSet.of(Move.START, Move.CANCEL);
			case RUNNING -> EnumSet.of(Move.CLOSE, Move.CANCEL);
			default -> EnumSet.noneOf(Move.class);
		};
	}

	@GetMapping("/sessions/{id}/nominations/export")
	void exportNominations(@PathVariable Long id, HttpServletResponse response) {
		SanadUser user = CurrentUser.get();
		Session s = sessions.visible(user, id);
		List<Nomination> list = nominations.ofSession(user, s);
		Map<Long, Member> members = people.members(list.stream().map(Nomination::getMemberId).toList());
		xlsx.export(response, "training-nominations-" + s.getCode(), List.of(
				Xlsx.<Nomination>col("training.matricule", n -> members.get(n.getMemberId()).getMatricule()),
				Xlsx.col("training.nameAr", n -> members.get(n.getMemberId()).fullNameAr()),
				Xlsx.col("training.nameLat", n -> members.get(n.getMemberId()).fullNameLat()),
				Xlsx.col("training.wilaya", Nomination::getWilayaCode),
				Xlsx.col("training.status", n -> n.getStatus()),
				Xlsx.col("training.reason", Nomination::getReason),
				Xlsx.col("training.waitRank", Nomination::getWaitRank),
				Xlsx.col("training.attendanceRate", Nomination::getAttendanceRate),
				Xlsx.col("training.postScore", Nomination::getPostScore),
				Xlsx.col("training.completed", Nomination::getCompleted)), list.stream(), s.getCode());
	}

	// ---- nominations

	@GetMapping("/sessions/{id}/nominate/search")
	String search(@PathVariable Long id, @RequestParam(required = false) String q, Model model) {
		SanadUser user = CurrentUser.get();
		Session s = sessions.visible(user, id);
		model.addAttribute("sess", s);
		model.addAttribute("results", q == null || q.isBlank() ? List.of()
				: people.lookup(user, q, access.wilayaOf(user), 15));
		return "training/session :: results";
	}

	@PostMapping("/sessions/{id}/nominate")
	String nominate(@PathVariable Long id, @RequestParam Long memberId, RedirectAttributes flash) {
		return pages.run(flash, "/training/sessions/" + id, "training.nomination.saved",
				() -> nominations.nominate(id, memberId));
	}

	@PostMapping("/sessions/{id}/nominations/import")
	String importList(@PathVariable Long id, @RequestParam("file") MultipartFile file, RedirectAttributes flash) {
		sessions.visible(CurrentUser.get(), id);
		try {
			var report = nominations.importList(id, file.getInputStream());
			flash.addFlashAttribute("importReport", report);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return "redirect:/training/sessions/" + id;
	}

	@PostMapping("/nominations/{nid}/accept")
	String accept(@PathVariable Long nid, RedirectAttributes flash) {
		Nomination n = nominations.get(nid);
		return pages.run(flash, "/training/sessions/" + n.getSessionId(), "training.nomination.decided",
				() -> nominations.accept(nid));
	}

	@PostMapping("/nominations/{nid}/refuse")
	String refuse(@PathVariable Long nid, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		Nomination n = nominations.get(nid);
		return pages.run(flash, "/training/sessions/" + n.getSessionId(), "training.nomination.decided",
				() -> nominations.refuse(nid, reason));
	}

	@PostMapping("/nominations/{nid}/withdraw")
	String withdraw(@PathVariable Long nid, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		Nomination n = nominations.get(nid);
		return pages.run(flash, "/training/sessions/" + n.getSessionId(), "training.nomination.withdrawn",
				() -> nominations.withdraw(nid, reason));
	}

	@GetMapping("/nominations/{nid}/convocation.pdf")
	ResponseEntity<byte[]> convocation(@PathVariable Long nid) {
		SanadUser user = CurrentUser.get();
		Nomination n = nominations.get(nid);
		Session s = sessions.get(n.getSessionId());
		boolean ok = user.is(Role.MEMBER) ? n.getMemberId().equals(user.memberId())
				: access.canSeeNomination(user, s, n) && !user.is(Role.TRAINER);
		if (!ok) {
			throw new AccessDeniedException("nomination outside scope");
		}
		if (n.getStatus() != NominationStatus.ACCEPTED) {
			throw new dz.sanad.platform.NotFoundException("convocation");
		}
		return pdf(documents.convocation(s, n), "convocation-" + s.getCode() + "-" + nid + ".pdf");
	}

	// ---- certificates of the session

	@PostMapping("/sessions/{id}/certificates")
	String batch(@PathVariable Long id, RedirectAttributes flash) {
		return pages.run(flash, "/training/sessions/" + id + "#certificates", "training.certificate.batch-started",
				() -> certificates.startBatch(id));
	}

	@GetMapping("/sessions/{id}/certificates/jobs/{jobId}")
	String job(@PathVariable Long id, @PathVariable Long jobId, Model model) {
		Session s = sessions.get(id);
		access.requireManageSession(CurrentUser.get(), s);
		model.addAttribute("sess", s);
		model.addAttribute("job", certificates.job(id, jobId));
		return "training/session :: job";
	}

	@GetMapping("/sessions/{id}/certificates/jobs/{jobId}/zip")
	ResponseEntity<byte[]> zip(@PathVariable Long id, @PathVariable Long jobId) {
		Session s = sessions.get(id);
		access.requireManageSession(CurrentUser.get(), s);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("certificates-" + s.getCode() + ".zip").build().toString())
			.contentType(MediaType.parseMediaType("application/zip"))
			.body(certificates.jobResult(id, jobId));
	}

	static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(bytes);
	}

	private Map<Long, Unit> centreMap() {
		return catalogue.allCentres().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
	}

}
