package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Unit;
import dz.sanad.people.Member;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dz.sanad.activities.ActivityService.blankToNull;

/** The annual programmes of the establishments and the staff trained under the agreement. */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

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
			throw new BusinessException("year", "act.error.year");
		}
		if (title == null || title.isBlank()) {
			throw new BusinessException("title", "act.error.title-required");
		}
		if (programmes.existsByUnitIdAndYear(unitId, year)) {
			throw new BusinessException("year", "act.error.programme-exists", year);
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
			.orElseThrow(() -> new BusinessException("matricule", "act.error.matricule-unknown", matricule));
		if (m.getUnitId() == null || !guard.organisation().isWithin(m.getUnitId(), p.getUnitId())) {
			throw new BusinessException("matricule", "act.error.staff-other-unit", matricule);
		}
		if (trainedStaff.existsByProgrammeIdAndMemberId(programmeId, m.getId())) {
			throw new BusinessException("matricule", "act.error.staff-listed", matricule);
		}
		if (trainedOn != null && trainedOn.isAfter(LocalDate.now())) {
			throw new BusinessException("trainedOn", "act.error.date-future");
		}
		TrainedStaff s = trainedStaff.save(new TrainedStaff(programmeId, m.getId(), m.fullNameAr(),
				m.getFunction() == null ? null : m.getFunction().name(), blankToNull(trainingRef), trainedOn));
		audit.record("CREATE", "trained-staff", s.getId(), m.getMatricule(), null, s.snapshot());
		return s;
	}

	/**
	 * The training module's certificate for a member: every programme row of that member gets the reference (called
	 * by the event listener, without a user).
	 */
	@Transactional
	public int certificateIssued(Long memberId, String reference, LocalDate on) {
		int n = 0;
		for (TrainedStaff s : trainedStaff.findByMemberId(memberId)) {
			Map<String, Object> before = s.snapshot();
			s.trained(reference, on);
			audit.record("UPDATE", "trained-staff", s.getId(), reference, before, s.snapshot());
			n++;
		}
		return n;
	}
}
