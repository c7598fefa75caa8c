package dz.sanad.activities;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dz.sanad.activities.ActivityService.blankToNull;

/** Competitions of club sections, the athletes' and teams' results, and the medals that follow from the ranks. */
@Service
@Transactional(readOnly = true)
public class CompetitionService {

	public static final List<String> LEVELS = List.of("LOCAL", "REGIONAL", "NATIONAL", "INTERNATIONAL");

	public record Competition(Long id, Long sectionId, String name, String level, LocalDate heldOn, String location) {
	}

	public record Result(Long id, Long competitionId, Long athleteId, Long teamId, int rank, String medal, String who) {
	}

	private final ClubService clubs;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	CompetitionService(ClubService clubs, AuditTrail audit, JdbcClient jdbc) {
		this.clubs = clubs;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	public List<Competition> competitions(Long sectionId) {
		clubs.section(sectionId);
		return jdbc.sql("select id, section_id, name, level, held_on, location from activities_competition where section_id = ? order by held_on desc")
			.param(sectionId).query((rs, i) -> new Competition(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6)))
			.list();
	}

	@Transactional
	public Long addCompetition(Long sectionId, String name, String level, LocalDate heldOn, String location) {
		clubs.manageSection(sectionId);
		if (name == null || name.isBlank()) {
			throw BusinessException.onField("name", "act.error.required");
		}
		if (!LEVELS.contains(level)) {
			throw BusinessException.onField("level", "act.error.required");
		}
		if (heldOn == null) {
			throw BusinessException.onField("heldOn", "act.error.required");
		}
		Long id = jdbc.sql("insert into activities_competition (section_id, name, level, held_on, location) values (?, ?, ?, ?, ?) returning id")
			.params(sectionId, name.trim(), level, heldOn, blankToNull(location)).query(Long.class).single();
		audit.record("CREATE", "competition", id, name.trim(), null, Map.of("sectionId", sectionId, "level", level, "heldOn", heldOn));
		return id;
	}

	public List<Result> results(Long sectionId) {
		clubs.section(sectionId);
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
		clubs.manageSection(c.sectionId());
		if (c.heldOn().isAfter(LocalDate.now())) {
			throw BusinessException.onField("rank", "act.error.result-future");
		}
		if ((athleteId == null) == (teamId == null)) {
			throw BusinessException.onField("athleteId", "act.error.result-who");
		}
		if (rank == null || rank < 1) {
			throw BusinessException.onField("rank", "act.error.positive");
		}
		String table = athleteId != null ? "activities_athlete" : "activities_team";
		Long who = athleteId != null ? athleteId : teamId;
		if (jdbc.sql("select count(*) from " + table + " where id = ? and section_id = ?").params(who, c.sectionId())
			.query(Integer.class).single() == 0) {
			throw BusinessException.onField("athleteId", "act.error.result-other-section");
		}
		String medal = medalFor(rank);
		Long id = jdbc.sql("insert into activities_result (competition_id, athlete_id, team_id, rank, medal) values (?, ?, ?, ?, ?) returning id")
			.params(competitionId, athleteId, teamId, rank, medal).query(Long.class).single();
		audit.record("CREATE", "result", id, c.name(), null, Map.of("competitionId", competitionId, "rank", rank, "medal", medal));
		return id;
	}

	/** Medals per year: year → [gold, silver, bronze]. */
	public Map<Integer, int[]> medalsByYear(Long sectionId) {
		clubs.section(sectionId);
		Map<Integer, int[]> m = new TreeMap<>();
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
}
