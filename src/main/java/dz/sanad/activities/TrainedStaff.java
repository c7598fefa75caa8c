package dz.sanad.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A member of the establishment's staff trained under the agreement, listed on the annual programme. The training
 * reference is free text today (a certificate number); the training module can fill it through an event.
 */
@Entity
@Table(name = "activities_programme_staff")
public class TrainedStaff {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "programme_id", nullable = false)
	private Long programmeId;

	@Column(name = "member_id", nullable = false)
	private Long memberId;

	@Column(name = "member_name", nullable = false)
	private String memberName;

	@Column(name = "function_code")
	private String functionCode;

	@Column(name = "training_ref")
	private String trainingRef;

	@Column(name = "trained_on")
	private LocalDate trainedOn;

	protected TrainedStaff() {
	}

	TrainedStaff(Long programmeId, Long memberId, String memberName, String functionCode, String trainingRef,
			LocalDate trainedOn) {
		this.programmeId = programmeId;
		this.memberId = memberId;
		this.memberName = memberName;
		this.functionCode = functionCode;
		this.trainingRef = trainingRef;
		this.trainedOn = trainedOn;
	}

	void trained(String ref, LocalDate on) {
		this.trainingRef = ref;
		this.trainedOn = on;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("programmeId", programmeId);
		m.put("memberId", memberId);
		m.put("trainingRef", trainingRef);
		m.put("trainedOn", trainedOn);
		return m;
	}

	public Long getId() { return id; }
	public Long getProgrammeId() { return programmeId; }
	public Long getMemberId() { return memberId; }
	public String getMemberName() { return memberName; }
	public String getFunctionCode() { return functionCode; }
	public String getTrainingRef() { return trainingRef; }
	public LocalDate getTrainedOn() { return trainedOn; }
}
