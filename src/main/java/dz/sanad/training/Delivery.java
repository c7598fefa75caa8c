package dz.sanad.training;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Dates;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Delivery and evaluation: attendance per half-day, pre/post assessment per module, the trainee's satisfaction
 * questionnaire (Kirkpatrick level 1), the supervisor's follow-up three months later (level 3), and the
 * completion rule applied when the session closes.
 */
@Service("trainingDelivery")
@Transactional(readOnly = true)
public class Delivery {

	public static final List<String> HALVES = List.of("AM", "PM");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Sessions sessions;

	private final Nominations nominations;

	private final TrainingAccess access;

	private final TrainingRules rules;

	private final People people;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	Delivery(JdbcClient jdbc, Sessions sessions, Nominations nominations, TrainingAccess access, TrainingRules rules,
			People people, Organisation organisation, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.nominations = nominations;
		this.access = access;
		this.rules = rules;
		this.people = people;
		this.organisation = organisation;
		this.audit = audit;
		this.events = events;
	}

	/** Counts of a trainee's half-days. */
	public record Presence(int present, int absent, int justified, int slots) {
		public double rate() {
			return slots == 0 ? 0 : 100.0 * present / slots;
		}
	}

	public record Scores(Double pre, Double post) {
	}

	public record Satisfaction(int content, int trainers, int organisation, int usefulness, int overall,
			String comment) {
	}

	public record FollowUp(Long nominationId, String token, String supervisorEmail, String applied, String comment) {
	}

	/** Trainees of a session (accepted nominations). */
	public List<Nomination> trainees(Long sessionId) {
		return nominations.findBySessionIdAndStatusOrderByCreatedAt(sessionId, NominationStatus.ACCEPTED);
	}

	public void requireDeliverAccess(SanadUser user, Session s) {
		access.requireDeliver(user, s);
	}

	public void requireManageAccess(SanadUser user, Session s) {
		access.requireManageSession(user, s);
	}

	// ---- attendance

