package dz.sanad.steering;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The committee's meetings: planned, convened (agenda sent), opened, closed, then approved. Outcomes are
 * recorded while the meeting is open: information, decisions (numbered per year) and actions (owner, due date,
 * status). Open actions are carried onto the agenda of every later meeting until done. Minutes are drafted in
 * the meeting, approved by both co-chairs against their hash, then frozen.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

	public enum Status {
		PLANNED, CONVENED, OPENED, CLOSED, APPROVED
	}

	public record Meeting(Long id, int year, int number, String kind, OffsetDateTime scheduledAt, String place,
			Status status, String minutes, String minutesHash, OffsetDateTime frozenAt) {

		public boolean frozen() {
			return status == Status.APPROVED;
		}
	}

	public record Item(Long id, int position, String title, Long articleId, Long commitmentId, Long indicatorId,
			Long carriedOutcomeId) {
	}

	public record Outcome(Long id, Long itemId, String kind, String text, Integer decisionYear,
			Integer decisionNumber, String owner, LocalDate dueOn, String status) {

		public String decisionRef() {
			return decisionNumber == null ? null : decisionNumber + "/" + decisionYear;
		}
	}

	public record MinutesApproval(String party, String username, String hash, OffsetDateTime at) {
	}

	private final JdbcClient jdbc;

	private final Committee committee;

	private final AuditTrail audit;

	Meetings(JdbcClient jdbc, Committee committee, AuditTrail audit) {
		this.jdbc = jdbc;
		this.committee = committee;
		this.audit = audit;
	}

	public List<Meeting> meetings() {
		return jdbc.sql(SELECT + " order by scheduled_at desc, id desc").query((org.springframework.jdbc.core.RowMapper<Meeting>) this::meeting).list();
	}

	public Meeting meeting(Long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query((org.springframework.jdbc.core.RowMapper<Meeting>) this::meeting).optional()
			.orElseThrow(() -> new NotFoundException("meeting " + id));
	}

	private static final String SELECT = "select id, year, number, kind, scheduled_at, place, status, minutes, minutes_hash, frozen_at from steering_meeting";

	private Meeting meeting(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new Meeting(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
				rs.getObject(5, OffsetDateTime.class), rs.getString(6), Status.valueOf(rs.getString(7)),
				rs.getString(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class));
	}

	public List<Item> items(Long meetingId) {
		return jdbc.sql("select id, position, title, article_id, commitment_id, indicator_id, carried_outcome_id from steering_agenda_item where meeting_id = ? order by position")
			.param(meetingId)
			.query((rs, i) -> new Item(rs.getLong(1), rs.getInt(2), rs.getString(3), (Long) rs.getObject(4),
					(Long) rs.getObject(5), (Long) rs.getObject(6), (Long) rs.getObject(7)))
			.list();
	}

	public List<Outcome> outcomes(Long meetingId) {
		return outcomesWhere("i.meeting_id = ?", meetingId, "o.id");
	}

	/** Actions still open, oldest due first (for the carry-over, the home page and the commitment page). */
	public List<Outcome> openActions() {
		return outcomesWhere("o.kind = 'ACTION' and o.status = 'OPEN'", null, "o.due_on, o.id");
	}

	/** Decisions and actions of the items linked to an article or to one of its commitments. */
	public List<Outcome> aboutArticle(Long articleId) {
		return outcomesWhere("(i.article_id = ? or i.commitment_id in (select id from steering_commitment where article_id = "
				+ articleId + "))", articleId, "o.id");
	}

	/** Outcomes in recording order for a meeting's minutes, by due date for the open actions. */
	private List<Outcome> outcomesWhere(String where, Long param, String order) {
		var spec = jdbc.sql("""
				select o.id, o.item_id, o.kind, o.text, o.decision_year, o.decision_number, o.owner_username, o.due_on,
				       o.status from steering_outcome o join steering_agenda_item i on i.id = o.item_id
				where %s order by %s""".formatted(where, order));
		if (param != null) {
			spec = spec.param(param);
		}
		return spec.query((rs, i) -> new Outcome(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				(Integer) rs.getObject(5), (Integer) rs.getObject(6), rs.getString(7),
				rs.getObject(8, LocalDate.class), rs.getString(9))).list();
	}

	public List<MinutesApproval> minutesApprovals(Long meetingId) {
		return jdbc.sql("select party_code, username, minutes_hash, approved_at from steering_minutes_approval where meeting_id = ? order by approved_at")
			.param(meetingId).query((rs, i) -> new MinutesApproval(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class)))
			.list();
	}

	public Map<String, Boolean> attendance(Long meetingId) {
		Map<String, Boolean> m = new java.util.LinkedHashMap<>();
		jdbc.sql("select username, present from steering_attendance where meeting_id = ? order by username")
			.param(meetingId).query((rs, i) -> m.put(rs.getString(1), rs.getBoolean(2))).list();
		return m;
	}

	/** A new meeting, numbered in its year; every open action is put on its agenda. */
	@Transactional
	public Meeting plan(SanadUser user, String kind, OffsetDateTime at, String place) {
		committee.requireMember(user);
		if (!"ORDINARY".equals(kind) && !"EXTRAORDINARY".equals(kind)) {
			throw BusinessException.onField("kind", "steering.error.kind");
		}
		if (at == null || place == null || place.isBlank()) {
			throw BusinessException.of("steering.error.meetingIncomplete");
		}
		int year = at.atZoneSameInstant(dz.sanad.platform.Formats.ZONE).getYear();
		jdbc.sql("select pg_advisory_xact_lock(7001, ?)").param(year).query(Object.class).list();
		Long id = jdbc.sql("""
				insert into steering_meeting (year, number, kind, scheduled_at, place)
				select ?, coalesce(max(number), 0) + 1, ?, ?, ? from steering_meeting where year = ? returning id""")
			.param(year).param(kind).param(at).param(place.strip()).param(year).query(Long.class).single();
		carryOpenActions(id);
		audit.record("CREATE", "SteeringMeeting", id, kind + " meeting planned", null, Map.of("at", at.toString()));
		return meeting(id);
	}

	/** Puts every open action not yet on this meeting's agenda onto it, after the items already there. */
	private void carryOpenActions(Long meetingId) {
		jdbc.sql("""
				insert into steering_agenda_item (meeting_id, position, title, carried_outcome_id, article_id, commitment_id, indicator_id)
				select ?, (select coalesce(max(position), 0) from steering_agenda_item where meeting_id = ?)
				          + row_number() over (order by o.due_on, o.id), o.text, o.id, i.article_id, i.commitment_id, i.indicator_id
				from steering_outcome o join steering_agenda_item i on i.id = o.item_id
				where o.kind = 'ACTION' and o.status = 'OPEN' and i.meeting_id <> ?
				  and not exists (select 1 from steering_agenda_item x where x.meeting_id = ? and x.carried_outcome_id = o.id)""")
			.param(meetingId).param(meetingId).param(meetingId).param(meetingId).update();
	}

	@Transactional
	public Item addItem(SanadUser user, Long meetingId, String title, Long articleId, Long commitmentId,
			Long indicatorId) {
		committee.requireMember(user);
		Meeting m = meeting(meetingId);
		if (m.status().ordinal() > Status.OPENED.ordinal()) {
			throw BusinessException.of("steering.error.agendaClosed");
		}
		if (title == null || title.isBlank()) {
			throw BusinessException.onField("title", "steering.error.titleRequired");
		}
		Long id = jdbc.sql("""
				insert into steering_agenda_item (meeting_id, position, title, article_id, commitment_id, indicator_id)
				select ?, coalesce(max(position), 0) + 1, ?, ?, ?, ? from steering_agenda_item where meeting_id = ?
				returning id""").param(meetingId).param(title.strip()).param(articleId).param(commitmentId)
			.param(indicatorId).param(meetingId).query(Long.class).single();
		audit.record("CREATE", "SteeringAgendaItem", id, title, null, null);
		return items(meetingId).stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
	}

	/** Sends the convocation: the agenda is final, with the open actions carried up to now. */
	@Transactional
	public Meeting convene(SanadUser user, Long meetingId) {
		committee.requireMember(user);
		meeting(meetingId);
		carryOpenActions(meetingId);
		move(meetingId, Status.PLANNED, Status.CONVENED, ", convened_at = now()");
		return meeting(meetingId);
	}

	@Transactional
	public Meeting open(SanadUser user, Long meetingId, Map<String, Boolean> present) {
		committee.requireMember(user);
		move(meetingId, Status.CONVENED, Status.OPENED, "");
		for (Committee.Member member : committee.members()) {
			jdbc.sql("insert into steering_attendance (meeting_id, username, present) values (?, ?, ?)")
				.param(meetingId).param(member.username())
				.param(Boolean.TRUE.equals(present.get(member.username()))).update();
		}
		return meeting(meetingId);
	}

	@Transactional
	public Meeting close(SanadUser user, Long meetingId) {
		committee.requireMember(user);
		move(meetingId, Status.OPENED, Status.CLOSED, "");
		return meeting(meetingId);
	}

	private void move(Long meetingId, Status from, Status to, String extra) {
		int n = jdbc.sql("update steering_meeting set status = ?" + extra + " where id = ? and status = ?")
			.param(to.name()).param(meetingId).param(from.name()).update();
		if (n == 0) {
			meeting(meetingId);
			throw BusinessException.of("steering.error.meetingState");
		}
		audit.record("UPDATE", "SteeringMeeting", meetingId, from + " -> " + to, Map.of("status", from.name()),
				Map.of("status", to.name()));
	}

	/** Information, a decision (next number of the year) or an action (owner among the members, due date). */
	@Transactional
	public Outcome record(SanadUser user, Long itemId, String kind, String text, String owner, LocalDate dueOn) {
		committee.requireMember(user);
		Long meetingId = jdbc.sql("select meeting_id from steering_agenda_item where id = ?").param(itemId)
			.query(Long.class).optional().orElseThrow(() -> new NotFoundException("item " + itemId));
		Meeting m = meeting(meetingId);
		if (m.status() != Status.OPENED) {
			throw BusinessException.of("steering.error.notOpened");
		}
		if (text == null || text.isBlank()) {
			throw BusinessException.onField("text", "steering.error.textRequired");
		}
		Integer year = null;
		Integer number = null;
		String status = null;
		switch (kind == null ? "" : kind) {
			case "INFORMATION" -> {
			}
			case "DECISION" -> {
				year = m.year();
				jdbc.sql("select pg_advisory_xact_lock(7002, ?)").param(year).query(Object.class).list();
				number = jdbc.sql("select coalesce(max(decision_number), 0) + 1 from steering_outcome where decision_year = ?")
					.param(year).query(Integer.class).single();
			}
			case "ACTION" -> {
				if (owner == null || committee.member(owner).isEmpty()) {
					throw BusinessException.onField("owner", "steering.error.ownerMember");
				}
				if (dueOn == null) {
					throw BusinessException.onField("dueOn", "steering.error.dueRequired");
				}
				status = "OPEN";
			}
			default -> throw BusinessException.onField("kind", "steering.error.kind");
		}
		Long id = jdbc.sql("""
				insert into steering_outcome (item_id, kind, text, decision_year, decision_number, owner_username, due_on, status, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""").param(itemId).param(kind).param(text.strip())
			.param(year).param(number).param("ACTION".equals(kind) ? owner : null)
			.param("ACTION".equals(kind) ? dueOn : null).param(status).param(user.getUsername())
			.query(Long.class).single();
		audit.record("CREATE", "SteeringOutcome", id, kind + (number == null ? "" : " " + number + "/" + year), null,
				null);
		return outcomes(meetingId).stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
	}

	/** An action's owner or a member marks it done or cancelled; a done action is no longer carried. */
	@Transactional
	public void setActionStatus(SanadUser user, Long outcomeId, String status) {
		committee.requireMember(user);
		if (!"DONE".equals(status) && !"CANCELLED".equals(status) && !"OPEN".equals(status)) {
			throw BusinessException.onField("status", "steering.error.status");
		}
		int n = jdbc.sql("update steering_outcome set status = ? where id = ? and kind = 'ACTION'").param(status)
			.param(outcomeId).update();
		if (n == 0) {
			throw new NotFoundException("action " + outcomeId);
		}
		audit.record("UPDATE", "SteeringOutcome", outcomeId, "action " + status, null, Map.of("status", status));
	}

	/** Drafts the minutes; any approval given to an earlier draft no longer holds. Frozen minutes refuse this. */
	@Transactional
	public Meeting saveMinutes(SanadUser user, Long meetingId, String minutes) {
		committee.requireMember(user);
		Meeting m = meeting(meetingId);
		if (m.frozen()) {
			throw BusinessException.of("steering.error.minutesFrozen");
		}
		if (m.status() != Status.OPENED && m.status() != Status.CLOSED) {
			throw BusinessException.of("steering.error.meetingState");
		}
		jdbc.sql("update steering_meeting set minutes = ? where id = ? and status <> 'APPROVED'")
			.param(minutes == null ? "" : minutes.strip()).param(meetingId).update();
		jdbc.sql("delete from steering_minutes_approval where meeting_id = ?").param(meetingId).update();
		audit.record("UPDATE", "SteeringMeeting", meetingId, "minutes drafted", Map.of("hash", minutesHash(m)),
				Map.of("hash", minutesHash(meeting(meetingId))));
		return meeting(meetingId);
	}

	/** The hash of the minutes: the text and every outcome of the meeting, as they read now. */
	public String minutesHash(Meeting m) {
		StringBuilder sb = new StringBuilder(m.year() + "/" + m.number() + "\n" + m.minutes());
		for (Outcome o : outcomes(m.id())) {
			sb.append('\n').append(o.kind()).append('|').append(o.text()).append('|').append(o.decisionRef())
				.append('|').append(o.owner()).append('|').append(o.dueOn());
		}
		return Committee.sha256(sb.toString());
	}

	/** The co-chair's party approves the closed meeting's minutes; with both approvals they are frozen. */
	@Transactional
	public Meeting approveMinutes(SanadUser user, Long meetingId) {
		String party = committee.requireCoChair(user);
		Meeting m = meeting(meetingId);
		if (m.frozen()) {
			throw BusinessException.of("steering.error.minutesFrozen");
		}
		if (m.status() != Status.CLOSED) {
			throw BusinessException.of("steering.error.notClosed");
		}
		if (m.minutes().isBlank()) {
			throw BusinessException.of("steering.error.minutesEmpty");
		}
		String hash = minutesHash(m);
		jdbc.sql("""
				insert into steering_minutes_approval (meeting_id, party_code, username, minutes_hash) values (?, ?, ?, ?)
				on conflict (meeting_id, party_code) do update set username = excluded.username,
				  minutes_hash = excluded.minutes_hash, approved_at = now()""")
			.param(meetingId).param(party).param(user.getUsername()).param(hash).update();
		audit.record("APPROVE", "SteeringMeeting", meetingId, "minutes approved for " + party, null,
				Map.of("hash", hash));
		long parties = jdbc.sql("select count(distinct party_code) from steering_minutes_approval where meeting_id = ? and minutes_hash = ?")
			.param(meetingId).param(hash).query(Long.class).single();
		if (parties == 2) {
			jdbc.sql("update steering_meeting set status = 'APPROVED', minutes_hash = ?, frozen_at = now() where id = ? and status = 'CLOSED'")
				.param(hash).param(meetingId).update();
			audit.record("UPDATE", "SteeringMeeting", meetingId, "minutes frozen", null, Map.of("hash", hash));
		}
		return meeting(meetingId);
	}
}
