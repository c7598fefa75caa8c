package dz.sanad.activities;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Label;
import org.springframework.context.MessageSourceResolvable;
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

/**
 * A member's application for a child-care place. SUBMITTED → ENROLLED or WAITING (allocation by priority score),
 * WAITING → ENROLLED when a place frees; SUBMITTED/WAITING → REJECTED or WITHDRAWN; ENROLLED → LEFT.
 */
@Entity
@Table(name = "activities_care_application")
public class CareApplication {

	public enum Status {
		SUBMITTED, WAITING, ENROLLED, REJECTED, WITHDRAWN, LEFT;

		public String messageKey() {
			return "act.care.status." + name();
		}

		/** The state's name in the reader's language, as a message argument. */
		public MessageSourceResolvable label() {
			return Label.of(messageKey(), name());
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "group_id", nullable = false)
	private Long groupId;

	@Column(name = "member_id", nullable = false)
	private Long memberId;

	@Column(name = "family_member_id", nullable = false)
	private Long familyMemberId;

	@Column(name = "child_name_ar", nullable = false)
	private String childNameAr;

	@Column(name = "child_name_lat")
	private String childNameLat;

	@Column(name = "birth_date", nullable = false)
	private LocalDate birthDate;

	@Column(nullable = false)
	private String sex;

	@Column(name = "martyr_child", nullable = false)
	private boolean martyrChild;

	@Column(nullable = false)
	private boolean orphan;

	@Column(nullable = false)
	private boolean disability;

	@Column(name = "sibling_enrolled", nullable = false)
	private boolean siblingEnrolled;

	@Column(nullable = false)
	private int score;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.SUBMITTED;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt = Instant.now();

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "enrolled_on")
	private LocalDate enrolledOn;

	@Column(name = "left_on")
	private LocalDate leftOn;

	@Version
	private int version;

	protected CareApplication() {
	}

	CareApplication(CareGroup g, Participant child, boolean siblingEnrolled, int score) {
		this.unitId = g.getUnitId();
		this.groupId = g.getId();
		this.memberId = child.memberId();
		this.familyMemberId = child.familyMemberId();
		this.childNameAr = child.nameAr();
		this.childNameLat = child.nameLat();
		this.birthDate = child.birthDate();
		this.sex = child.sex();
		this.martyrChild = child.martyrChild();
		this.orphan = child.orphan();
		this.disability = child.disability();
		this.siblingEnrolled = siblingEnrolled;
		this.score = score;
	}

	void enrol(LocalDate on) {
		if (status != Status.SUBMITTED && status != Status.WAITING) {
			throw BusinessException.of("act.error.transition", status.label(), Status.ENROLLED.label());
		}
		status = Status.ENROLLED;
		enrolledOn = on;
		decidedAt = Instant.now();
	}

	void waitlist() {
		if (status != Status.SUBMITTED && status != Status.WAITING) {
			throw BusinessException.of("act.error.transition", status.label(), Status.WAITING.label());
		}
		status = Status.WAITING;
		decidedAt = Instant.now();
	}

	void reject() {
		if (status != Status.SUBMITTED && status != Status.WAITING) {
			throw BusinessException.of("act.error.transition", status.label(), Status.REJECTED.label());
		}
		status = Status.REJECTED;
		decidedAt = Instant.now();
	}

	void withdraw() {
		if (status != Status.SUBMITTED && status != Status.WAITING) {
			throw BusinessException.of("act.error.transition", status.label(), Status.WITHDRAWN.label());
		}
		status = Status.WITHDRAWN;
	}

	void leave(LocalDate on) {
		if (status != Status.ENROLLED) {
			throw BusinessException.of("act.error.transition", status.label(), Status.LEFT.label());
		}
		status = Status.LEFT;
		leftOn = on;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("groupId", groupId);
		m.put("memberId", memberId);
		m.put("familyMemberId", familyMemberId);
		m.put("score", score);
		m.put("status", status);
		m.put("enrolledOn", enrolledOn);
		m.put("leftOn", leftOn);
		return m;
	}

	public String name(java.util.Locale locale) {
		return "ar".equals(locale.getLanguage()) || childNameLat == null ? childNameAr : childNameLat;
	}

	public Long getId() { return id; }
	public Long getUnitId() { return unitId; }
	public Long getGroupId() { return groupId; }
	public Long getMemberId() { return memberId; }
	public Long getFamilyMemberId() { return familyMemberId; }
	public String getChildNameAr() { return childNameAr; }
	public String getChildNameLat() { return childNameLat; }
	public LocalDate getBirthDate() { return birthDate; }
	public String getSex() { return sex; }
	public boolean isMartyrChild() { return martyrChild; }
	public boolean isOrphan() { return orphan; }
	public boolean isDisability() { return disability; }
	public boolean isSiblingEnrolled() { return siblingEnrolled; }
	public int getScore() { return score; }
	public Status getStatus() { return status; }
	public Instant getSubmittedAt() { return submittedAt; }
	public Instant getDecidedAt() { return decidedAt; }
	public LocalDate getEnrolledOn() { return enrolledOn; }
	public LocalDate getLeftOn() { return leftOn; }
}
