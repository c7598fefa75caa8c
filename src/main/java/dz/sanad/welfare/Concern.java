package dz.sanad.welfare;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.cases.CaseWorkflow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static dz.sanad.welfare.ConcernState.*;

/**
 * A member's concern. The aggregate guards its own moves through {@link #WORKFLOW} (the same workflow the case engine
 * checks again when told), and answers the pages' questions: what may happen next, by whom.
 */
@Entity
@Table(name = "welfare_concern")
public class Concern {

	/** The concern's workflow: waiting states pause the SLA clocks, CLOSED stops them. */
	public static final CaseWorkflow<ConcernState> WORKFLOW = CaseWorkflow.of(ConcernState.class, SUBMITTED)
		.allow(SUBMITTED, ASSIGNED)
		.allow(ASSIGNED, IN_PROGRESS, WAITING_MEMBER, WAITING_THIRD_PARTY, DECIDED)
		.both(IN_PROGRESS, WAITING_MEMBER)
		.both(IN_PROGRESS, WAITING_THIRD_PARTY)
		.allow(IN_PROGRESS, DECIDED)
		.allow(DECIDED, CLOSED, APPEALED)
		.allow(CLOSED, REOPENED, APPEALED)
		.allow(REOPENED, IN_PROGRESS, WAITING_MEMBER, WAITING_THIRD_PARTY, DECIDED)
		.allow(APPEALED, IN_PROGRESS, WAITING_MEMBER, WAITING_THIRD_PARTY, DECIDED)
		.waiting(WAITING_MEMBER, WAITING_THIRD_PARTY)
		.terminal(CLOSED)
		.labels("welfare.state.")
		.build();

	@Id
	private Long id;

	@Column(nullable = false, unique = true)
	private String reference;

	@Column(name = "member_id")
	private Long memberId;

	@Column(name = "family_member_id")
	private Long familyMemberId;

	@Column(name = "follow_code_hash")
	private String followCodeHash;

	@Column(name = "category_code", nullable = false)
	private String categoryCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Channel channel;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String description;

	@Column(name = "outcome_asked")
	private String outcomeAsked;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Priority priority;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Confidentiality confidentiality;

	@Column(name = "sealed_to")
	private String sealedTo;

	@Column(name = "wilaya_code", nullable = false)
	private String wilayaCode;

	@Column(name = "unit_id")
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ConcernState state = SUBMITTED;

	@Column(name = "assigned_to")
	private String assignedTo;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "listening_day_id")
	private Long listeningDayId;

	private Short rating;

	@Column(name = "rating_comment")
	private String ratingComment;

	/** A wrapper, so that a concern with its id already drawn from the sequence is persisted, not merged. */
	@Version
	private Long version;

	protected Concern() {
	}

	Concern(long id, Instant at, Long memberId, Long familyMemberId, String followCodeHash, String categoryCode,
			Channel channel, String subject, String description, String outcomeAsked, Priority priority,
			Confidentiality confidentiality, String wilayaCode, Long unitId) {
		this.id = id;
		this.reference = reference(id, at);
		this.submittedAt = at;
		this.memberId = memberId;
		this.familyMemberId = familyMemberId;
		this.followCodeHash = followCodeHash;
		this.categoryCode = categoryCode;
		this.channel = channel;
		this.subject = subject;
		this.description = description;
		this.outcomeAsked = outcomeAsked;
		this.priority = priority;
		this.confidentiality = confidentiality;
		this.wilayaCode = wilayaCode;
		this.unitId = unitId;
	}

	/** {@code PRE-2026-000123}: the year of submission and the concern's number. */
	static String reference(long id, Instant at) {
		return String.format("PRE-%d-%06d", Year.from(at.atZone(ZoneId.of("Africa/Algiers"))).getValue(), id);
	}

	/** Moves to {@code to} if the workflow allows it (a translated refusal naming both states otherwise). */
	void moveTo(ConcernState to) {
		WORKFLOW.check(state, to);
		state = to;
	}

	public boolean can(ConcernState to) {
		return WORKFLOW.allows(state, to);
	}

	void assignTo(String username) {
		if (confidentiality == Confidentiality.SEALED && sealedTo != null && !sealedTo.equals(username)) {
			throw BusinessException.onField("assignee", "welfare.error.sealed-assignee");
		}
		this.assignedTo = username;
	}

	void seal(String handler) {
		if (confidentiality != Confidentiality.SEALED) {
			throw new IllegalStateException("only a sealed concern names its handler");
		}
		this.sealedTo = handler;
	}

	void capturedAt(long listeningDay) {
		if (channel != Channel.LISTENING_DAY) {
			throw new IllegalStateException("only a listening-day concern belongs to a listening day");
		}
		this.listeningDayId = listeningDay;
	}

	/** The pseudonymous submitter chooses to be known: from now on the concern is theirs by name. */
	void reveal(long member) {
		if (memberId != null) {
			throw BusinessException.of("welfare.error.already-known");
		}
		this.memberId = member;
	}

	void rate(int value, String comment) {
		if (state != CLOSED) {
			throw BusinessException.of("welfare.error.rate-closed");
		}
		if (rating != null) {
			throw BusinessException.of("welfare.error.rated");
		}
		if (value < 1 || value > 5) {
			throw BusinessException.onField("rating", "welfare.error.rating");
		}
		this.rating = (short) value;
		this.ratingComment = comment == null || comment.isBlank() ? null : comment.trim();
	}

	/** Whether the concern has a known member (not pseudonymous). */
	public boolean identified() {
		return memberId != null;
	}

	public boolean confidential() {
		return confidentiality != Confidentiality.NORMAL;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("reference", reference);
		m.put("category", categoryCode);
		m.put("channel", channel);
		m.put("priority", priority);
		m.put("confidentiality", confidentiality);
		m.put("wilaya", wilayaCode);
		m.put("state", state);
		m.put("assignedTo", assignedTo);
		m.put("rating", rating);
		return m;
	}

	public Long getId() { return id; }
	public String getReference() { return reference; }
	public Long getMemberId() { return memberId; }
	public Long getFamilyMemberId() { return familyMemberId; }
	String getFollowCodeHash() { return followCodeHash; }
	public String getCategoryCode() { return categoryCode; }
	public Channel getChannel() { return channel; }
	public String getSubject() { return subject; }
	public String getDescription() { return description; }
	public String getOutcomeAsked() { return outcomeAsked; }
	public Priority getPriority() { return priority; }
	public Confidentiality getConfidentiality() { return confidentiality; }
	public String getSealedTo() { return sealedTo; }
	public String getWilayaCode() { return wilayaCode; }
	public Long getUnitId() { return unitId; }
	public ConcernState getState() { return state; }
	public String getAssignedTo() { return assignedTo; }
	public Instant getSubmittedAt() { return submittedAt; }
	public Long getListeningDayId() { return listeningDayId; }
	public Short getRating() { return rating; }
	public String getRatingComment() { return ratingComment; }
}
