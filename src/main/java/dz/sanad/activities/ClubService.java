package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Unit;
import dz.sanad.people.Member;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Technical management of sports clubs: sections by discipline, coaches and their qualifications, teams, licence
 * seasons. Licensed athletes are in {@link AthleteService}, competitions, results and medals in
 * {@link CompetitionService}.
 */
@Service
@Transactional(readOnly = true)
public class ClubService {

	public static final List<String> CATEGORIES = List.of("U11", "U13", "U15", "U17", "U20", "SENIOR", "VETERAN");

	public static final List<String> COACH_LEVELS = List.of("LEVEL_1", "LEVEL_2", "LEVEL_3", "FEDERAL", "STATE_DIPLOMA");

	public record Coach(Long id, Long sectionId, Long memberId, String fullName, String qualification, String level,
			LocalDate validUntil) {
	}

	public record Team(Long id, Long sectionId, String name, String category) {
	}

	private final Sections sections;

	private final Participants participants;

	private final ScopeGuard guard;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	ClubService(Sections sections, Participants participants, ScopeGuard guard, AuditTrail audit, JdbcClient jdbc) {
		this.sections = sections;
		this.participants = participants;
		this.guard = guard;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	// ---- sections

	public List<ClubSection> sections(Long unitId, String discipline) {
		List<Long> ids = guard.unitIds();
		if (unitId != null) {
			guard.check(unitId);
		}
		return sections.findAll(Sort.by("unitId", "discipline")).stream()
			.filter(s -> ids == null || ids.contains(s.getUnitId()))
			.filter(s -> unitId == null || unitId.equals(s.getUnitId()))
			.filter(s -> discipline == null || discipline.isBlank() || discipline.equals(s.getDiscipline()))
			.toList();
	}

	public ClubSection section(Long id) {
		ClubSection s = sections.findById(id).orElseThrow(() -> new NotFoundException("section " + id));
		guard.check(s.getUnitId());
		return s;
	}

	ClubSection manageSection(Long id) {
		ClubSection s = section(id);
		guard.manage(s.getUnitId());
		return s;
	}

	@Transactional
	public ClubSection createSection(Long unitId, String discipline, String nameAr, String nameFr) {
		Unit u = guard.manage(unitId);
		if (!ClubSection.DISCIPLINES.contains(discipline)) {
			throw BusinessException.onField("discipline", "act.error.required");
		}
		if (nameAr == null || nameAr.isBlank() || nameFr == null || nameFr.isBlank()) {
			throw BusinessException.onField("nameAr", "act.error.required");
		}
		ClubSection s = sections.save(new ClubSection(u.getId(), u.getWilayaCode(), discipline, nameAr.trim(), nameFr.trim()));
		audit.record("CREATE", "club-section", s.getId(), s.getNameFr(), null, s.snapshot());
		return s;
	}

	// ---- coaches

	public List<Coach> coaches(Long sectionId) {
		section(sectionId);
		return jdbc.sql("select id, section_id, member_id, full_name, qualification, level, valid_until from activities_coach where section_id = ? order by full_name")
			.param(sectionId).query((rs, i) -> new Coach(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)))
			.list();
	}

	@Transactional
	public void addCoach(Long sectionId, String matricule, String qualification, String level, LocalDate validUntil) {
		ClubSection s = manageSection(sectionId);
		Member m = participants.byMatricule(CurrentUser.get(), matricule)
			.orElseThrow(() -> BusinessException.onField("matricule", "act.error.matricule-unknown", matricule));
		if (qualification == null || qualification.isBlank()) {
			throw BusinessException.onField("qualification", "act.error.required");
		}
		if (!COACH_LEVELS.contains(level)) {
			throw BusinessException.onField("level", "act.error.required");
		}
		Integer exists = jdbc.sql("select count(*) from activities_coach where section_id = ? and member_id = ?")
			.params(sectionId, m.getId()).query(Integer.class).single();
		if (exists > 0) {
			throw BusinessException.onField("matricule", "act.error.coach-listed", matricule);
		}
		Long id = jdbc.sql("insert into activities_coach (section_id, member_id, full_name, qualification, level, valid_until) values (?, ?, ?, ?, ?, ?) returning id")
			.params(s.getId(), m.getId(), m.fullNameAr(), qualification.trim(), level, validUntil)
			.query(Long.class).single();
		audit.record("CREATE", "coach", id, m.getMatricule(), null,
				Map.of("sectionId", sectionId, "memberId", m.getId(), "qualification", qualification.trim(), "level", level));
	}

	// ---- teams

	public List<Team> teams(Long sectionId) {
		section(sectionId);
		return jdbc.sql("select id, section_id, name, category from activities_team where section_id = ? order by category, name")
			.param(sectionId).query((rs, i) -> new Team(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	@Transactional
	public Long addTeam(Long sectionId, String name, String category) {
		manageSection(sectionId);
		if (name == null || name.isBlank()) {
			throw BusinessException.onField("name", "act.error.required");
		}
		if (!CATEGORIES.contains(category)) {
			throw BusinessException.onField("category", "act.error.required");
		}
		Long id = jdbc.sql("insert into activities_team (section_id, name, category) values (?, ?, ?) returning id")
			.params(sectionId, name.trim(), category).query(Long.class).single();
		audit.record("CREATE", "team", id, name.trim(), null, Map.of("sectionId", sectionId, "category", category));
		return id;
	}

	public List<String> seasons() {
		int y = LocalDate.now().getMonthValue() >= 9 ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1;
		List<String> s = new ArrayList<>();
		for (int i = -2; i <= 1; i++) {
			s.add((y + i) + "-" + (y + i + 1));
		}
		return s;
	}
}
