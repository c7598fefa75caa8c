package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Like;
import dz.sanad.platform.NotFoundException;
import dz.sanad.people.Member;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Technical management of sports clubs: sections by discipline, coaches and their qualifications, teams, licensed
 * athletes with licence season and medical-certificate validity, competitions, results and medals.
 */
@Service
@Transactional(readOnly = true)
public class ClubService {

	/** Days before its end a medical certificate is flagged as expiring. */
	public static final int MEDICAL_WARNING_DAYS = 30;

	public static final List<String> LEVELS = List.of("LOCAL", "REGIONAL", "NATIONAL", "INTERNATIONAL");

	public static final List<String> CATEGORIES = List.of("U11", "U13", "U15", "U17", "U20", "SENIOR", "VETERAN");

	public static final List<String> COACH_LEVELS = List.of("LEVEL_1", "LEVEL_2", "LEVEL_3", "FEDERAL", "STATE_DIPLOMA");

	public enum Medical {
		VALID, EXPIRING, EXPIRED;

		public String messageKey() {
			return "act.medical." + name();
		}

		static Medical of(LocalDate validUntil, LocalDate today) {
			if (validUntil == null || validUntil.isBefore(today)) {
				return EXPIRED;
			}
			return validUntil.isBefore(today.plusDays(MEDICAL_WARNING_DAYS)) ? EXPIRING : VALID;
		}
	}

	public record Coach(Long id, Long sectionId, Long memberId, String fullName, String qualification, String level,
			LocalDate validUntil) {
	}

	public record Team(Long id, Long sectionId, String name, String category) {
	}

	public record Athlete(Long id, Long sectionId, Long teamId, Long memberId, Long familyMemberId, String nameAr,
			String nameLat, LocalDate birthDate, String sex, String licenceNo, String season, LocalDate medicalValidUntil,
			boolean active) {

		public Medical getMedical() {
			return Medical.of(medicalValidUntil, LocalDate.now());
		}

		public String name(java.util.Locale locale) {
			return "ar".equals(locale.getLanguage()) || nameLat == null ? nameAr : nameLat;
		}

		public int getAge() {
			return birthDate == null ? -1 : Period.between(birthDate, LocalDate.now()).getYears();
		}
	}

	public record Competition(Long id, Long sectionId, String name, String level, LocalDate heldOn, String location) {
	}

	public record Result(Long id, Long competitionId, Long athleteId, Long teamId, int rank, String medal, String who) {
	}

	public record AthleteFilter(String q, Long unitId, Long sectionId, Medical medical, String season) {
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
		return sections.findAll(org.springframework.data.domain.Sort.by("unitId", "discipline")).stream()
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
			throw new BusinessException("discipline", "act.error.required");
		}
		if (nameAr == null || nameAr.isBlank() || nameFr == null || nameFr.isBlank()) {
			throw new BusinessException("nameAr", "act.error.required");
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
			.orElseThrow(() -> new BusinessException("matricule", "act.error.matricule-unknown", matricule));
		if (qualification == null || qualification.isBlank()) {
			throw new BusinessException("qualification", "act.error.required");
		}
		if (!COACH_LEVELS.contains(level)) {
			throw new BusinessException("level", "act.error.required");
		}
		Integer exists = jdbc.sql("select count(*) from activities_coach where section_id = ? and member_id = ?")
			.params(sectionId, m.getId()).query(Integer.class).single();
		if (exists > 0) {
			throw new BusinessException("matricule", "act.error.coach-listed", matricule);
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
			throw new BusinessException("name", "act.error.required");
		}
		if (!CATEGORIES.contains(category)) {
			throw new BusinessException("category", "act.error.required");
		}
		Long id = jdbc.sql("insert into activities_team (section_id, name, category) values (?, ?, ?) returning id")
			.params(sectionId, name.trim(), category).query(Long.class).single();
		audit.record("CREATE", "team", id, name.trim(), null, Map.of("sectionId", sectionId, "category", category));
		return id;
	}

