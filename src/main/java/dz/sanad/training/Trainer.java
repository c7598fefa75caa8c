package dz.sanad.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/** A trainer of a centre, internal or external; may be linked to an account so they see their own sessions. */
@Entity(name = "TrainingTrainer")
@Table(name = "training_trainer")
public class Trainer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "centre_id", nullable = false)
	private Long centreId;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(nullable = false)
	private boolean external;

	private String speciality;

	private String email;

	private String phone;

	/** The account username of the trainer, if they log in. */
	private String username;

	@Column(nullable = false)
	private boolean active = true;

	protected Trainer() {
	}

	public Trainer(Long centreId, String fullName, boolean external, String speciality, String email, String phone,
			String username) {
		this.centreId = centreId;
		this.fullName = fullName;
		this.external = external;
		this.speciality = speciality;
		this.email = email;
		this.phone = phone;
		this.username = username == null || username.isBlank() ? null : username.trim();
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("centreId", centreId);
		m.put("fullName", fullName);
		m.put("external", external);
		m.put("speciality", speciality);
		m.put("email", email);
		m.put("phone", phone);
		m.put("username", username);
		return m;
	}

	public Long getId() { return id; }
	public Long getCentreId() { return centreId; }
	public String getFullName() { return fullName; }
	public boolean isExternal() { return external; }
	public String getSpeciality() { return speciality; }
	public String getEmail() { return email; }
	public String getPhone() { return phone; }
	public String getUsername() { return username; }
	public boolean isActive() { return active; }
}
