package dz.sanad.training.web;

import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Paging;
import dz.sanad.platform.SanadUser;
import dz.sanad.training.AttendanceStatus;
import dz.sanad.training.Catalogue;
import dz.sanad.training.Certificate;
import dz.sanad.training.Delivery;
import dz.sanad.training.Domain;
import dz.sanad.training.Need;
import dz.sanad.training.Nomination;
import dz.sanad.training.Programme;
import dz.sanad.training.ProgrammeModule;
import dz.sanad.training.Room;
import dz.sanad.training.Session;
import dz.sanad.training.Trainer;
import dz.sanad.training.TrainingCertificates;
import dz.sanad.training.TrainingNeeds;
import dz.sanad.training.TrainingNominations;
import dz.sanad.training.TrainingReports;
import dz.sanad.training.TrainingSessions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The training REST API: same services, same rules and scopes as the pages. */
@RestController("trainingApi")
@RequestMapping("/api/training")
class TrainingApi {

	record ProgrammeDto(Long id, String code, String titleAr, String titleFr, String type, Long domainId,
			String targetFunctions, int hours, List<ModuleDto> modules) {
	}

	record ModuleDto(Long id, int position, String titleAr, String titleFr, int hours) {
		static ModuleDto of(ProgrammeModule m) {
			return new ModuleDto(m.getId(), m.getPosition(), m.getTitleAr(), m.getTitleFr(), m.getHours());
		}
	}

	record SessionDto(Long id, String code, Long programmeId, Long centreId, Long roomId, LocalDate startDate,
			LocalDate endDate, int capacity, String state, String cancelReason, Map<String, Integer> quotas,
			Map<Long, Long> trainers) {
		static SessionDto of(Session s) {
			return new SessionDto(s.getId(), s.getCode(), s.getProgrammeId(), s.getCentreId(), s.getRoomId(),
					s.getStartDate(), s.getEndDate(), s.getCapacity(), s.getState().name(), s.getCancelReason(),
					s.getQuotas(), s.getTrainers());
		}
	}

	record NominationDto(Long id, Long sessionId, Long memberId, String matricule, String nameAr, String wilayaCode,
			String status, String reason, Integer waitRank, Boolean completed, Double attendanceRate,
			Double postScore) {
		static NominationDto of(Nomination n, Member m) {
			return new NominationDto(n.getId(), n.getSessionId(), n.getMemberId(), m == null ? null : m.getMatricule(),
					m == null ? null : m.fullNameAr(), n.getWilayaCode(), n.getStatus().name(), n.getReason(),
					n.getWaitRank(), n.getCompleted(), n.getAttendanceRate(), n.getPostScore());
		}
	}

	record NeedDto(Long id, Long unitId, String wilayaCode, String function, Long domainId, int headcount,
			String priority, String justification, LocalDate wishedFrom, LocalDate wishedTo, int planYear) {
		static NeedDto of(Need n) {
			return new NeedDto(n.getId(), n.getUnitId(), n.getWilayaCode(), n.getFunction().name(), n.getDomainId(),
					n.getHeadcount(), n.getPriority().name(), n.getJustification(), n.getWishedFrom(), n.getWishedTo(),
					n.getPlanYear());
		}
	}

	record CertificateDto(Long id, String serial, String holderNameAr, String holderNameLat, String programmeFr,
			String centreFr, LocalDate startDate, LocalDate endDate, int hours, boolean revoked, String revokedReason,
			String verifyUrl) {
	}

	record MoveRequest(TrainingSessions.Move move, String reason) {
	}

	record ReasonRequest(String reason) {
	}

	record NominateRequest(Long memberId) {
	}

	record AttendanceRequest(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			Map<Long, Map<String, AttendanceStatus>> marks) {
	}

	record ScoresRequest(Long moduleId, Map<Long, Delivery.Scores> scores) {
	}

	record TrainerRequest(Long moduleId, Long trainerId) {
	}

	private final Catalogue catalogue;

	private final TrainingNeeds needs;

	private final TrainingSessions sessions;

	private final TrainingNominations nominations;

	private final TrainingCertificates certificates;

	private final Delivery delivery;

	private final TrainingReports reports;

	private final People people;

	private final MyTrainingController history;

	TrainingApi(Catalogue catalogue, TrainingNeeds needs, TrainingSessions sessions, TrainingNominations nominations,
			TrainingCertificates certificates, Delivery delivery, TrainingReports reports, People people,
			MyTrainingController history) {
		this.catalogue = catalogue;
		this.needs = needs;
		this.sessions = sessions;
		this.nominations = nominations;
		this.certificates = certificates;
		this.delivery = delivery;
		this.reports = reports;
		this.people = people;
		this.history = history;
	}

	// ---- catalogue

	@GetMapping("/domains")
	List<Domain> domains() {
		return catalogue.domains();
	}

