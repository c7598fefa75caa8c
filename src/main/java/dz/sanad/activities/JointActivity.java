package dz.sanad.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Map;

/** An activity run jointly under a partnership. */
@Entity
@Table(name = "activities_joint_activity")
public class JointActivity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "partnership_id", nullable = false)
	private Long partnershipId;

	@Column(nullable = false)
	private String title;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false)
	private int participants;

	protected JointActivity() {
	}

	JointActivity(Long partnershipId, String title, LocalDate heldOn, int participants) {
		this.partnershipId = partnershipId;
		this.title = title;
		this.heldOn = heldOn;
		this.participants = participants;
	}

	public Map<String, Object> snapshot() {
		return Map.of("partnershipId", partnershipId, "title", title, "heldOn", heldOn, "participants", participants);
	}

	public Long getId() { return id; }
	public Long getPartnershipId() { return partnershipId; }
	public String getTitle() { return title; }
	public LocalDate getHeldOn() { return heldOn; }
	public int getParticipants() { return participants; }
}
