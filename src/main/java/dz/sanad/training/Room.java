package dz.sanad.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A room of a national training centre. */
@Entity(name = "TrainingRoom")
@Table(name = "training_room")
public class Room {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "centre_id", nullable = false)
	private Long centreId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private int capacity;

	@Column(nullable = false)
	private boolean active = true;

	protected Room() {
	}

	public Room(Long centreId, String name, int capacity) {
		this.centreId = centreId;
		this.name = name;
		this.capacity = capacity;
	}

	public java.util.Map<String, Object> snapshot() {
		return java.util.Map.of("centreId", centreId, "name", name, "capacity", capacity, "active", active);
	}

	public Long getId() { return id; }
	public Long getCentreId() { return centreId; }
	public String getName() { return name; }
	public int getCapacity() { return capacity; }
	public boolean isActive() { return active; }
}