	private ProgrammeDto dto(Programme p) {
		List<ProgrammeModule> modules = catalogue.modules(p.getId());
		return new ProgrammeDto(p.getId(), p.getCode(), p.getTitleAr(), p.getTitleFr(), p.getType().name(),
				p.getDomainId(), p.getTargetFunctions(), modules.stream().mapToInt(ProgrammeModule::getHours).sum(),
				modules.stream().map(ModuleDto::of).toList());
	}

	@GetMapping("/programmes")
	Page<ProgrammeDto> programmes(Catalogue.ProgrammeFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return catalogue.searchProgrammes(filter, Paging.of(page, size, Sort.by("code"))).map(this::dto);
	}

	@GetMapping("/programmes/{id}")
	ProgrammeDto programme(@PathVariable Long id) {
		return dto(catalogue.programme(id));
	}

	@PostMapping("/programmes")
	ProgrammeDto createProgramme(@RequestBody Catalogue.ProgrammeForm form) {
		return dto(catalogue.saveProgramme(null, form));
	}

	@PostMapping("/programmes/{id}/modules")
	ModuleDto addModule(@PathVariable Long id, @RequestBody ModuleDto m) {
		return ModuleDto.of(catalogue.addModule(id, m.titleAr(), m.titleFr(), m.hours()));
	}

	@GetMapping("/rooms")
	List<Room> rooms() {
		return catalogue.rooms(CurrentUser.get());
	}

	@GetMapping("/trainers")
	List<Trainer> trainers() {
		return catalogue.trainers(CurrentUser.get());
	}

	// ---- needs

	@GetMapping("/needs")
	Page<NeedDto> needs(TrainingNeeds.NeedFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return needs.search(CurrentUser.get(), filter, Paging.of(page, size, Sort.by(Sort.Direction.DESC, "id")))
			.map(NeedDto::of);
	}

	@PostMapping("/needs")
	NeedDto submit(@RequestBody TrainingNeeds.NeedForm form) {
		return NeedDto.of(needs.submit(form));
	}

	@GetMapping("/needs/summary")
	List<TrainingNeeds.NeedCell> summary(TrainingNeeds.NeedFilter filter) {
		return needs.consolidated(filter);
	}

	// ---- sessions

	@GetMapping("/sessions")
	Page<SessionDto> sessions(TrainingSessions.SessionFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return sessions.search(CurrentUser.get(), filter, Paging.of(page, size, Sort.by("startDate", "code")))
			.map(SessionDto::of);
	}

	@GetMapping("/sessions/{id}")
	SessionDto session(@PathVariable Long id) {
		return SessionDto.of(sessions.visible(CurrentUser.get(), id));
	}

	@PostMapping("/sessions")
	SessionDto create(@RequestBody TrainingSessions.SessionForm form) {
		return SessionDto.of(sessions.create(form));
	}

	@PostMapping("/sessions/{id}/moves")
	SessionDto move(@PathVariable Long id, @RequestBody MoveRequest request) {
		return SessionDto.of(sessions.move(id, request.move(), request.reason()));
	}

	@PostMapping("/sessions/{id}/quotas")
	SessionDto quotas(@PathVariable Long id, @RequestBody Map<String, Integer> quotas) {
		return SessionDto.of(sessions.setQuotas(id, quotas));
	}

	@PostMapping("/sessions/{id}/trainers")
	SessionDto trainer(@PathVariable Long id, @RequestBody TrainerRequest request) {
		return SessionDto.of(sessions.assignTrainer(id, request.moduleId(), request.trainerId()));
	}

	@GetMapping("/sessions/{id}/nominations")
	List<NominationDto> nominations(@PathVariable Long id) {
		SanadUser user = CurrentUser.get();
		List<Nomination> list = nominations.ofSession(user, sessions.visible(user, id));
		Map<Long, Member> members = people.members(list.stream().map(Nomination::getMemberId).toList());
		return list.stream().map(n -> NominationDto.of(n, members.get(n.getMemberId()))).toList();
	}

	@PostMapping("/sessions/{id}/nominations")
	NominationDto nominate(@PathVariable Long id, @RequestBody NominateRequest request) {
		Nomination n = nominations.nominate(id, request.memberId());
		return NominationDto.of(n, people.member(n.getMemberId()));
	}

