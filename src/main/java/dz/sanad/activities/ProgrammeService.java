package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Unit;
import dz.sanad.people.Member;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dz.sanad.activities.ActivityService.blankToNull;

/** The annual programmes of the establishments and the staff trained under the agreement. */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

	private static final Logger log = LoggerFactory.getLogger(ProgrammeService.class);

	private final Programmes programmes;

	private final TrainedStaffs trainedStaff;

	private final Participants participants;

	private final ScopeGuard guard;

	private final AuditTrail audit;

	ProgrammeService(Programmes programmes, TrainedStaffs trainedStaff, Participants participants, ScopeGuard guard,
			AuditTrail audit) {
		this.programmes = programmes;
		this.trainedStaff = trainedStaff;
		this.participants = participants;
		this.guard = guard;
		this.audit = audit;
	}

	public List<Programme> programmes(Long unitId) {
		List<Long> ids = guard.unitIds();
		if (unitId != null) {
			guard.check(unitId);
			return programmes.findByUnitIdOrderByYearDesc(unitId);
		}
		return ids == null ? programmes.findAll(Sort.by(Sort.Direction.DESC, "year", "unitId"))
				: programmes.findByUnitIdInOrderByYearDesc(ids);
	}

	public Programme programme(Long id) {
		Programme p = programmes.findById(id).orElseThrow(() -> new NotFoundException("programme " + id));
		guard.check(p.getUnitId());
		return p;
	}

	@Transactional
	public Programme createProgramme(Long unitId, int year, String title, String objectives) {
		Unit u = guard.manage(unitId);
		if (year < 2025 || year > 2100) {
			throw BusinessException.onField("year", "act.error.year");
		}
		if (title == null || title.isBlank()) {
			throw BusinessException.onField("title", "act.error.title-required");
		}
		if (programmes.existsByUnitIdAndYear(unitId, year)) {
			throw BusinessException.onField("year", "act.error.programme-exists", year);
		}
		Programme p = programmes.save(new Programme(u.getId(), u.getWilayaCode(), year, title.trim(), objectives));
		audit.record("CREATE", "programme", p.getId(), p.getTitle(), null, p.snapshot());
		return p;
	}

	public List<TrainedStaff> trainedStaff(Long programmeId) {
		programme(programmeId);
		return trainedStaff.findByProgrammeIdOrderByMemberName(programmeId);
	}

	/** Lists a staff member of the establishment as trained under the agreement (staff of another unit refused). */
	@Transactional
	public TrainedStaff addTrainedStaff(Long programmeId, String matricule, String trainingRef, LocalDate trainedOn) {
		Programme p = programme(programmeId);
		guard.manage(p.getUnitId());
		Member m = participants.byMatricule(CurrentUser.get(), matricule)
			.orElseThrow(() -> BusinessException.onField("matricule", "act.error.matricule-unknown", matricule));
		if (m.getUnitId() == null || !guard.organisation().isWithin(m.getUnitId(), p.getUnitId())) {
			throw BusinessException.onField("matricule", "act.error.staff-other-unit", matricule);
		}
		if (trainedStaff.existsByProgrammeIdAndMemberId(programmeId, m.getId())) {
			throw BusinessException.onField("matricule", "act.error.staff-listed", matricule);
		}
		if (trainedOn != null && trainedOn.isAfter(LocalDate.now())) {
			throw BusinessException.onField("trainedOn", "act.error.date-future");
		}
		TrainedStaff s = trainedStaff.save(new TrainedStaff(programmeId, m.getId(), m.fullNameAr(),
				m.getFunction() == null ? null : m.getFunction().name(), blankToNull(trainingRef), trainedOn));
		audit.record("CREATE", "trained-staff", s.getId(), m.getMatricule(), null, s.snapshot());
		return s;
	}

	/**
	 * A training certificate was issued: its holder, when staff of an establishment, is listed as trained on that
	 * establishment's programme of the training's year (a row listed by hand gets the certificate). Called by
	 * {@link CertificateListener}, without a user; a re-delivered event changes nothing.
	 *
	 * @return whether a row was created or changed
	 */
	@Transactional
	public boolean certificateIssued(Long certificateId, Long memberId, String serial, LocalDate trainedOn) {
		Member m = participants.people().member(memberId);
		Unit unit = m.getUnitId() == null ? null : guard.organisation().find(m.getUnitId()).orElse(null);
		if (unit == null || !unit.getKind().isEstablishment()) {
			return false; // not staff of an establishment: nothing to list
		}
		Optional<Programme> p = programmes.findByUnitIdAndYear(unit.getId(), trainedOn.getYear());
		if (p.isEmpty()) {
			log.info("Certificate {}: establishment {} has no programme for {}", serial, unit.getCode(),
					trainedOn.getYear());
			return false;
		}
		Optional<TrainedStaff> listed = trainedStaff.findByProgrammeIdAndMemberId(p.get().getId(), memberId);
		if (listed.isEmpty()) {
			TrainedStaff s = new TrainedStaff(p.get().getId(), memberId, m.fullNameAr(),
					m.getFunction() == null ? null : m.getFunction().name(), null, null);
			s.certified(certificateId, serial, trainedOn);
			trainedStaff.save(s);
			audit.record("CREATE", "trained-staff", s.getId(), serial, null, s.snapshot());
			return true;
		}
		TrainedStaff s = listed.get();
		Map<String, Object> before = s.snapshot();
		if (!s.certified(certificateId, serial, trainedOn)) {
			return false;
		}
		audit.record("UPDATE", "trained-staff", s.getId(), serial, before, s.snapshot());
		return true;
	}

	/** A certificate was revoked: the rows it made are marked (kept as history, no longer counted as trained). */
	@Transactional
	public int certificateRevoked(Long certificateId, String reason) {
		int n = 0;
		for (TrainedStaff s : trainedStaff.findByCertificateId(certificateId)) {
			Map<String, Object> before = s.snapshot();
			if (s.revoked(reason, Instant.now())) {
				audit.record("REVOKE", "trained-staff", s.getId(), s.getTrainingRef(), before, s.snapshot());
				n++;
			}
		}
		return n;
	}
}