	// ---- athletes

	private static final String ATHLETE_COLS = """
			select id, section_id, team_id, member_id, family_member_id, name_ar, name_lat, birth_date, sex, licence_no,
			season, medical_valid_until, active from activities_athlete""";

	private static Athlete athlete(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Athlete(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getLong(4), (Long) rs.getObject(5),
				rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10),
				rs.getString(11), rs.getObject(12, LocalDate.class), rs.getBoolean(13));
	}

	public List<Athlete> athletes(Long sectionId) {
		section(sectionId);
		return jdbc.sql(ATHLETE_COLS + " where section_id = ? and active order by name_ar").param(sectionId)
			.query((rs, i) -> athlete(rs)).list();
	}

	/** Athletes across the sections in scope, filtered (medical status, season, name). */
	public List<Athlete> searchAthletes(AthleteFilter f) {
		List<Long> sectionIds = sections(f.unitId(), null).stream().map(ClubSection::getId)
			.filter(id -> f.sectionId() == null || f.sectionId().equals(id)).toList();
		if (sectionIds.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder(ATHLETE_COLS + " where active and section_id in (:ids)");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ids", sectionIds);
		LocalDate today = LocalDate.now();
		if (f.medical() != null) {
			switch (f.medical()) {
				case EXPIRED -> sql.append(" and (medical_valid_until is null or medical_valid_until < :today)");
				case EXPIRING -> sql.append(" and medical_valid_until >= :today and medical_valid_until < :soon");
				case VALID -> sql.append(" and medical_valid_until >= :soon");
			}
			params.put("today", today);
			params.put("soon", today.plusDays(MEDICAL_WARNING_DAYS));
		}
		if (f.season() != null && !f.season().isBlank()) {
			sql.append(" and season = :season");
			params.put("season", f.season().trim());
		}
		if (f.q() != null && !f.q().isBlank()) {
			sql.append(" and (lower(name_lat) like :q escape '\\' or name_ar like :q escape '\\' or licence_no like :q escape '\\')");
			params.put("q", Like.contains(f.q()));
		}
		sql.append(" order by medical_valid_until nulls first, name_ar");
		return jdbc.sql(sql.toString()).params(params).query((rs, i) -> athlete(rs)).list();
	}

	/** Licenses a member or one of their children in a section for a season (e.g. 2026-2027). */
	@Transactional
	public Long addAthlete(Long sectionId, String matricule, Long familyMemberId, String licenceNo, String season,
			LocalDate medicalValidUntil, Long teamId) {
		manageSection(sectionId);
		Participant p = participants.resolve(CurrentUser.get(), null, matricule, familyMemberId);
		if (p.relation().equals("SPOUSE") || p.relation().equals("PARENT")) {
			throw new BusinessException("familyMemberId", "act.error.athlete-relation");
		}
		if (licenceNo == null || licenceNo.isBlank()) {
			throw new BusinessException("licenceNo", "act.error.required");
		}
		if (season == null || !season.matches("\\d{4}-\\d{4}")
				|| Integer.parseInt(season.substring(5)) != Integer.parseInt(season.substring(0, 4)) + 1) {
			throw new BusinessException("season", "act.error.season");
		}
		if (teamId != null && jdbc.sql("select count(*) from activities_team where id = ? and section_id = ?")
			.params(teamId, sectionId).query(Integer.class).single() == 0) {
			throw new BusinessException("teamId", "act.error.team-other-section");
		}
		if (jdbc.sql("select count(*) from activities_athlete where section_id = ? and licence_no = ? and season = ?")
			.params(sectionId, licenceNo.trim(), season).query(Integer.class).single() > 0) {
			throw new BusinessException("licenceNo", "act.error.licence-taken", licenceNo);
		}
		Long id = jdbc.sql("""
				insert into activities_athlete (section_id, team_id, member_id, family_member_id, name_ar, name_lat,
				birth_date, sex, licence_no, season, medical_valid_until) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(sectionId, teamId, p.memberId(), p.familyMemberId(), p.nameAr(), p.nameLat(), p.birthDate(), p.sex(),
					licenceNo.trim(), season, medicalValidUntil)
			.query(Long.class).single();
		audit.record("CREATE", "athlete", id, licenceNo.trim(), null,
				Map.of("sectionId", sectionId, "memberId", p.memberId(), "season", season,
						"medicalValidUntil", String.valueOf(medicalValidUntil)));
		return id;
	}

	/** A new medical certificate lifts the flag. */
	@Transactional
	public void renewMedical(Long athleteId, LocalDate validUntil) {
		Athlete a = jdbc.sql(ATHLETE_COLS + " where id = ?").param(athleteId).query((rs, i) -> athlete(rs)).optional()
			.orElseThrow(() -> new NotFoundException("athlete " + athleteId));
		manageSection(a.sectionId());
		if (validUntil == null || validUntil.isBefore(LocalDate.now())) {
			throw new BusinessException("medicalValidUntil", "act.error.medical-past");
		}
		jdbc.sql("update activities_athlete set medical_valid_until = ? where id = ?").params(validUntil, athleteId).update();
		audit.record("UPDATE", "athlete", athleteId, a.licenceNo(), Map.of("medicalValidUntil", String.valueOf(a.medicalValidUntil())),
				Map.of("medicalValidUntil", validUntil.toString()));
	}

	// ---- competitions and results

	public List<Competition> competitions(Long sectionId) {
		section(sectionId);
		return jdbc.sql("select id, section_id, name, level, held_on, location from activities_competition where section_id = ? order by held_on desc")
			.param(sectionId).query((rs, i) -> new Competition(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6)))
			.list();
	}

	@Transactional
	public Long addCompetition(Long sectionId, String name, String level, LocalDate heldOn, String location) {
		manageSection(sectionId);
		if (name == null || name.isBlank()) {
			throw new BusinessException("name", "act.error.required");
		}
		if (!LEVELS.contains(level)) {
			throw new BusinessException("level", "act.error.required");
		}
		if (heldOn == null) {
			throw new BusinessException("heldOn", "act.error.required");
		}
		Long id = jdbc.sql("insert into activities_competition (section_id, name, level, held_on, location) values (?, ?, ?, ?, ?) returning id")
			.params(sectionId, name.trim(), level, heldOn, ActivityService.blankToNull(location)).query(Long.class).single();
		audit.record("CREATE", "competition", id, name.trim(), null, Map.of("sectionId", sectionId, "level", level, "heldOn", heldOn));
		return id;
	}

	public List<Result> results(Long sectionId) {
		section(sectionId);
		return jdbc.sql("""
				select r.id, r.competition_id, r.athlete_id, r.team_id, r.rank, r.medal, coalesce(a.name_ar, t.name)
				from activities_result r join activities_competition c on c.id = r.competition_id
				left join activities_athlete a on a.id = r.athlete_id left join activities_team t on t.id = r.team_id
				where c.section_id = ? order by c.held_on desc, r.rank""")
			.param(sectionId).query((rs, i) -> new Result(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
					(Long) rs.getObject(4), rs.getInt(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	static String medalFor(int rank) {
		return switch (rank) {
			case 1 -> "GOLD";
			case 2 -> "SILVER";
			case 3 -> "BRONZE";
			default -> "NONE";
		};
	}

	/** A ranking of an athlete or a team of the section; the medal follows from the rank. */
	@Transactional
	public Long addResult(Long competitionId, Long athleteId, Long teamId, Integer rank) {
		Competition c = jdbc.sql("select id, section_id, name, level, held_on, location from activities_competition where id = ?")
			.param(competitionId).query((rs, i) -> new Competition(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6)))
			.optional().orElseThrow(() -> new NotFoundException("competition " + competitionId));
		manageSection(c.sectionId());
		if (c.heldOn().isAfter(LocalDate.now())) {
			throw new BusinessException("rank", "act.error.result-future");
		}
		if ((athleteId == null) == (teamId == null)) {
			throw new BusinessException("athleteId", "act.error.result-who");
		}
		if (rank == null || rank < 1) {
			throw new BusinessException("rank", "act.error.positive");
		}
		String table = athleteId != null ? "activities_athlete" : "activities_team";
		Long who = athleteId != null ? athleteId : teamId;
		if (jdbc.sql("select count(*) from " + table + " where id = ? and section_id = ?").params(who, c.sectionId())
			.query(Integer.class).single() == 0) {
			throw new BusinessException("athleteId", "act.error.result-other-section");
		}
		String medal = medalFor(rank);
		Long id = jdbc.sql("insert into activities_result (competition_id, athlete_id, team_id, rank, medal) values (?, ?, ?, ?, ?) returning id")
			.params(competitionId, athleteId, teamId, rank, medal).query(Long.class).single();
		audit.record("CREATE", "result", id, c.name(), null, Map.of("competitionId", competitionId, "rank", rank, "medal", medal));
		return id;
	}

	// ---- section view figures

	/** Age pyramid of the section's active athletes: bands × sex. */
	public Map<String, int[]> agePyramid(Long sectionId) {
		Map<String, int[]> bands = new LinkedHashMap<>();
		for (String b : List.of("0-10", "11-14", "15-17", "18-34", "35-49", "50+")) {
			bands.put(b, new int[2]);
		}
		for (Athlete a : athletes(sectionId)) {
			int age = a.getAge();
			String band = age <= 10 ? "0-10" : age <= 14 ? "11-14" : age <= 17 ? "15-17" : age <= 34 ? "18-34"
					: age <= 49 ? "35-49" : "50+";
			bands.get(band)["M".equals(a.sex()) ? 0 : 1]++;
		}
		return bands;
	}

	/** Medals per year: year → [gold, silver, bronze]. */
	public Map<Integer, int[]> medalsByYear(Long sectionId) {
		section(sectionId);
		Map<Integer, int[]> m = new java.util.TreeMap<>();
		jdbc.sql("""
				select extract(year from c.held_on)::int, r.medal, count(*) from activities_result r
				join activities_competition c on c.id = r.competition_id where c.section_id = ? and r.medal <> 'NONE'
				group by 1, 2""")
			.param(sectionId).query((rs, i) -> {
				int[] v = m.computeIfAbsent(rs.getInt(1), y -> new int[3]);
				v[switch (rs.getString(2)) { case "GOLD" -> 0; case "SILVER" -> 1; default -> 2; }] = rs.getInt(3);
				return null;
			}).list();
		return m;
	}

	/** Headcounts of a section: athletes by sex, expired medical certificates, coaches, teams. */
	public Map<String, Integer> headcounts(Long sectionId) {
		List<Athlete> athletes = athletes(sectionId);
		Map<String, Integer> h = new LinkedHashMap<>();
		h.put("athletes", athletes.size());
		h.put("male", (int) athletes.stream().filter(a -> "M".equals(a.sex())).count());
		h.put("female", (int) athletes.stream().filter(a -> "F".equals(a.sex())).count());
		h.put("children", (int) athletes.stream().filter(a -> a.familyMemberId() != null).count());
		h.put("medicalExpired", (int) athletes.stream().filter(a -> a.getMedical() == Medical.EXPIRED).count());
		h.put("medicalExpiring", (int) athletes.stream().filter(a -> a.getMedical() == Medical.EXPIRING).count());
		h.put("coaches", coaches(sectionId).size());
		h.put("teams", teams(sectionId).size());
		return h;
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

interface Sections extends JpaRepository<ClubSection, Long> {
}