	@PostMapping("/sessions/{id}/nominations/import")
	TrainingNominations.ImportReport importList(@PathVariable Long id, @RequestParam("file") MultipartFile file) {
		sessions.visible(CurrentUser.get(), id);
		try {
			return nominations.importList(id, file.getInputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@PostMapping("/nominations/{id}/accept")
	NominationDto accept(@PathVariable Long id) {
		Nomination n = nominations.accept(id);
		return NominationDto.of(n, people.member(n.getMemberId()));
	}

	@PostMapping("/nominations/{id}/refuse")
	NominationDto refuse(@PathVariable Long id, @RequestBody ReasonRequest request) {
		Nomination n = nominations.refuse(id, request.reason());
		return NominationDto.of(n, people.member(n.getMemberId()));
	}

	@PostMapping("/nominations/{id}/withdraw")
	NominationDto withdraw(@PathVariable Long id, @RequestBody(required = false) ReasonRequest request) {
		Nomination n = nominations.withdraw(id, request == null ? null : request.reason());
		return NominationDto.of(n, people.member(n.getMemberId()));
	}

	// ---- delivery

	@GetMapping("/sessions/{id}/attendance")
	Map<Long, Map<String, AttendanceStatus>> attendance(@PathVariable Long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		Session s = sessions.get(id);
		delivery.requireDeliverAccess(CurrentUser.get(), s);
		return delivery.attendance(id, day);
	}

	@PostMapping("/sessions/{id}/attendance")
	Map<String, Object> recordAttendance(@PathVariable Long id, @RequestBody AttendanceRequest request) {
		delivery.recordAttendance(id, request.day(), request.marks());
		return Map.of("status", "ok");
	}

	@PostMapping("/sessions/{id}/assessments")
	Map<String, Object> recordScores(@PathVariable Long id, @RequestBody ScoresRequest request) {
		delivery.recordScores(id, request.moduleId(), request.scores());
		return Map.of("status", "ok");
	}

	// ---- certificates

	private CertificateDto dto(Certificate c) {
		return new CertificateDto(c.getId(), c.getSerial(), c.getHolderNameAr(), c.getHolderNameLat(),
				c.getProgrammeFr(), c.getCentreFr(), c.getStartDate(), c.getEndDate(), c.getHours(), c.isRevoked(),
				c.getRevokedReason(), "/verify/" + c.getCode());
	}

	@PostMapping("/sessions/{id}/certificates")
	Map<String, Object> batch(@PathVariable Long id) {
		return Map.of("jobId", certificates.startBatch(id));
	}

	@GetMapping("/sessions/{id}/certificates/jobs/{jobId}")
	TrainingCertificates.Job job(@PathVariable Long id, @PathVariable Long jobId) {
		sessions.get(id);
		delivery.requireManageAccess(CurrentUser.get(), sessions.get(id));
		return certificates.job(id, jobId);
	}

	@GetMapping("/certificates")
	Page<CertificateDto> certificates(TrainingCertificates.CertificateFilter filter,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return certificates.search(CurrentUser.get(), filter, Paging.of(page, size, Sort.by("serial"))).map(this::dto);
	}

	@GetMapping("/certificates/{id}")
	CertificateDto certificate(@PathVariable Long id) {
		return dto(certificates.visible(CurrentUser.get(), id));
	}

	@PostMapping("/certificates/{id}/revoke")
	CertificateDto revoke(@PathVariable Long id, @RequestBody ReasonRequest request) {
		return dto(certificates.revoke(id, request.reason()));
	}

	// ---- history and reports

	record HistoryDto(Long nominationId, String session, String programmeFr, LocalDate startDate, LocalDate endDate,
			String status, Boolean completed, String certificateSerial) {
	}

	private List<HistoryDto> historyOf(Long memberId) {
		return history.history(memberId).stream().map(l -> new HistoryDto(l.nomination().getId(),
				l.session().getCode(), l.programme().getTitleFr(), l.session().getStartDate(), l.session().getEndDate(),
				l.nomination().getStatus().name(), l.nomination().getCompleted(),
				l.certificate() == null ? null : l.certificate().getSerial())).toList();
	}

	@GetMapping("/members/{memberId}/history")
	List<HistoryDto> memberHistory(@PathVariable Long memberId) {
		return historyOf(people.memberFor(CurrentUser.get(), memberId).getId());
	}

	@GetMapping("/my")
	List<HistoryDto> my() {
		return historyOf(CurrentUser.get().memberId());
	}

	/** Sessions with their figures; for the committee the accepted and completed counts under the disclosure rule. */
	@GetMapping("/reports/sessions")
	Object reportSessions(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long centreId) {
		List<TrainingReports.SessionRow> rows = reports.sessions(year, centreId);
		if (!CurrentUser.get().is(dz.sanad.platform.Role.COMMITTEE)) {
			return rows;
		}
		var counts = reports.sessionCounts(CurrentUser.get(), rows);
		return rows.stream().map(r -> {
			java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
			m.put("code", r.code());
			m.put("programmeAr", r.programmeAr());
			m.put("programmeFr", r.programmeFr());
			m.put("centreId", r.centreId());
			m.put("state", r.state());
			m.put("capacity", r.capacity());
			m.put("accepted", counts.cell(String.valueOf(r.id()), "training.accepted").export());
			m.put("completed", counts.cell(String.valueOf(r.id()), "training.completed").export());
			return m;
		}).toList();
	}

	/** A grouped report: its counts table (with totals, under the disclosure rule for the committee) and rates. */
	@GetMapping("/reports/{grouping}")
	TrainingReports.GroupTable reportGrouped(@PathVariable TrainingReports.Grouping grouping,
			@RequestParam(required = false) Integer year) {
		return reports.groupTable(CurrentUser.get(), grouping, year, k -> k);
	}
}
