package dz.sanad.holidays;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An application for a child (camp) or a family (trip) with up to three ranked shifts. Its state machine guards
 * every move; the shift counters are kept in step by the service (see {@link ShiftPlaces}).
 */
@Entity
@Table(name = "holiday_application")
public class Application {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "season_id")
	private Long seasonId;

	@Enumerated(EnumType.STRING)
	private OfferKind kind;

	@Column(name = "member_id")
	private Long memberId;

	@Column(name = "child_id")
	private Long childId;

	@Column(name = "wilaya_code")
	private String wilayaCode;

	private Long choice1;

	private Long choice2;

	private Long choice3;

	@Column(name = "siblings_together")
	private boolean siblingsTogether;

	/** Values of the directorate's own (MANUAL) criteria: "code=value;code=value". */
	@Column(name = "manual_points")
	private String manualPoints;

	private boolean fit = true;

	@Column(name = "medical_notes")
	private String medicalNotes;

	@Column(name = "emergency_name1")
	private String emergencyName1;

	@Column(name = "emergency_phone1")
	private String emergencyPhone1;

	@Column(name = "emergency_name2")
	private String emergencyName2;

	@Column(name = "emergency_phone2")
	private String emergencyPhone2;

	@Column(name = "contact_email")
	private String contactEmail;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status = ApplicationStatus.SUBMITTED;

	@Column(name = "placed_shift_id")
	private Long placedShiftId;

	private Integer score;

	private Integer rank;

	private Long lottery;

	/** The allocation's explanation for this applicant, as JSON (see {@link Explanation}). */
	private String explanation;

	@Column(name = "confirm_by")
	private LocalDate confirmBy;

	private boolean overridden;

	@Column(name = "override_reason")
	private String overrideReason;

	@Column(name = "appeal_text")
	private String appealText;

	@Enumerated(EnumType.STRING)
	@Column(name = "appeal_status")
	private AppealStatus appealStatus;

	@Column(name = "appeal_answer")
	private String appealAnswer;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt = Instant.now();

	@Version
	private int version;

	protected Application() {
	}

	Application(Long seasonId, OfferKind kind, Long memberId, Long childId, String wilayaCode, List<Long> choices,
			boolean siblingsTogether, String createdBy) {
		this.seasonId = seasonId;
		this.kind = kind;
		this.memberId = memberId;
		this.childId = childId;
		this.wilayaCode = wilayaCode;
		this.choice1 = choices.get(0);
		this.choice2 = choices.size() > 1 ? choices.get(1) : null;
		this.choice3 = choices.size() > 2 ? choices.get(2) : null;
		this.siblingsTogether = siblingsTogether;
		this.createdBy = createdBy;
	}

	void details(boolean fit, String medicalNotes, String emergencyName1, String emergencyPhone1,
			String emergencyName2, String emergencyPhone2, String contactEmail) {
		this.fit = fit;
		this.medicalNotes = medicalNotes;
		this.emergencyName1 = emergencyName1;
		this.emergencyPhone1 = emergencyPhone1;
		this.emergencyName2 = emergencyName2;
		this.emergencyPhone2 = emergencyPhone2;
		this.contactEmail = contactEmail;
	}

	public List<Long> choices() {
		List<Long> c = new ArrayList<>(3);
		for (Long s : new Long[] { choice1, choice2, choice3 }) {
			if (s != null) {
				c.add(s);
			}
		}
		return c;
	}

	/** The allocation's verdict (a re-run replaces the previous one). */
	void allocated(Long shiftId, int score, int rank, long lottery, String explanation, LocalDate confirmBy) {
		if (status == ApplicationStatus.WITHDRAWN || status == ApplicationStatus.CONFIRMED) {
			throw BusinessException.of("holidays.error.application-state", status.label());
		}
		this.placedShiftId = shiftId;
		this.status = shiftId == null ? ApplicationStatus.WAITING : ApplicationStatus.PLACED;
		this.score = score;
		this.rank = rank;
		this.lottery = lottery;
		this.explanation = explanation;
		this.confirmBy = shiftId == null ? null : confirmBy;
		this.overridden = false;
		this.overrideReason = null;
	}

	/** Promotion from the waiting list to a freed place. */
	void promote(Long shiftId, LocalDate confirmBy) {
		if (status != ApplicationStatus.WAITING) {
			throw BusinessException.of("holidays.error.application-state", status.label());
		}
		this.placedShiftId = shiftId;
		this.status = ApplicationStatus.PLACED;
		this.confirmBy = confirmBy;
	}

	void confirm(LocalDate today) {
		if (status != ApplicationStatus.PLACED) {
			throw BusinessException.of("holidays.error.application-state", status.label());
		}
		if (confirmBy != null && today.isAfter(confirmBy)) {
			throw BusinessException.of("holidays.error.confirm-late");
		}
		status = ApplicationStatus.CONFIRMED;
	}

	/** Withdraws; returns the shift whose place is freed, if any. */
	Long withdraw() {
		if (status == ApplicationStatus.WITHDRAWN || status == ApplicationStatus.EXPIRED) {
			throw BusinessException.of("holidays.error.application-state", status.label());
		}
		Long freed = status.holdsPlace() ? placedShiftId : null;
		status = ApplicationStatus.WITHDRAWN;
		placedShiftId = null;
		return freed;
	}

	/** The confirmation deadline passed: the place goes to the waiting list. */
	Long expire(LocalDate today) {
		if (status != ApplicationStatus.PLACED || confirmBy == null || !today.isAfter(confirmBy)) {
			throw BusinessException.of("holidays.error.application-state", status.label());
		}
		Long freed = placedShiftId;
		status = ApplicationStatus.EXPIRED;
		placedShiftId = null;
		return freed;
	}

	/** A person's decision over the automated one: a place in a shift, or back to the waiting list. */
	Long override(Long shiftId, String reason, LocalDate confirmBy) {
		if (status == ApplicationStatus.WITHDRAWN || status == ApplicationStatus.SUBMITTED) {
			throw BusinessException.of("holidays.error.application-state", status.label());
		}
		if (reason == null || reason.isBlank()) {
			throw BusinessException.onField("reason", "holidays.error.reason-required");
		}
		Long freed = status.holdsPlace() ? placedShiftId : null;
		placedShiftId = shiftId;
		status = shiftId == null ? ApplicationStatus.WAITING : ApplicationStatus.PLACED;
		this.confirmBy = shiftId == null ? null : confirmBy;
		overridden = true;
		overrideReason = reason.trim();
		return freed;
	}

	/** Whether an appeal may be lodged now: the window open, nothing appealed yet, a decision to appeal against. */
	public boolean canAppeal(boolean windowOpen) {
		return windowOpen && appealStatus == null && status != ApplicationStatus.SUBMITTED
				&& status != ApplicationStatus.WITHDRAWN;
	}

	void appeal(String text, boolean windowOpen) {
		if (!windowOpen) {
			throw BusinessException.of("holidays.error.appeals-closed");
		}
		if (appealStatus != null) {
			throw BusinessException.of("holidays.error.appeal-exists");
		}
		if (status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.WITHDRAWN) {
			throw BusinessException.of("holidays.error.application-state", status.label());
		}
		if (text == null || text.isBlank()) {
			throw BusinessException.onField("text", "holidays.error.appeal-text");
		}
		appealText = text.trim();
		appealStatus = AppealStatus.PENDING;
	}

	void answerAppeal(boolean accepted, String answer) {
		if (appealStatus != AppealStatus.PENDING) {
			throw BusinessException.of("holidays.error.no-pending-appeal");
		}
		if (answer == null || answer.isBlank()) {
			throw BusinessException.onField("answer", "holidays.error.reason-required");
		}
		appealStatus = accepted ? AppealStatus.ACCEPTED : AppealStatus.REJECTED;
		appealAnswer = answer.trim();
	}

	void setManualPoints(String manualPoints) {
		this.manualPoints = manualPoints;
	}

	public Map<String, Integer> manualValues() {
		Map<String, Integer> m = new LinkedHashMap<>();
		if (manualPoints != null) {
			for (String pair : manualPoints.split(";")) {
				String[] kv = pair.split("=");
				if (kv.length == 2) {
					m.put(kv[0], Integer.parseInt(kv[1]));
				}
			}
		}
		return m;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("seasonId", seasonId);
		m.put("kind", kind);
		m.put("memberId", memberId);
		m.put("childId", childId);
		m.put("choices", choices());
		m.put("siblingsTogether", siblingsTogether);
		m.put("status", status);
		m.put("placedShiftId", placedShiftId);
		m.put("score", score);
		m.put("rank", rank);
		m.put("confirmBy", confirmBy);
		m.put("overridden", overridden);
		m.put("overrideReason", overrideReason);
		m.put("appealStatus", appealStatus);
		m.put("manualPoints", manualPoints);
		return m; // medical notes are kept out of the audit trail on purpose
	}

	public Long getId() { return id; }
	public Long getSeasonId() { return seasonId; }
	public OfferKind getKind() { return kind; }
	public Long getMemberId() { return memberId; }
	public Long getChildId() { return childId; }
	public String getWilayaCode() { return wilayaCode; }
	public Long getChoice1() { return choice1; }
	public Long getChoice2() { return choice2; }
	public Long getChoice3() { return choice3; }
	public boolean isSiblingsTogether() { return siblingsTogether; }
	public String getManualPoints() { return manualPoints; }
	public boolean isFit() { return fit; }
	public String getMedicalNotes() { return medicalNotes; }
	public String getEmergencyName1() { return emergencyName1; }
	public String getEmergencyPhone1() { return emergencyPhone1; }
	public String getEmergencyName2() { return emergencyName2; }
	public String getEmergencyPhone2() { return emergencyPhone2; }
	public String getContactEmail() { return contactEmail; }
	public ApplicationStatus getStatus() { return status; }
	public Long getPlacedShiftId() { return placedShiftId; }
	public Integer getScore() { return score; }
	public Integer getRank() { return rank; }
	public Long getLottery() { return lottery; }
	public String getExplanation() { return explanation; }
	public LocalDate getConfirmBy() { return confirmBy; }
	public boolean isOverridden() { return overridden; }
	public String getOverrideReason() { return overrideReason; }
	public String getAppealText() { return appealText; }
	public AppealStatus getAppealStatus() { return appealStatus; }
	public String getAppealAnswer() { return appealAnswer; }
	public String getCreatedBy() { return createdBy; }
	public Instant getCreatedAt() { return createdAt; }
}
