package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Digits;
import dz.sanad.platform.Like;
import dz.sanad.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The licensed athletes of club sections: licence season and medical-certificate validity, and the section's
 * headcounts and age pyramid.
 */
@Service
@Transactional(readOnly = true)
public class AthleteService {

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

	public record Athlete(Long id, Long sectionId, Long teamId, Long memberId, Long familyMemberId, String nameAr,
			String nameLat, LocalDate birthDate, String sex, String licenceNo, String season, LocalDate medicalValidUntil,
			boolean active) {

		public Medical getMedical() {
			return Medical.of(medicalValidUntil, LocalDate.now());
		}

		public String name(Locale locale) {
			return "ar".equals(locale.getLanguage()) || nameLat == null ? nameAr : nameLat;
		}

		public int getAge() {
			return birthDate == null ? -1 : Period.between(birthDate, LocalDate.now()).getYears();
		}
	}

	public record AthleteFilter(String q, Long unitId, Long sectionId, Medical medical, String season) {
	}

	private final ClubService clubs;

	private final Participants participants;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	AthleteService(ClubService clubs, Participants participants, AuditTrail audit, JdbcClient jdbc) {
		this.clubs = clubs;
		this.participants = participants;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	private static final String ATHLETE_COLS = """
			select id, section_id, team_id, member_id, family_member_id, name_ar, name_lat, birth_date, sex, licence_no,
			season, medical_valid_until, active from activities_athlete""";

	private static Athlete athlete(ResultSet rs) throws SQLException {
		return new Athlete(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getLong(4), (Long) rs.getObject(5),
				rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10),
				rs.getString(11), rs.getObject(12, LocalDate.class), rs.getBoolean(13));
	}

	public List<Athlete> athletes(Long sectionId) {
		clubs.section(sectionId);
		return jdbc.sql(ATHLETE_COLS + " where section_id = ? and active order by name_ar").param(sectionId)
			.query((rs, i) -> athlete(rs)).list();
	}

	/** Athletes across the sections in scope, filtered (medical status, season, name). */
	public List<Athlete> searchAthletes(AthleteFilter f) {
		List<Long> sectionIds = clubs.sections(f.unitId(), null).stream().map(ClubSection::getId)
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
			params.put("season", Digits.latin(f.season()).trim()); // typed as ٢٠٢٦-٢٠٢٧ too
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
		clubs.manageSection(sectionId);
		Participant p = participants.resolve(CurrentUser.get(), null, matricule, familyMemberId);
		if (p.relation().equals("SPOUSE") || p.relation().equals("PARENT")) {
			throw BusinessException.onField("familyMemberId", "act.error.athlete-relation");
		}
		if (licenceNo == null || licenceNo.isBlank()) {
			throw BusinessException.onField("licenceNo", "act.error.required");
		}
		season = season == null ? null : Digits.latin(season).trim(); // ٢٠٢٦-٢٠٢٧ is stored as 2026-2027
		if (season == null || !season.matches("\\d{4}-\\d{4}")
				|| Integer.parseInt(season.substring(5)) != Integer.parseInt(season.substring(0, 4)) + 1) {
			throw BusinessException.onField("season", "act.error.season");
		}
		if (teamId != null && jdbc.sql("select count(*) from activities_team where id = ? and section_id = ?")
			.params(teamId, sectionId).query(Integer.class).single() == 0) {
			throw BusinessException.onField("teamId", "act.error.team-other-section");
		}
		if (jdbc.sql("select count(*) from activities_athlete where section_id = ? and licence_no = ? and season = ?")
			.params(sectionId, licenceNo.trim(), season).query(Integer.class).single() > 0) {
			throw BusinessException.onField("licenceNo", "act.error.licence-taken", licenceNo);
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
		clubs.manageSection(a.sectionId());
		if (validUntil == null || validUntil.isBefore(LocalDate.now())) {
			throw BusinessException.onField("medicalValidUntil", "act.error.medical-past");
		}
		jdbc.sql("update activities_athlete set medical_valid_until = ? where id = ?").params(validUntil, athleteId).update();
		audit.record("UPDATE", "athlete", athleteId, a.licenceNo(), Map.of("medicalValidUntil", String.valueOf(a.medicalValidUntil())),
				Map.of("medicalValidUntil", validUntil.toString()));
	}

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
		h.put("coaches", clubs.coaches(sectionId).size());
		h.put("teams", clubs.teams(sectionId).size());
		return h;
	}
}