	/** Status per nomination id and half ("AM"/"PM") for one day. */
	public Map<Long, Map<String, AttendanceStatus>> attendance(Long sessionId, LocalDate day) {
		Map<Long, Map<String, AttendanceStatus>> out = new HashMap<>();
		jdbc.sql("""
				select a.nomination_id, a.half, a.status from training_attendance a
				join training_nomination n on n.id = a.nomination_id where n.session_id = ? and a.day = ?""")
			.params(sessionId, day)
			.query(rs -> {
				out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2),
						AttendanceStatus.valueOf(rs.getString(3)));
			});
		return out;
	}

	/** Every recorded half-day of a session: nomination id → "yyyy-MM-dd/AM" → status. */
	public Map<Long, Map<String, AttendanceStatus>> allAttendance(Long sessionId) {
		Map<Long, Map<String, AttendanceStatus>> out = new HashMap<>();
		jdbc.sql("""
				select a.nomination_id, a.day, a.half, a.status from training_attendance a
				join training_nomination n on n.id = a.nomination_id where n.session_id = ?""")
			.param(sessionId)
			.query(rs -> {
				out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
					.put(rs.getDate(2).toLocalDate() + "/" + rs.getString(3), AttendanceStatus.valueOf(rs.getString(4)));
			});
		return out;
	}

	/**
	 * Records one day's attendance (the trainer's page). Only while the session runs, only for its trainees and
	 * working days that have come; the whole day lands or nothing does.
	 */
	@Transactional
	public void recordAttendance(Long sessionId, LocalDate day, Map<Long, Map<String, AttendanceStatus>> marks) {
		SanadUser user = CurrentUser.get();
		Session s = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
		access.requireDeliver(user, s);
		s.requireAttendanceDay(day, Dates.today());
		var ids = trainees(sessionId).stream().map(Nomination::getId).toList();
		Map<Long, Map<String, AttendanceStatus>> before = attendance(sessionId, day);
		for (var e : marks.entrySet()) {
			if (!ids.contains(e.getKey())) {
				throw BusinessException.of("training.attendance.error.trainee", e.getKey());
			}
			for (var h : e.getValue().entrySet()) {
				if (!HALVES.contains(h.getKey()) || h.getValue() == null) {
					throw BusinessException.of("training.attendance.error.day");
				}
				jdbc.sql("""
						insert into training_attendance (nomination_id, day, half, status, recorded_by)
						values (?, ?, ?, ?, ?) on conflict (nomination_id, day, half)
						do update set status = excluded.status, recorded_by = excluded.recorded_by""")
					.params(e.getKey(), day, h.getKey(), h.getValue().name(), user.getUsername())
					.update();
			}
		}
		audit.record("ATTENDANCE", "training_session", sessionId, s.getCode() + " " + day, before, marks);
	}

	public Map<Long, Presence> presence(Session s) {
		int slots = s.days().size() * HALVES.size();
		Map<Long, int[]> counts = new HashMap<>();
		jdbc.sql("""
				select a.nomination_id, a.status, count(*) from training_attendance a
				join training_nomination n on n.id = a.nomination_id where n.session_id = ?
				group by a.nomination_id, a.status""")
			.param(s.getId())
			.query(rs -> {
				int[] c = counts.computeIfAbsent(rs.getLong(1), k -> new int[3]);
				c[AttendanceStatus.valueOf(rs.getString(2)).ordinal()] = rs.getInt(3);
			});
		Map<Long, Presence> out = new HashMap<>();
		for (Nomination n : trainees(s.getId())) {
			int[] c = counts.getOrDefault(n.getId(), new int[3]);
			out.put(n.getId(), new Presence(c[0], c[1], c[2], slots));
		}
		return out;
	}

	// ---- assessments

	/** nomination id → module id → scores. */
	public Map<Long, Map<Long, Scores>> scores(Long sessionId) {
		Map<Long, Map<Long, Scores>> out = new HashMap<>();
		jdbc.sql("""
				select a.nomination_id, a.module_id, a.pre_score, a.post_score from training_assessment a
				join training_nomination n on n.id = a.nomination_id where n.session_id = ?""")
			.param(sessionId)
			.query(rs -> {
				Double pre = rs.getObject(3) == null ? null : rs.getDouble(3);
				Double post = rs.getObject(4) == null ? null : rs.getDouble(4);
				out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), new Scores(pre, post));
			});
		return out;
	}

	/** Records pre/post scores (out of 20) of one module for the session's trainees. */
	@Transactional
	public void recordScores(Long sessionId, Long moduleId, Map<Long, Scores> scores) {
		SanadUser user = CurrentUser.get();
		Session s = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
		access.requireDeliver(user, s);
		if (s.getState() != SessionState.RUNNING && s.getState() != SessionState.CONFIRMED) {
			throw BusinessException.of("training.assessment.error.state");
		}
		boolean moduleOk = jdbc.sql("select count(*) from training_module where id = ? and programme_id = ?")
			.params(moduleId, s.getProgrammeId()).query(Integer.class).single() > 0;
		if (!moduleOk) {
			throw BusinessException.onField("moduleId", "training.session.error.module");
		}
		Map<Long, Long> members = new HashMap<>(); // nomination id → member id, to name a trainee in a refusal
		trainees(sessionId).forEach(n -> members.put(n.getId(), n.getMemberId()));
		for (var e : scores.entrySet()) {
			if (!members.containsKey(e.getKey())) {
				throw BusinessException.of("training.attendance.error.trainee", e.getKey());
			}
			if (!validScore(e.getValue().pre()) || !validScore(e.getValue().post())) {
				Member m = people.members(List.of(members.get(e.getKey()))).get(members.get(e.getKey()));
				throw BusinessException.onField("score", "training.assessment.error.range",
						m.name(LocaleContextHolder.getLocale()));
			}
		}
		for (var e : scores.entrySet()) {
			jdbc.sql("""
					insert into training_assessment (nomination_id, module_id, pre_score, post_score) values (?, ?, ?, ?)
					on conflict (nomination_id, module_id) do update set pre_score = excluded.pre_score,
					post_score = excluded.post_score""")
				.params(e.getKey(), moduleId, e.getValue().pre(), e.getValue().post())
				.update();
		}
		audit.record("ASSESSMENT", "training_session", sessionId, s.getCode() + " module " + moduleId, null, scores);
	}

	/** A mark out of 20, or none yet. */
	public static boolean validScore(Double v) {
		return v == null || (v >= 0 && v <= 20);
	}

	/** Average post-test score per nomination (over the modules assessed). */
	Map<Long, Double> postAverages(Long sessionId) {
		Map<Long, Double> out = new HashMap<>();
		jdbc.sql("""
				select a.nomination_id, avg(a.post_score) from training_assessment a
				join training_nomination n on n.id = a.nomination_id
				where n.session_id = ? and a.post_score is not null group by a.nomination_id""")
			.param(sessionId)
			.query(rs -> {
				out.put(rs.getLong(1), rs.getDouble(2));
			});
		return out;
	}

	/** The completion rule, applied to every trainee when the session closes. */
	void applyCompletion(Session s) {
		Map<Long, Presence> presence = presence(s);
		Map<Long, Double> post = postAverages(s.getId());
		for (Nomination n : trainees(s.getId())) {
			double rate = presence.get(n.getId()).rate();
			Double score = post.get(n.getId());
			Map<String, Object> before = n.snapshot();
			n.complete(Math.round(rate * 10) / 10.0, score, rules.completes(rate, score));
			audit.record("COMPLETION", "training_nomination", n.getId(), s.getCode(), before, n.snapshot());
		}
	}

	// ---- satisfaction (level 1)

	public Satisfaction satisfaction(Long nominationId) {
		return jdbc.sql("""
				select content, trainers, organisation, usefulness, overall, comment from training_satisfaction
				where nomination_id = ?""")
			.param(nominationId)
			.query((rs, i) -> new Satisfaction(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getString(6)))
			.optional().orElse(null);
	}

	/** The trainee answers once, for a session they attended that is running or closed. */
	@Transactional
	public void answerSatisfaction(Long nominationId, Satisfaction a) {
		SanadUser user = CurrentUser.get();
		Nomination n = nominations.findById(nominationId)
			.orElseThrow(() -> new NotFoundException("nomination " + nominationId));
		if (user.memberId() == null || !n.getMemberId().equals(user.memberId())) {
			throw new AccessDeniedException("not your nomination");
		}
		Session s = sessions.findById(n.getSessionId()).orElseThrow();
		if (n.getStatus() != NominationStatus.ACCEPTED
				|| (s.getState() != SessionState.RUNNING && s.getState() != SessionState.CLOSED)) {
			throw BusinessException.of("training.satisfaction.error.state");
		}
		if (satisfaction(nominationId) != null) {
			throw BusinessException.of("training.satisfaction.error.answered");
		}
		for (int v : new int[] { a.content(), a.trainers(), a.organisation(), a.usefulness(), a.overall() }) {
			if (v < 1 || v > 5) {
				throw BusinessException.onField("overall", "training.satisfaction.error.range");
			}
		}
		jdbc.sql("""
				insert into training_satisfaction (nomination_id, content, trainers, organisation, usefulness, overall, comment)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(nominationId, a.content(), a.trainers(), a.organisation(), a.usefulness(), a.overall(),
					Catalogue.trim(a.comment()))
			.update();
		audit.record("CREATE", "training_satisfaction", nominationId, s.getCode(), null, a);
	}

	// ---- follow-up (level 3)

	/**
	 * Daily: for sessions closed {@code followUpMonths} ago, asks each completed trainee's supervisor (the e-mail
	 * of the trainee's unit) whether the training is applied ({@link FollowUpJob}). One follow-up per trainee,
	 * ever: the follow-up row is claimed before its mail is published.
	 */
	@Transactional
	public int sendDueFollowUps() {
		LocalDate due = LocalDate.now().minusMonths(rules.followUpMonths());
		List<Long[]> rows = jdbc.sql("""
				select n.id, n.member_id from training_nomination n join training_session s on s.id = n.session_id
				where s.state = 'CLOSED' and s.end_date <= ? and n.completed = true
				and not exists (select 1 from training_followup f where f.nomination_id = n.id)""")
			.param(due)
			.query((rs, i) -> new Long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		Map<Long, Member> members = people.members(rows.stream().map(r -> r[1]).toList());
		int sent = 0;
		for (Long[] r : rows) {
			Member m = members.get(r[1]);
			String email = m == null ? null : organisation.find(m.getUnitId()).map(u -> u.getEmail()).orElse(null);
			String token = token();
			if (jdbc.sql("insert into training_followup (nomination_id, token, supervisor_email) values (?, ?, ?) on conflict (nomination_id) do nothing")
				.params(r[0], token, email).update() == 0) {
				continue; // claimed meanwhile
			}
			audit.record("CREATE", "training_followup", r[0], "follow-up sent", null, Map.of("email", String.valueOf(email)));
			events.publishEvent(new FollowUpDue(r[0], token, email));
			sent++;
		}
		return sent;
	}

	/** Published when a supervisor's follow-up questionnaire is due (mail goes out after commit). */
	public record FollowUpDue(Long nominationId, String token, String supervisorEmail) {
	}

	public FollowUp followUp(String token) {
		return jdbc.sql("""
				select nomination_id, token, supervisor_email, applied, comment from training_followup where token = ?""")
			.param(token)
			.query((rs, i) -> new FollowUp(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.optional().orElseThrow(() -> new NotFoundException("follow-up"));
	}

	public FollowUp followUpOf(Long nominationId) {
		return jdbc.sql("""
				select nomination_id, token, supervisor_email, applied, comment from training_followup where nomination_id = ?""")
			.param(nominationId)
			.query((rs, i) -> new FollowUp(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.optional().orElse(null);
	}

	/** The supervisor's answer (public page reached by the unguessable token in the e-mail). Once. */
	@Transactional
	public void answerFollowUp(String token, String applied, String comment) {
		FollowUp f = followUp(token);
		if (f.applied() != null) {
			throw BusinessException.of("training.followup.error.answered");
		}
		if (!List.of("YES", "PARTLY", "NO").contains(applied)) {
			throw BusinessException.onField("applied", "training.error.required");
		}
		jdbc.sql("update training_followup set applied = ?, comment = ?, answered_at = now() where token = ?")
			.params(applied, Catalogue.trim(comment), token).update();
		audit.record("UPDATE", "training_followup", f.nominationId(), "follow-up answered", null,
				Map.of("applied", applied));
	}

	static String token() {
		byte[] b = new byte[20];
		RANDOM.nextBytes(b);
		return Base32.encode(b);
	}

	/** Half-day list of a session, for the sheet's columns. */
	public static Map<LocalDate, List<String>> slots(Session s) {
		Map<LocalDate, List<String>> m = new LinkedHashMap<>();
		s.days().forEach(d -> m.put(d, HALVES));
		return m;
	}
}
