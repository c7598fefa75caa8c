package dz.sanad.activities;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dz.sanad.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person's place (or place in line) in an activity, with their satisfaction answer once they took part. */
@Entity
@Table(name = "activities_registration")
public class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "activity_id", nullable = false)
	private Long activityId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "member_id", nullable = false)
	private Long memberId;

	@Column(name = "family_member_id")
	private Long familyMemberId;

	@Column(nullable = false)
	private String relation;

	@Column(name = "participant_name_ar", nullable = false)
	private String participantNameAr;

	@Column(name = "participant_name_lat")
	private String participantNameLat;

	@Column(name = "birth_date")
	private LocalDate birthDate;

	@Column(nullable = false)
	private String sex;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RegistrationStatus status;

	@Column(name = "registered_by", nullable = false)
	private String registeredBy;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt = Instant.now();

	@Column(name = "promoted_at")
	private Instant promotedAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	private Integer rating;

	private Boolean recommend;

	@Column(name = "rating_comment")
	private String ratingComment;

	@Column(name = "rated_at")
	private Instant ratedAt;

	@Version
	private int version;

	protected Registration() {
	}

	Registration(Activity a, Participant p, RegistrationStatus status, String by) {
		this.activityId = a.getId();
		this.unitId = a.getUnitId();
		this.memberId = p.memberId();
		this.familyMemberId = p.familyMemberId();
		this.relation = p.relation();
		this.participantNameAr = p.nameAr();
		this.participantNameLat = p.nameLat();
		this.birthDate = p.birthDate();
		this.sex = p.sex();
		this.status = status;
		this.registeredBy = by;
	}

	RegistrationStatus cancel() {
		if (status == RegistrationStatus.CANCELLED) {
			throw BusinessException.of("act.error.already-cancelled");
		}
		RegistrationStatus was = status;
		status = RegistrationStatus.CANCELLED;
		cancelledAt = Instant.now();
		return was;
	}

	void promote() {
		if (status != RegistrationStatus.WAITING) {
			throw BusinessException.of("act.error.transition", status.label(), RegistrationStatus.CONFIRMED.label());
		}
		status = RegistrationStatus.CONFIRMED;
		promotedAt = Instant.now();
	}

	/** The short satisfaction survey: once, by a confirmed participant who attended at least once. */
	void rate(int rating, boolean recommend, String comment, boolean attended) {
		if (status != RegistrationStatus.CONFIRMED || !attended) {
			throw BusinessException.onField("rating", "act.error.survey-not-attended");
		}
		if (ratedAt != null) {
			throw BusinessException.onField("rating", "act.error.survey-done");
		}
		if (rating < 1 || rating > 5) {
			throw BusinessException.onField("rating", "act.error.rating-range");
		}
		this.rating = rating;
		this.recommend = recommend;
		this.ratingComment = comment == null || comment.isBlank() ? null : comment.trim();
		this.ratedAt = Instant.now();
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("activityId", activityId);
		m.put("memberId", memberId);
		m.put("familyMemberId", familyMemberId);
		m.put("relation", relation);
		m.put("status", status);
		m.put("rating", rating);
		m.put("recommend", recommend);
		return m;
	}

	public String name(java.util.Locale locale) {
		return "ar".equals(locale.getLanguage()) || participantNameLat == null ? participantNameAr : participantNameLat;
	}

	public Long getId() { return id; }
	public Long getActivityId() { return activityId; }
	public Long getUnitId() { return unitId; }
	public Long getMemberId() { return memberId; }
	public Long getFamilyMemberId() { return familyMemberId; }
	public String getRelation() { return relation; }
	public String getParticipantNameAr() { return participantNameAr; }
	public String getParticipantNameLat() { return participantNameLat; }
	// kept for the activity's own age rules and page, never sent by the API: naming a person to register them does not
	// let the caller read their record (people.People#serves)
	@JsonIgnore
	public LocalDate getBirthDate() { return birthDate; }
	@JsonIgnore
	public String getSex() { return sex; }
	public RegistrationStatus getStatus() { return status; }
	public String getRegisteredBy() { return registeredBy; }
	public Instant getRegisteredAt() { return registeredAt; }
	public Instant getPromotedAt() { return promotedAt; }
	public Instant getCancelledAt() { return cancelledAt; }
	public Integer getRating() { return rating; }
	public Boolean getRecommend() { return recommend; }
	public String getRatingComment() { return ratingComment; }
	public Instant getRatedAt() { return ratedAt; }
}
