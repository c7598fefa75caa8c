package dz.sanad.activities;

import dz.sanad.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A partnership agreement between an establishment and an association: dates, scope, commitments. */
@Entity
@Table(name = "activities_partnership")
public class Partnership {

	/** How long before the end a reminder goes out. */
	public static final int REMINDER_DAYS = 30;

	public enum State {
		UPCOMING, ACTIVE, EXPIRING, EXPIRED;

		public String messageKey() {
			return "act.partnership.state." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "association_id", nullable = false)
	private Long associationId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private String title;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	@Column(nullable = false)
	private String scope;

	private String commitments;

	@Column(name = "notify_email", nullable = false)
	private String notifyEmail;

	@Column(name = "reminder_sent_on")
	private LocalDate reminderSentOn;

	@Version
	private int version;

	protected Partnership() {
	}

	Partnership(Long associationId, Long unitId) {
		this.associationId = associationId;
		this.unitId = unitId;
	}

	void update(String title, LocalDate startsOn, LocalDate endsOn, String scope, String commitments, String notifyEmail) {
		if (startsOn == null) {
			throw BusinessException.onField("startsOn", "act.error.required");
		}
		if (endsOn == null || !endsOn.isAfter(startsOn)) {
			throw BusinessException.onField("endsOn", "act.error.dates");
		}
		if (notifyEmail == null || !notifyEmail.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
			throw BusinessException.onField("notifyEmail", "act.error.email");
		}
		if (this.endsOn != null && !this.endsOn.equals(endsOn)) {
			reminderSentOn = null; // renewed: a new reminder before the new end
		}
		this.title = title;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.scope = scope;
		this.commitments = commitments;
		this.notifyEmail = notifyEmail;
	}

	public State state(LocalDate today) {
		if (today.isBefore(startsOn)) {
			return State.UPCOMING;
		}
		if (today.isAfter(endsOn)) {
			return State.EXPIRED;
		}
		return today.plusDays(REMINDER_DAYS).isBefore(endsOn) ? State.ACTIVE : State.EXPIRING;
	}

	public State getState() {
		return state(LocalDate.now());
	}

	public void checkHeldWithin(LocalDate day) {
		if (day == null || day.isBefore(startsOn) || day.isAfter(endsOn)) {
			throw BusinessException.onField("heldOn", "act.error.outside-partnership");
		}
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("associationId", associationId);
		m.put("unitId", unitId);
		m.put("title", title);
		m.put("startsOn", startsOn);
		m.put("endsOn", endsOn);
		m.put("scope", scope);
		m.put("commitments", commitments);
		m.put("notifyEmail", notifyEmail);
		m.put("reminderSentOn", reminderSentOn);
		return m;
	}

	public Long getId() { return id; }
	public Long getAssociationId() { return associationId; }
	public Long getUnitId() { return unitId; }
	public String getTitle() { return title; }
	public LocalDate getStartsOn() { return startsOn; }
	public LocalDate getEndsOn() { return endsOn; }
	public String getScope() { return scope; }
	public String getCommitments() { return commitments; }
	public String getNotifyEmail() { return notifyEmail; }
	public LocalDate getReminderSentOn() { return reminderSentOn; }
}
